// The human scorecard: one table per file, the knock-out first, the total last.
import type { CriterionResult, FileResult, ScoredFile, Status } from "../engine/report.js";
import { clean, truncate } from "../util/sanitize.js";
import { formatDiagnostic, type Paint } from "./text.js";
import type { FormatContext, Formatter } from "./types.js";

// Longest text from a user's file shown in one cell; the rest is cut with an ellipsis.
const MAX_CELL = 400;
const cell = (s: string) => truncate(clean(s), MAX_CELL);

export const paintStatus = (status: Status, paint: Paint) => paint[status](status);

export const formatPoints = (points: number, max: number) => `${points}/${max}`;

/** Rows by what is at stake: the heaviest criteria first, ties by id. */
export const byWeight = (a: CriterionResult, b: CriterionResult) => b.max - a.max || a.id.localeCompare(b.id);

export const table: Formatter = async (report, ctx) => {
  const { default: Table } = await import("cli-table3");
  const out: string[] = [];
  for (const r of report.results) out.push(r.valid ? scorecard(r, ctx, Table) : invalid(r, ctx.paint));
  if (report.config.file) out.push(ctx.paint.dim(`Configuration: ${clean(report.config.file)}${report.config.changes.length ? ` (${report.config.changes.map(clean).join("; ")})` : ""}\n`));
  return out.join("\n");
};

function invalid(r: Extract<FileResult, { valid: false }>, paint: Paint): string {
  const n = r.errors.length;
  const lines = r.errors.map((d) => `  ${formatDiagnostic(r.file, d, paint)}\n`).join("");
  return `${paint.bold(clean(r.file))}: ${paint.fail(`invalid, ${n} problem${n === 1 ? "" : "s"}; not scored`)}\n${lines}`;
}

type TableClass = typeof import("cli-table3");

function scorecard(r: ScoredFile, { paint, width }: FormatContext, Table: TableClass): string {
  const head = `${paint.bold(clean(r.file))}\n${cell(r.title)}\n`;
  const ko = r.knockout
    ? paint.fail(`Knock-out (${r.knockout.rule}): ${cell(r.knockout.reason)}. The total is capped at ${r.knockout.cap} (it would be ${r.knockout.uncapped}).`) + "\n"
    : "";
  const fixed = { criterion: 24, status: 9, points: 11, sources: 20 };
  const reasonWidth = Math.max(24, width - Object.values(fixed).reduce((a, b) => a + b, 0) - 6);
  const t = new Table({
    head: ["Criterion", "Status", "Points", "Reason", "Sources"],
    colWidths: [fixed.criterion, fixed.status, fixed.points, reasonWidth, fixed.sources],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const c of [...r.criteria].sort(byWeight)) {
    t.push([c.id, paintStatus(c.status, paint), formatPoints(c.points, c.max), cell(c.message), c.sources.map((s) => s.short).join(", ")]);
  }
  const total = `Total ${paint.bold(`${r.score}/100`)}: ${r.tier}`;
  return `${head}${ko}${t.toString()}\n${total}\n`;
}
