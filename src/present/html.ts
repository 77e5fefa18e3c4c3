// One self-contained HTML page: a scatter chart of credibility against acceptability, with
// the reference library as labelled yardsticks and the user's proposals highlighted, then a
// scorecard per file. Inline CSS and SVG only: no script, no external resource (the page's
// Content-Security-Policy forbids any), so it opens anywhere without a network. Pure.
import { byId } from "../util/order.js";
import { QUADRANT_TEXT } from "../analysis/acceptability.js";
import type { Quadrant } from "../analysis/acceptability.js";
import type { Thresholds } from "../analysis/acceptability-config.js";
import type { FileReport, RunHead, ScoredReport } from "../run/result.js";
import type { FormatContext, Sink } from "./sink.js";
import type { Reference } from "../analysis/references.js";
import { cite, type Source } from "../util/citation.js";
import { clean, displayName } from "../util/sanitize.js";
import { problemCount } from "../schema/diagnostic.js";
import {
  firstSources,
  PAGE,
  SOURCES_LABEL,
  type SourcePieces,
  SUMMARY_LABEL,
  stageNote,
  oneLine,
} from "./file-text.js";

export interface HtmlInput {
  head: RunHead;
  /** The user's files, in path order; invalid ones are listed but not charted. */
  results: readonly FileReport[];
  /** The reference library, scored with the same settings, with its acceptability. */
  references: readonly Reference[];
  thresholds: Thresholds;
}

/** Text for HTML content and attribute values: control characters removed, markup escaped. */
export const esc = (s: string | number) =>
  clean(String(s)).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

// ------------------------------------------------------------------------------------------
// The chart

const W = 820;
const H = 600;
const PLOT = { left: 70, right: 790, top: 30, bottom: 530 };
const x = (credibility: number) => PLOT.left + ((PLOT.right - PLOT.left) * clamp(credibility)) / 100;
const y = (rejected: number) => PLOT.bottom - ((PLOT.bottom - PLOT.top) * clamp(rejected)) / 100;
const clamp = (n: number) => Math.min(100, Math.max(0, n));
const r1 = (n: number) => Math.round(n * 10) / 10;

export interface Point {
  id: string;
  title: string;
  kind: "reference" | "proposal";
  credibility: number;
  rejected: number;
  quadrant: Quadrant;
  /** The file, for a user's proposal. */
  file?: string;
  /** The assumption the rejected figure rests on, if any. */
  assumption?: string;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
// A generous width per character: references are labelled in 11px, proposals in 12px bold (see CSS).
export const labelWidth = (s: string, kind: Point["kind"]) => s.length * (kind === "proposal" ? 7.6 : 6.4);

export interface Label {
  x: number;
  y: number;
  anchor: "start" | "end";
  leader: boolean;
  /** False when no free place was found for a reference: its point keeps its tooltip, without a label. */
  shown: boolean;
}

/**
 * Place each label beside its point where it overlaps no other label and no point; proposals
 * first. A reference whose label fits nowhere goes unlabelled rather than hiding another.
 */
export function placeLabels(points: readonly Point[], reserved: readonly Box[] = []): Map<Point, Label> {
  const placed = new Map<Point, Label>();
  const taken: Box[] = [
    ...reserved,
    ...points.map((p) => ({
      x0: x(p.credibility) - 6,
      y0: y(p.rejected) - 6,
      x1: x(p.credibility) + 6,
      y1: y(p.rejected) + 6,
    })),
  ];
  const order = [...points].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "proposal" ? -1 : 1));
  for (const p of order) {
    const px = x(p.credibility);
    const py = y(p.rejected);
    const w = labelWidth(p.id, p.kind);
    let chosen: { x: number; y: number; anchor: "start" | "end"; leader: boolean; box: Box } | undefined;
    outer: for (const dy of [0, -14, 14, -28, 28, -42, 42, -56, 56, -70, 70]) {
      for (const side of ["start", "end"] as const) {
        const lx = side === "start" ? px + 9 : px - 9;
        const ly = py + 4 + dy;
        const box =
          side === "start"
            ? { x0: lx, y0: ly - 10, x1: lx + w, y1: ly + 3 }
            : { x0: lx - w, y0: ly - 10, x1: lx, y1: ly + 3 };
        if (box.x0 < PLOT.left + 2 || box.x1 > PLOT.right - 2 || box.y0 < PLOT.top + 2 || box.y1 > PLOT.bottom - 2)
          continue;
        if (taken.some((t) => overlaps(t, box))) continue;
        chosen = { x: lx, y: ly, anchor: side, leader: dy !== 0, box };
        break outer;
      }
    }
    if (!chosen && p.kind === "reference") {
      placed.set(p, { x: px, y: py, anchor: "start", leader: false, shown: false });
      continue;
    }
    chosen ??= {
      x: px + 9,
      y: py + 4,
      anchor: "start",
      leader: false,
      box: { x0: px + 9, y0: py - 6, x1: px + 9 + w, y1: py + 7 },
    };
    taken.push(chosen.box);
    placed.set(p, { x: chosen.x, y: chosen.y, anchor: chosen.anchor, leader: chosen.leader, shown: true });
  }
  return placed;
}

export function chart(points: readonly Point[], t: Thresholds): string {
  const parts: string[] = [];
  const tx = x(t.credible);
  const ty = y(t.rejected);
  // Quadrant backgrounds and names.
  const regions: [Quadrant, number, number, number, number, "start" | "end", number, number][] = [
    ["exposed", PLOT.left, PLOT.top, tx, ty, "start", PLOT.left + 8, PLOT.top + 18],
    ["contested", tx, PLOT.top, PLOT.right, ty, "end", PLOT.right - 8, PLOT.top + 18],
    ["hollow", PLOT.left, ty, tx, PLOT.bottom, "start", PLOT.left + 8, PLOT.bottom - 10],
    ["uncontested", tx, ty, PLOT.right, PLOT.bottom, "end", PLOT.right - 8, PLOT.bottom - 10],
  ];
  const names: Box[] = [];
  for (const [q, x0, y0, x1, y1, anchor, lx, ly] of regions) {
    const w = q.length * 10;
    names.push(
      anchor === "start"
        ? { x0: lx, y0: ly - 13, x1: lx + w, y1: ly + 3 }
        : { x0: lx - w, y0: ly - 13, x1: lx, y1: ly + 3 },
    );
    parts.push(
      `<rect class="quadrant q-${q}" x="${r1(x0)}" y="${r1(y0)}" width="${r1(Math.max(0, x1 - x0))}" height="${r1(Math.max(0, y1 - y0))}"><title>${esc(`${q}: ${QUADRANT_TEXT[q]}`)}</title></rect>`,
    );
    // A threshold at 0 or 100 leaves a quadrant empty: no name for it.
    if (x1 - x0 > w && y1 - y0 > 20)
      parts.push(`<text class="quadrant-name" x="${r1(lx)}" y="${r1(ly)}" text-anchor="${anchor}">${q}</text>`);
  }
  // Grid and ticks.
  for (let v = 0; v <= 100; v += 10) {
    parts.push(`<line class="grid" x1="${r1(x(v))}" y1="${PLOT.top}" x2="${r1(x(v))}" y2="${PLOT.bottom}"/>`);
    parts.push(`<line class="grid" x1="${PLOT.left}" y1="${r1(y(v))}" x2="${PLOT.right}" y2="${r1(y(v))}"/>`);
    parts.push(`<text class="tick" x="${r1(x(v))}" y="${PLOT.bottom + 18}" text-anchor="middle">${v}</text>`);
    parts.push(`<text class="tick" x="${PLOT.left - 8}" y="${r1(y(v) + 4)}" text-anchor="end">${v}</text>`);
  }
  parts.push(
    `<rect class="frame" x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}"/>`,
  );
  // Thresholds.
  parts.push(
    `<line class="threshold" x1="${r1(tx)}" y1="${PLOT.top}" x2="${r1(tx)}" y2="${PLOT.bottom}"><title>credible from ${esc(t.credible)}</title></line>`,
  );
  parts.push(
    `<line class="threshold" x1="${PLOT.left}" y1="${r1(ty)}" x2="${PLOT.right}" y2="${r1(ty)}"><title>rejected from ${esc(t.rejected)}</title></line>`,
  );
  // Axis titles.
  parts.push(
    `<text class="axis" x="${(PLOT.left + PLOT.right) / 2}" y="${H - 22}" text-anchor="middle">Credibility score (0–100)</text>`,
  );
  parts.push(
    `<text class="axis" transform="translate(20 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" text-anchor="middle">Publicly rejected by the adversary (estimate, 0–100)</text>`,
  );
  // Points: references under the user's proposals.
  const labels = placeLabels(points, names);
  const sorted = [...points].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "reference" ? -1 : 1));
  for (const p of sorted) {
    const px = r1(x(p.credibility));
    const py = r1(y(p.rejected));
    const l = labels.get(p)!;
    const what = p.kind === "reference" ? "reference" : `your proposal (${p.file ?? p.id})`;
    const tip = `${p.id}: ${p.title}. ${what}; credibility ${p.credibility}, rejected ${p.rejected} (estimate), ${p.quadrant}${p.assumption ? `. Assumed: ${p.assumption}` : ""}`;
    const leader = l.leader
      ? `<line class="leader" x1="${px}" y1="${py}" x2="${r1(l.anchor === "start" ? l.x - 2 : l.x + 2)}" y2="${r1(l.y - 4)}"/>`
      : "";
    parts.push(
      `<g class="point ${p.kind}" data-proposal-id="${esc(p.id)}" data-kind="${p.kind}" data-credibility="${p.credibility}" data-rejected="${p.rejected}" data-quadrant="${p.quadrant}">` +
        `<title>${esc(tip)}</title>${leader}<circle cx="${px}" cy="${py}" r="${p.kind === "proposal" ? 7 : 5}"/>` +
        (l.shown ? `<text x="${r1(l.x)}" y="${r1(l.y)}" text-anchor="${l.anchor}">${esc(p.id)}</text>` : "") +
        "</g>",
    );
  }
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="chart-title">
<title id="chart-title">Credibility against the share publicly rejected by the adversary</title>
${parts.join("\n")}
</svg>`;
}

// ------------------------------------------------------------------------------------------
// Scorecards

const sources = (ss: readonly Source[]) =>
  ss.map((s) => `<abbr title="${esc(cite(s))}">${esc(s.short)}</abbr>`).join(", ");

/** A source as a list item: only an http(s) URL is a link (on the title, its host beside it); any other is text. */
function citedItem(s: SourcePieces): string {
  const title = s.href
    ? `<a href="${esc(s.href)}" rel="nofollow noopener noreferrer">${esc(s.title)}</a> (${esc(s.host ?? "")})`
    : `&ldquo;${esc(s.title)}&rdquo;`;
  const url = s.url && !s.href ? `<span class="url">${esc(s.url)}</span>` : undefined;
  return `<li>${[s.author && esc(s.author), title, s.date && esc(s.date), url].filter(Boolean).join(", ")}</li>`;
}

function stage(r: ScoredReport): string {
  const note = stageNote(r.stage);
  return note ? `<p class="stage">${esc(note)}</p>\n` : "";
}

/** What the file says of itself, labelled as the file's: its summary and the sources it cites (PAGE). */
function said(r: ScoredReport): string {
  // A summary of escape sequences only is nothing to show.
  const text = oneLine(r.summary ?? "", PAGE.summary);
  const summary = text ? `<p class="said"><strong>${SUMMARY_LABEL}:</strong> ${esc(text)}</p>\n` : "";
  const { shown, more } = firstSources(r.sources, PAGE);
  if (!shown.length) return summary;
  const items = shown.map(citedItem);
  if (more) items.push(`<li>and ${more} more (<code>--format json</code> lists them all)</li>`);
  return `${summary}<p class="said"><strong>${SOURCES_LABEL}:</strong></p>\n<ul class="cited">${items.join("")}</ul>\n`;
}

function scorecard(r: ScoredReport, n: number): string {
  const a = r.acceptability;
  const ko = r.knockout
    ? `<p class="knockout">Knock-out (${esc(r.knockout.rule)}): ${esc(r.knockout.reason)}. The total is capped at ${r.knockout.cap} (uncapped ${r.knockout.uncapped}).</p>`
    : "";
  const criteria = [...r.criteria]
    .sort((p, q) => q.max - p.max || byId(p.id, q.id))
    .map(
      (c) =>
        `<tr><td><code>${esc(c.id)}</code></td><td class="status ${c.status}">${c.status}</td><td class="num">${c.points}/${c.max}</td><td>${esc(c.message)} <span class="where">${esc(c.path)}, line ${c.line}</span></td><td>${sources(c.sources)}</td></tr>`,
    )
    .join("\n");
  const among = r.nearest ? `<p>Among the references: ${esc(r.nearest.text)}.</p>` : "";
  const acc = a
    ? `<h4>Acceptability: an estimate of the adversary's stated positions, not a prediction</h4>
<p>Publicly rejected by the adversary: <strong>${a.rejected}/100</strong>; quadrant <strong>${a.quadrant}</strong> (${esc(QUADRANT_TEXT[a.quadrant])}).</p>
<table class="items"><thead><tr><th>Item</th><th>Points</th><th>Reason</th><th>Sources</th></tr></thead><tbody>
${[...a.items]
  .sort((p, q) => q.points - p.points || q.max - p.max || byId(p.id, q.id))
  .map(
    (i) =>
      `<tr${i.points > 0 ? "" : ' class="none"'}><td><code>${esc(i.id)}</code></td><td class="num">${i.points}/${i.max}</td><td>${esc(i.message)}</td><td>${sources(i.sources)}</td></tr>`,
  )
  .join("\n")}
</tbody></table>
<p class="note">${esc(a.note)}</p>${a.assumption ? `\n<p class="note">Assumed: ${esc(a.assumption)}</p>` : ""}`
    : "";
  const advice = r.suggestions?.length
    ? `<h4>What would raise the score most</h4><ol class="suggestions">${r.suggestions.map((s) => `<li>${esc(s.label)}</li>`).join("")}</ol>`
    : "";
  return `<article class="scorecard" id="card-${n}" data-proposal-id="${esc(r.id)}">
<h3>${esc(r.title)}</h3>
<p class="file"><code>${esc(displayName(r.file))}</code></p>
${stage(r)}${said(r)}<p class="totals">Credibility <strong>${r.score}/100</strong> (${esc(r.tier)})${a ? ` · rejected by the adversary (estimate) <strong>${a.rejected}/100</strong> · <span class="badge q-${a.quadrant}">${a.quadrant}</span>` : ""}</p>
${ko}${among}
<table class="criteria"><thead><tr><th>Criterion</th><th>Status</th><th>Points</th><th>Reason</th><th>Sources</th></tr></thead><tbody>
${criteria}
</tbody></table>
${acc}
${advice}
</article>`;
}

function invalidCard(r: Extract<FileReport, { valid: false }>, n: number): string {
  const rows = r.errors
    .map(
      (d) =>
        `<li><code>${esc(`${displayName(r.file)}:${d.line}:${d.column}`)}</code> ${d.path ? `<code>${esc(d.path)}</code>: ` : ""}${esc(d.message)}${d.hint ? ` (${esc(d.hint)})` : ""}</li>`,
    )
    .join("");
  return `<article class="scorecard invalid" id="card-${n}"><h3><code>${esc(displayName(r.file))}</code></h3><p class="knockout">Invalid, not scored: ${problemCount(r.errors)} problem${problemCount(r.errors) === 1 ? "" : "s"}.</p><ul>${rows}</ul></article>`;
}

// ------------------------------------------------------------------------------------------

const CSS = `
:root { color-scheme: light; --pass: #1e7b34; --partial: #9a6700; --fail: #b42318; --mine: #c2410c; --ref: #6b7280; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1f2328; margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
h3 { font-size: 16px; margin: 0 0 2px; } h4 { font-size: 14px; margin: 16px 0 6px; }
.meta, .file, .where, .note { color: #57606a; } .where { font-size: 12px; }
.note { font-size: 13px; }
svg.chart { width: 100%; height: auto; max-width: ${W}px; display: block; font: 11px system-ui, "DejaVu Sans", sans-serif; }
.quadrant { stroke: none; } .q-hollow { fill: #f6f8fa; } .q-contested { fill: #fff4e5; } .q-exposed { fill: #fdecec; } .q-uncontested { fill: #eef7ee; }
.quadrant-name { font-size: 13px; font-weight: 600; fill: #8c959f; text-transform: uppercase; letter-spacing: 0.06em; }
.grid { stroke: #e5e7eb; stroke-width: 1; } .frame { fill: none; stroke: #8c959f; }
.threshold { stroke: #57606a; stroke-width: 1.5; stroke-dasharray: 6 4; }
.tick { fill: #57606a; } .axis { fill: #1f2328; font-size: 12px; font-weight: 600; }
.point.reference circle { fill: var(--ref); stroke: #fff; stroke-width: 1.5; } .point.reference text { fill: #4b5563; }
.point.proposal circle { fill: var(--mine); stroke: #7c2d12; stroke-width: 2; } .point.proposal text { fill: #7c2d12; font-weight: 700; font-size: 12px; }
.leader { stroke: #9ca3af; stroke-width: 0.8; }
.point text { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.legend span { display: inline-block; margin-right: 16px; } .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; vertical-align: middle; margin-right: 4px; }
.dot.mine { background: var(--mine); } .dot.ref { background: var(--ref); }
table { border-collapse: collapse; width: 100%; margin: 6px 0; } th, td { border: 1px solid #d0d7de; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #f6f8fa; } td.num { white-space: nowrap; text-align: right; }
.status.pass { color: var(--pass); font-weight: 600; } .status.partial { color: var(--partial); font-weight: 600; } .status.fail { color: var(--fail); font-weight: 600; } .status.skipped { opacity: 0.6; }
tr.none td { color: #8c959f; }
.scorecard { border: 1px solid #d0d7de; border-radius: 6px; padding: 14px 16px; margin: 14px 0; }
.said { margin: 6px 0; } ul.cited { margin: 2px 0 8px; padding-left: 20px; } .url { color: #57606a; overflow-wrap: anywhere; }
.knockout { color: var(--fail); font-weight: 600; }
.badge { border-radius: 10px; padding: 1px 8px; border: 1px solid #d0d7de; font-weight: 600; }
code { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; }
`;

/** The page as a format of `score` and `check`: it keeps every file and draws the page at the end. */
export function htmlSink(ctx: FormatContext): Sink {
  let head: RunHead | undefined;
  const results: FileReport[] = [];
  return {
    begin(h) {
      head = h;
      return "";
    },
    file(r) {
      results.push(r);
      return "";
    },
    end() {
      const chart = ctx.chart ?? { references: [], thresholds: { credible: 40, rejected: 50 } };
      return renderHtml({ head: head!, results, ...chart });
    },
  };
}

export function renderHtml(input: HtmlInput): string {
  const { head, results, references, thresholds } = input;
  const scored = results.filter((r): r is ScoredReport => r.valid);
  const invalid = results.length - scored.length;
  const points: Point[] = [
    ...references.map((r) => ({
      id: r.id,
      title: r.title,
      kind: "reference" as const,
      credibility: r.score,
      rejected: r.rejected,
      quadrant: r.quadrant,
      assumption: r.assumption,
    })),
    ...scored
      .filter((r) => r.acceptability)
      .map((r) => ({
        id: r.id,
        title: r.title,
        kind: "proposal" as const,
        credibility: r.score,
        rejected: r.acceptability!.rejected,
        quadrant: r.acceptability!.quadrant,
        file: displayName(r.file),
        assumption: r.acceptability!.assumption,
      })),
  ];
  const config = head.config.file
    ? `Configuration ${esc(displayName(head.config.file))}${head.config.changes.length ? ` (${head.config.changes.map(esc).join("; ")})` : ""}.`
    : "Default settings.";
  const refRows = [...references]
    .sort((a, b) => b.score - a.score || byId(a.id, b.id))
    .map(
      (r) =>
        `<tr><td><code>${esc(r.id)}</code></td><td>${esc(r.title)}</td><td class="num">${r.score}</td><td class="num">${r.rejected ?? "–"}</td><td>${r.quadrant ?? "–"}</td></tr>`,
    )
    .join("\n");
  const cards = results.map((r, i) => (r.valid ? scorecard(r, i + 1) : invalidCard(r, i + 1))).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(`${head.tool.name} ${head.tool.version}`)}">
<title>guarantee-score: credibility and acceptability of ${results.length} proposal${results.length === 1 ? "" : "s"}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>Security-guarantee proposals: credibility and acceptability</h1>
<p class="meta">${esc(head.tool.name)} ${esc(head.tool.version)} · ${results.length} file${results.length === 1 ? "" : "s"}${invalid ? `, ${invalid} invalid (not charted)` : ""} · ${config}</p>
</header>
<section id="chart">
<h2>Credibility against acceptability</h2>
<p class="note">Across: the credibility score (0–100). Up: how much of the proposal the adversary has publicly rejected (0–100): an estimate of the adversary's stated positions as the sources report them, not a prediction of what it would accept, and not part of the score. Dashed lines: credible from ${esc(thresholds.credible)}, rejected from ${esc(thresholds.rejected)}. Rutland's paradox: too weak and a guarantee does not deter; too robust and the adversary will not accept it. Pifer answers that anything acceptable to Moscow would not give Kyiv the guarantees it needs.</p>
${chart(points, thresholds)}
<p class="legend"><span><i class="dot mine"></i>your proposals (${scored.length})</span><span><i class="dot ref"></i>reference library (${references.length}): yardsticks the source documents describe</span></p>
</section>
<section id="scorecards">
<h2>Scorecards</h2>
${cards}
</section>
<section id="references">
<h2>Reference library</h2>
<table class="references"><thead><tr><th>Reference</th><th>Title</th><th>Credibility</th><th>Rejected (estimate)</th><th>Quadrant</th></tr></thead><tbody>
${refRows}
</tbody></table>
</section>
</body>
</html>
`;
}
