// The human report: a scorecard per file (score), or one row per file (check);
// the knock-out comes first, the summary last.
import type { GateFailure, Gates, WaiverStatus } from "../engine/gates.js";
import type { CriterionResult, Knockout, Status } from "../engine/result.js";
import type { BacktestNote, FileReport, InvalidReport, RunHead, RunTail, ScoredReport } from "../run/result.js";
import { clean, displayName, truncate } from "../util/sanitize.js";
import { formatDiagnostic, summaryLine, type Paint } from "./text.js";
import { acceptabilitySection, REJECTED_FOOTNOTE, suggestionsSection } from "./acceptability-text.js";
import type { FormatContext, Formatter } from "./sink.js";
import { draw } from "./grid.js";
import { byId } from "../util/order.js";
import { problemCount } from "../schema/diagnostic.js";

// Longest text from a user's file shown in one cell; the rest is cut with an ellipsis.
export const MAX_CELL = 400;
const cell = (s: string) => truncate(clean(s), MAX_CELL);

export const paintStatus = (status: Status, paint: Paint) => paint[status](status);

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
      if (ctx.detail === "scorecards") return `${r.valid ? scorecard(r, ctx) : invalid(r, ctx.paint)}\n`;
      // One row a file; the table is drawn at the end, when the columns are known.
      rows.push(overviewRow(r, head.gates, ctx.paint));
      if (!r.valid) invalids.push(invalid(r, ctx.paint));
      return "";
    },
    end: (tail) => {
      const parts = ctx.detail === "summary" ? [overview(rows, ctx), ...invalids] : [];
      parts.push(footer(head, tail, ctx.paint));
      return parts.filter(Boolean).join("\n");
    },
  };
};

function invalid(r: InvalidReport, paint: Paint): string {
  const n = problemCount(r.errors);
  const lines = r.errors.map((d) => `  ${formatDiagnostic(r.file, d, paint)}\n`).join("");
  return `${paint.bold(displayName(r.file))}: ${paint.fail(`invalid, ${n} problem${n === 1 ? "" : "s"}; not scored`)}\n${lines}`;
}

function scorecard(r: ScoredReport, { paint, width }: FormatContext): string {
  // "Title:" first: no line begins with text from the file (GitHub's runner reads ::command lines).
  const head = `${paint.bold(displayName(r.file))}\nTitle: ${cell(r.title)}\n`;
  const ko = r.knockout
    ? `${paint.fail(`Knock-out (${r.knockout.rule}): ${cell(r.knockout.reason)}. ${capEffect(r.knockout)}`)}\n`
    : "";
  const fixed = [24, 9, 11, 20];
  const reason = Math.max(24, width - fixed.reduce((a, b) => a + b, 0) - 6);
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
      widths: [fixed[0]!, fixed[1]!, fixed[2]!, reason, fixed[3]!],
      rules: true,
    },
    rows,
  );
  const gate = gateLines(r, paint);
  const among = r.nearest ? `Among the references: ${r.nearest.text}; ranking: guarantee-score list\n` : "";
  const paradox = r.acceptability ? acceptabilitySection(r.acceptability, paint) : "";
  const advice = r.suggestions
    ? suggestionsSection(r.suggestions, paint, `All of them: guarantee-score suggest ${cell(displayName(r.file))}`)
    : "";
  return `${head}${ko}${t}\nTotal ${paint.bold(`${r.score}/100`)}: ${clean(r.tier)}\n${among}${paradox}${advice}${gate}`;
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
  const fixed = [7, 19, 16, 9, 20];
  const file = Math.max(20, width - fixed.reduce((a, b) => a + b, 0) - (fixed.length + 2)); // one border more than columns
  // One line a file: no rule between rows.
  const t = draw(
    { head: ["File", "Score", "Tier", "Rejected*", "Result", "Gates"], widths: [file, ...fixed], rules: false },
    rows,
  );
  return `${t}\n${wrap(`* ${REJECTED_FOOTNOTE}`, width)}\n`;
}

function gateLines(r: FileReport, paint: Paint): string {
  const lines = [
    ...r.gate.failures.map((f) => paint.fail(`Gate failed (${f.rule}): ${cell(f.message)}`)),
    ...r.gate.waived.map((w) =>
      paint.dim(
        `Waived (${w.rule}): ${cell(w.waiver.reason)} (owner ${cell(w.waiver.owner)}, until ${w.waiver.expires})`,
      ),
    ),
  ];
  return lines.map((l) => `${l}\n`).join("");
}

function waiverNote(w: WaiverStatus): string | undefined {
  const what = `waiver for ${w.waiver.rule} on ${cell(w.waiver.file)} (owner ${cell(w.waiver.owner)})`;
  if (w.status === "expired") return `Expired ${what}: it ended on ${w.waiver.expires} and no longer applies`;
  if (w.status === "unused") return `Unused ${what}: it matched no failure; remove it if it is stale`;
  return undefined;
}

function footer(head: RunHead, tail: RunTail, paint: Paint): string {
  const lines: string[] = [];
  for (const w of tail.waivers) {
    const note = waiverNote(w);
    if (note) lines.push(paint.partial(note));
  }
  if (head.config.file) {
    const changes = head.config.changes.length ? ` (${head.config.changes.map(clean).join("; ")})` : "";
    lines.push(paint.dim(`Configuration: ${displayName(head.config.file)}${changes}`));
  }
  if (head.backtest && tail.summary.passed + tail.summary.failed > 0)
    lines.push(paint.dim(backtestLine(head.backtest)));
  if (
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
