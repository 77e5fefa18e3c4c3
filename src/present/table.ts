// The human report: a scorecard per file (score), or one row per file (check);
// the knock-out comes first, the summary last.
import type { GateFailure, Gates, WaiverStatus } from "../engine/gates.js";
import type { CriterionResult, Knockout, Status } from "../engine/result.js";
import type { BacktestNote, FileReport, InvalidReport, RunHead, RunTail, ScoredReport } from "../run/result.js";
import { clean, displayName, truncate } from "../util/sanitize.js";
import { formatDiagnostic, summaryLine, wrapLines, type Paint } from "./text.js";
import { acceptabilitySection, REJECTED_FOOTNOTE, suggestionsSection } from "./acceptability-text.js";
import type { FormatContext, Formatter } from "./sink.js";
import { breakPath, draw, fitColumns } from "./grid.js";
import { byId } from "../util/order.js";
import {
  BRIEF,
  firstSources,
  SOURCES_LABEL,
  type SourcePieces,
  SUMMARY_LABEL,
  stageNote,
  oneLine,
} from "./file-text.js";
import { problemCount } from "../schema/diagnostic.js";

// Longest text from a user's file shown in one cell; the rest is cut with an ellipsis.
export const MAX_CELL = 400;
const cell = (s: string) => truncate(clean(s), MAX_CELL);

export const paintStatus = (status: Status, paint: Paint) =>
  status === "skipped" ? paint.dim(status) : paint[status](status);

/** Rows by what is at stake: the heaviest criteria first, ties by id. */
export const byWeight = (a: CriterionResult, b: CriterionResult) => b.max - a.max || byId(a.id, b.id);

export const table: Formatter = (ctx) => {
  let head: RunHead;
  const rows: string[][] = [];
  const invalids: string[] = [];
  return {
    begin: (h) => {
      head = h;
      return "";
    },
    file: (r) => {
      if (ctx.detail === "scorecards") return `${r.valid ? scorecard(r, ctx, head.backtest) : invalid(r, ctx.paint)}\n`;
      // One row a file; the table is drawn at the end, when the columns are known.
      if (!ctx.quiet || !r.valid || !r.gate.passed) rows.push(overviewRow(r, head.gates, ctx.paint));
      if (!r.valid) invalids.push(invalid(r, ctx.paint));
      return "";
    },
    end: (tail) => {
      const parts = ctx.detail === "summary" ? [overview(rows, ctx), ...invalids] : [];
      parts.push(wrapLines(footer(head, tail, ctx), ctx.width));
      return parts.filter(Boolean).join("\n");
    },
  };
};

function invalid(r: InvalidReport, paint: Paint): string {
  const n = problemCount(r.errors);
  const lines = r.errors.map((d) => `  ${formatDiagnostic(r.file, d, paint)}\n`).join("");
  return `${paint.bold(displayName(r.file))}: ${paint.fail(`invalid, ${n} problem${n === 1 ? "" : "s"}; not scored`)}\n${lines}`;
}

function stageLine(stage: ScoredReport["stage"]): string {
  const note = stageNote(stage);
  return note ? `${note}\n` : "";
}

/**
 * The file's summary and the sources it cites, labelled as the file's, above the table (BRIEF). Each line starts with a
 * label, a dash or spaces and a word the wrapping never lets begin with ":" (see wrapLines):
 * no line begins with text from the file.
 */
function fileLines(r: ScoredReport): string {
  const text = oneLine(r.summary ?? "", BRIEF.summary);
  const summary = text ? `${SUMMARY_LABEL}: ${text}\n` : "";
  const { shown, more } = firstSources(r.sources, BRIEF);
  if (!shown.length) return summary;
  const line = (s: SourcePieces) =>
    `  - ${[s.author, `"${s.title}"`, s.date].filter(Boolean).join(", ")}${s.url ? ` ${s.url}` : ""}\n`;
  const rest = more ? `  and ${more} more (--format json lists them all)\n` : "";
  return `${summary}${SOURCES_LABEL}:\n${shown.map(line).join("")}${rest}`;
}

function scorecard(r: ScoredReport, { paint, width }: FormatContext, backtest?: BacktestNote): string {
  // "Title:" first: no line begins with text from the file (GitHub's runner reads ::command lines).
  const head = `${paint.bold(displayName(r.file))}\nTitle: ${cell(r.title)}\n${stageLine(r.stage)}${fileLines(r)}`;
  const ko = r.knockout
    ? `${paint.fail(`Knock-out (${r.knockout.rule}): ${cell(r.knockout.reason)}. ${capEffect(r.knockout)}`)}\n`
    : "";
  const widths = fitColumns(
    [
      { width: 24, min: 23 },
      { width: 9, min: 9 },
      { width: 11, min: 8 },
      { width: 0, min: 20, flex: true },
      { width: 20, min: 12 },
    ],
    width,
  );
  const rows = [...r.criteria]
    .sort(byWeight)
    .map((c) => [
      c.id,
      paintStatus(c.status, paint),
      `${c.points}/${c.max}`,
      cell(c.message),
      c.sources.map((s) => s.short).join(", "),
    ]);
  const t = draw(
    {
      head: ["Criterion", "Status", "Points", "Reason", "Sources"],
      widths,
      rules: true,
    },
    rows,
  );
  // Gates and waivers are check's: a scorecard (score) shows the score, not whether it passes.
  const among = r.nearest ? `Among the references: ${r.nearest.text}; ranking: guarantee-score list\n` : "";
  const paradox = r.acceptability ? acceptabilitySection(r.acceptability, paint) : "";
  const advice = r.suggestions
    ? suggestionsSection(r.suggestions, paint, `All of them: guarantee-score suggest ${cell(displayName(r.file))}`)
    : "";
  const rate = backtest ? baseRate(r.tier, backtest, paint) : "";
  const under = `Total ${paint.bold(`${r.score}/100`)}: ${clean(r.tier)}\n${rate}${among}${paradox}${advice}`;
  return `${wrapLines(head, width)}${ko ? wrapLines(ko, width) : ""}${t}\n${wrapLines(under, width)}`;
}

/** What became of the historical guarantees that scored in the same tier, and the base rate from the data. */
function baseRate(tier: string, b: BacktestNote, paint: Paint): string {
  const t = b.tiers?.find((x) => x.name === tier);
  if (!t) return "";
  const n = t.held + t.failed;
  const here = n
    ? `of the ${b.cases} historical guarantees in the backtest, ${n} scored ${tier} and ${t.held} of them held`
    : `none of the ${b.cases} historical guarantees in the backtest scored ${tier}`;
  return `${paint.dim(`Base rate: ${here}; defence pacts invoked in war were honoured 41% of the time (Berkemeier and Fuhrmann 2018)`)}\n`;
}

function overviewRow(r: FileReport, gates: Gates, paint: Paint): string[] {
  const label = (f: GateFailure) =>
    f.rule === "min-score"
      ? `below ${gates.minScore}`
      : f.rule === "knockout"
        ? "knock-out"
        : `${f.rule} (line ${f.line})`;
  const result = !r.valid ? paint.fail("invalid") : r.gate.passed ? paint.pass("passed") : paint.fail("failed");
  const notes = [
    ...r.gate.failures.filter((f) => f.rule !== "invalid").map(label),
    ...r.gate.waived.map((w) => paint.dim(`${label(w)} waived`)),
  ];
  const a = r.valid ? r.acceptability : undefined;
  return [
    cell(displayName(r.file)),
    r.valid ? `${r.score}` : "-",
    r.valid ? clean(r.tier) : "-",
    a ? `${a.rejected} ${a.quadrant}` : "-",
    result,
    notes.join(", ") || (r.valid ? "" : `${problemCount(r.errors)} problem${problemCount(r.errors) === 1 ? "" : "s"}`),
  ];
}

/** Break prose at spaces so no line is wider than the table above it. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join("\n");
}

function overview(rows: string[][], { width }: FormatContext): string {
  if (!rows.length) return "";
  const widths = fitColumns(
    [
      { width: 0, min: 20, flex: true },
      { width: 7, min: 7 },
      { width: 19, min: 12 },
      { width: 16, min: 13 },
      { width: 9, min: 9 },
      { width: 20, min: 10 },
    ],
    width,
  );
  // No rule between rows; a file name too long for its column goes on over lines, whole.
  const named = rows.map(([file, ...rest]) => [breakPath(file!, widths[0]! - 2), ...rest]);
  const t = draw({ head: ["File", "Score", "Tier", "Rejected*", "Result", "Gates"], widths, rules: false }, named);
  return `${t}\n${wrap(`* ${REJECTED_FOOTNOTE}`, width)}\n`;
}

function waiverNote(w: WaiverStatus): string | undefined {
  const what = `waiver for ${w.waiver.rule} on ${cell(w.waiver.file)} (owner ${cell(w.waiver.owner)})`;
  if (w.status === "expired") return `Expired ${what}: it ended on ${w.waiver.expires} and no longer applies`;
  if (w.status === "unused") return `Unused ${what}: it matched no failure; remove it if it is stale`;
  return undefined;
}

function footer(head: RunHead, tail: RunTail, { paint, detail }: FormatContext): string {
  const lines: string[] = [];
  const gating = detail === "summary";
  for (const w of gating ? tail.waivers : []) {
    const note = waiverNote(w);
    if (note) lines.push(paint.partial(note));
  }
  if (head.config.file) {
    const changes = head.config.changes.length ? ` (${head.config.changes.map(clean).join("; ")})` : "";
    lines.push(paint.dim(`Configuration: ${displayName(head.config.file)}${changes}`));
  }
  if (head.backtest && tail.summary.passed + tail.summary.failed > 0)
    lines.push(paint.dim(backtestLine(head.backtest)));
  if (!gating) {
    // Scorecards: how many were scored, no pass or fail.
    const { files, invalid } = tail.summary;
    if (files !== 1) lines.push(paint.bold(`${files} files: ${files - invalid} scored, ${invalid} invalid`));
  } else if (
    tail.summary.files !== 1 ||
    tail.waivers.length ||
    head.gates.failOn.length ||
    head.gates.minScore !== undefined
  ) {
    lines.push(paint.bold(summaryLine(tail.summary)));
  }
  return lines.map((l) => `${l}\n`).join("");
}

/** The scorecards' last word on the score itself: how it has done on real cases. */
export function backtestLine(b: BacktestNote): string {
  const settings = b.sameSettings ? "" : " with the default settings";
  return `backtest: AUC ${b.auc.toFixed(2)} on ${b.cases} historical guarantees${settings}; run guarantee-score backtest${b.sameSettings ? "" : " for these settings"}`;
}

export function capEffect(k: Knockout): string {
  return k.uncapped > k.cap
    ? `The total is capped at ${k.cap} (it would be ${k.uncapped}).`
    : `The total is capped at ${k.cap}; at ${k.uncapped} it is below the cap already.`;
}
