// A summary fit for a pull-request comment or a job summary: one row per file, then what
// failed where, the waivers that need attention, and the summary line. Every text that
// comes from a proposal, a file name or the configuration goes through escape.markdown.
import type { FileReport } from "../run/result.js";
import { markdown as md } from "./escape.js";
import { REJECTED_FOOTNOTE } from "./acceptability-text.js";
import { summaryLine } from "./text.js";
import { displayName } from "../util/sanitize.js";
import type { Formatter } from "./sink.js";
import { problemCount } from "../schema/diagnostic.js";
import {
  BRIEF,
  firstSources,
  SOURCES_LABEL,
  type SourcePieces,
  SUMMARY_LABEL,
  stageNote,
  oneLine,
} from "./file-text.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function result(r: FileReport): string {
  if (!r.valid) return "❌ invalid";
  const waived = r.gate.waived.length ? ` (${r.gate.waived.length} waived)` : "";
  return `${r.gate.passed ? "✅ passed" : "❌ failed"}${waived}`;
}

/** Failed criteria, those that fail a gate in bold; gates that are not criteria first. */
function failed(r: FileReport): string {
  if (!r.valid) return plural(problemCount(r.errors), "problem");
  const gate = new Set(r.gate.failures.map((f) => f.rule));
  const waived = new Set(r.gate.waived.map((w) => w.rule));
  const mark = (id: string) => (gate.has(id) ? `**${md(id)}**` : waived.has(id) ? `${md(id)} (waived)` : md(id));
  const other = ["min-score", "knockout"].filter((g) => gate.has(g) || waived.has(g));
  return [...other, ...r.criteria.filter((c) => c.status === "fail").map((c) => c.id)].map(mark).join(", ");
}

function details(r: FileReport): string {
  const lines = r.valid
    ? [
        ...r.gate.failures.map((f) => `- **${md(f.rule)}** (line ${f.line}): ${md(f.message)}`),
        ...r.gate.waived.map(
          (w) =>
            `- *waived* **${md(w.rule)}** (line ${w.line}): ${md(w.waiver.reason)}, owner ${md(w.waiver.owner)}, until ${md(w.waiver.expires)}`,
        ),
      ]
    : r.errors.map(
        (d) =>
          `- line ${d.line}, column ${d.column}${d.path ? ` ${md(d.path)}` : ""}: ${md(d.message)}${d.hint ? ` (${md(d.hint)})` : ""}`,
      );
  return lines.length ? `#### ${md(displayName(r.file))}\n\n${lines.join("\n")}\n` : "";
}

/** A source as a list item: only an http(s) URL is a link (on the title, its host beside it); any other is text. */
function citedItem(s: SourcePieces): string {
  // In a link's destination & is read as the start of an entity: written &amp;, it stays &.
  const title = s.href
    ? `[${md(s.title)}](${s.href.replace(/&/g, "&amp;")}) (${md(s.host ?? "")})`
    : `"${md(s.title)}"`;
  const url = s.url && !s.href ? md(s.url) : undefined;
  return `- ${[s.author && md(s.author), title, s.date && md(s.date), url].filter(Boolean).join(", ")}`;
}

/** What a file says of itself, for a scorecard (score): its summary and the first sources it cites (BRIEF). */
function said(r: FileReport): string {
  if (!r.valid) return "";
  const text = oneLine(r.summary ?? "", BRIEF.summary);
  const summary = text ? `**${SUMMARY_LABEL}:** ${md(text)}\n` : "";
  const { shown, more } = firstSources(r.sources, BRIEF);
  const items = shown.map(citedItem);
  if (more) items.push(`- and ${more} more (\`--format json\` lists them all)`);
  const sources = items.length ? `${summary ? "\n" : ""}**${SOURCES_LABEL}:**\n\n${items.join("\n")}\n` : "";
  const note = stageNote(r.stage);
  const stage = note ? `${md(note)}\n${summary || sources ? "\n" : ""}` : "";
  if (!stage && !summary && !sources) return "";
  return `#### ${md(displayName(r.file))}\n\n${stage}${summary}${sources}`;
}

export const markdown: Formatter = (ctx) => {
  const pending: string[] = []; // details of failed, waived or invalid files only
  const files: string[] = []; // what each file says of itself: scorecards (score) only, not check's summary
  return {
    begin: (head) =>
      `## guarantee-score\n\n${head.config.file ? `Configuration: ${md(displayName(head.config.file))}${head.config.changes.length ? ` (${md(head.config.changes.join("; "))})` : ""}\n\n` : ""}` +
      "| File | Score | Tier | Rejected\\* | Quadrant | Result | Failed criteria |\n|---|---:|---|---:|---|---|---|\n",
    file: (r) => {
      const d = details(r);
      if (d) pending.push(d);
      const s = ctx.detail === "scorecards" ? said(r) : "";
      if (s) files.push(s);
      const a = r.valid ? r.acceptability : undefined;
      return `| ${md(displayName(r.file))} | ${r.valid ? r.score : "–"} | ${r.valid ? md(r.tier) : "–"} | ${a ? a.rejected : "–"} | ${a ? a.quadrant : "–"} | ${result(r)} | ${failed(r)} |\n`;
    },
    end: (tail) => {
      const waivers = tail.waivers
        .filter((w) => w.status !== "applied")
        .map(
          (w) =>
            `- ${w.status === "expired" ? "Expired" : "Unused"} waiver for **${md(w.waiver.rule)}** on ${md(w.waiver.file)} (owner ${md(w.waiver.owner)}, ${w.status === "expired" ? `ended ${md(w.waiver.expires)}` : "matched nothing"})`,
        );
      return [
        `\nIn bold: fails a gate. \\* ${REJECTED_FOOTNOTE}\n`,
        files.length ? `\n### Summaries and sources (from the files)\n\n${files.join("\n")}` : "",
        pending.length ? `\n### Findings\n\n${pending.join("\n")}` : "",
        waivers.length ? `\n### Waivers\n\n${waivers.join("\n")}\n` : "",
        `\n**${summaryLine(tail.summary)}**\n`,
      ].join("");
    },
  };
};
