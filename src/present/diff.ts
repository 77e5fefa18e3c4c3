// The three views of a diff: a terminal report, JSON, and Markdown for a pull request.
import { markdown as md } from "./escape.js";
import type { Paint } from "./text.js";
import { clean, toJson, truncate } from "../util/sanitize.js";
import type { ReportDiff, Side } from "../analysis/diff/compare.js";

export const DIFF_FORMATS = ["table", "json", "markdown"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

const value = (v: unknown) =>
  v === undefined ? "—" : truncate(clean(typeof v === "string" ? v : JSON.stringify(v)), 120);
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);
/** What the attribution found; empty means no single change moved it alone. */
const TOGETHER = "the changes together";
/** Fields named per criterion in the table and in Markdown; JSON lists them all. */
export const MAX_MOVED_BY = 10;
const movedBy = (paths: readonly string[], show: (p: string) => string) =>
  paths.slice(0, MAX_MOVED_BY).map(show).join(", ") +
  (paths.length > MAX_MOVED_BY ? ` and ${paths.length - MAX_MOVED_BY} more` : "");
const side = (s: Side) => ({
  file: s.file,
  score: s.score,
  tier: s.tier,
  knockout: s.knockout ? { rule: s.knockout.rule, cap: s.knockout.cap, uncapped: s.knockout.uncapped } : null,
});

// A knock-out that appeared, went or changed: it caps the total, so it is news even when the tier holds.
function knockoutNote(d: ReportDiff): string | undefined {
  const [b, a] = [d.before.knockout, d.after.knockout];
  if (b?.rule === a?.rule) return undefined;
  if (a) return `knock-out: ${a.rule} now caps the total at ${a.cap} (${a.uncapped} uncapped)`;
  return `knock-out lifted: ${b!.rule} no longer caps the total`;
}

/** "Rejected 35 → 70 (+35), quadrant uncontested → contested", or undefined when neither moved. */
function axisNote(d: ReportDiff): string | undefined {
  const x = d.acceptability;
  if (!x || (x.before.rejected === x.after.rejected && x.before.quadrant === x.after.quadrant)) return undefined;
  const quadrant =
    x.before.quadrant === x.after.quadrant
      ? `quadrant unchanged: ${x.after.quadrant}`
      : `quadrant ${x.before.quadrant} → ${x.after.quadrant}`;
  return `Rejected by the adversary (an estimate, not part of the score) ${x.before.rejected} → ${x.after.rejected} (${signed(x.after.rejected - x.before.rejected)}); ${quadrant}`;
}

export function diffJson(d: ReportDiff): string {
  return `${toJson(
    {
      schemaVersion: 1,
      before: side(d.before),
      after: side(d.after),
      delta: d.delta,
      tierChanged: d.before.tier !== d.after.tier,
      regression: d.delta < 0 || d.criteria.some((c) => c.delta < 0),
      ...(d.acceptability
        ? {
            acceptability: {
              before: d.acceptability.before,
              after: d.acceptability.after,
              delta: d.acceptability.after.rejected - d.acceptability.before.rejected,
              quadrantChanged: d.acceptability.before.quadrant !== d.acceptability.after.quadrant,
            },
          }
        : {}),
      criteria: d.criteria.map((c) => ({
        id: c.id,
        title: c.title,
        before: c.before,
        after: c.after,
        delta: c.delta,
        movedBy: c.movedBy,
      })),
      changes: d.changes.map((c) => ({ path: c.path, kind: c.kind, before: c.before ?? null, after: c.after ?? null })),
    },
    2,
  )}\n`;
}

export function diffTable(d: ReportDiff, paint: Paint): string {
  const lines: string[] = [`${paint.bold(clean(d.before.file))} → ${paint.bold(clean(d.after.file))}`, ""];
  lines.push(paint.bold(`Changed fields (${d.changes.length})`));
  if (!d.changes.length) lines.push("  none");
  for (const c of d.changes) {
    const what =
      c.kind === "added"
        ? `added ${value(c.after)}`
        : c.kind === "removed"
          ? `removed ${value(c.before)}`
          : `${value(c.before)} → ${value(c.after)}`;
    lines.push(`  ${c.kind === "added" ? "+" : c.kind === "removed" ? "-" : "~"} ${clean(c.path)}: ${what}`);
  }
  lines.push("", paint.bold(`Criteria that moved (${d.criteria.length})`));
  if (!d.criteria.length) lines.push("  none");
  for (const c of d.criteria) {
    const colour = c.delta < 0 ? paint.fail : paint.pass;
    const by = `  ← ${c.movedBy.length ? movedBy(c.movedBy, clean) : TOGETHER}`;
    lines.push(
      colour(
        `  ${c.delta < 0 ? "▼" : "▲"} ${c.id.padEnd(22)} ${String(c.before).padStart(5)} → ${String(c.after).padEnd(5)} (${signed(c.delta)})`,
      ) + paint.dim(by),
    );
  }
  const total = `Total ${d.before.score} → ${d.after.score} (${signed(d.delta)})`;
  const tier =
    d.before.tier === d.after.tier ? `tier unchanged: ${d.after.tier}` : `tier ${d.before.tier} → ${d.after.tier}`;
  lines.push(
    "",
    (d.delta < 0 ? paint.fail : d.delta > 0 ? paint.pass : (s: string) => s)(paint.bold(`${total}; ${tier}`)),
  );
  const ko = knockoutNote(d);
  if (ko) lines.push((d.after.knockout ? paint.fail : paint.pass)(ko));
  const axis = axisNote(d);
  if (axis) lines.push(paint.partial(axis));
  lines.push("");
  return lines.join("\n");
}

export function diffMarkdown(d: ReportDiff): string {
  const rows = d.criteria.map(
    (c) =>
      `| ${c.delta < 0 ? "🔻" : "🔺"} ${md(c.id)} | ${c.before} | ${c.after} | ${signed(c.delta)} | ${c.movedBy.length ? movedBy(c.movedBy, md) : `_${TOGETHER}_`} |`,
  );
  const changes = d.changes.map(
    (c) => `| ${md(c.path)} | ${c.kind} | ${md(value(c.before))} | ${md(value(c.after))} |`,
  );
  const ko = knockoutNote(d);
  return [
    `## guarantee-score diff`,
    "",
    `${md(d.before.file)} → ${md(d.after.file)}`,
    "",
    ...(ko ? [md(ko), ""] : []),
    `**Total ${d.before.score} → ${d.after.score} (${signed(d.delta)})**; ${d.before.tier === d.after.tier ? `tier unchanged (${md(d.after.tier)})` : `tier ${md(d.before.tier)} → ${md(d.after.tier)}`}`,
    "",
    ...(axisNote(d) ? [md(axisNote(d)!), ""] : []),
    "| Criterion | Before | After | Delta | Moved by |",
    "|---|---:|---:|---:|---|",
    ...(rows.length ? rows : ["| (none) | | | | |"]),
    "",
    "| Field | Change | Before | After |",
    "|---|---|---|---|",
    ...(changes.length ? changes : ["| (none) | | | |"]),
    "",
  ].join("\n");
}
