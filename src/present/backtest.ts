// The backtest's report in its three formats. Pure: the analysis and the run's facts in,
// text out; colour passed in; every text that comes from a file goes through clean or md.
import type { Backtest, Misranked, PartFigure } from "../analysis/backtest/analyse.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import { clean, displayName, toJson, truncate } from "../util/sanitize.js";
import type { BacktestOut } from "./backtest-schema.js";
import { markdown as md } from "./escape.js";
import { draw } from "./grid.js";
import { error as errorJson } from "./json.js";
import { formatDiagnostic, type Paint } from "./text.js";

export interface BacktestReport {
  tool: { name: string; version: string };
  config: { file: string | null; changes: string[] };
  source: { kind: "history" | "files" | "atop"; label: string; note: string | null };
  analysis: Backtest;
  skipped: string[];
  invalid: { file: string; errors: Diagnostic[] }[];
}

/** What the AUC is, in one line every human format prints. */
export const AUC_MEANS =
  "the chance that a guarantee that held scores above one that failed (ties count half): 0.5 is chance, 1 a perfect ordering, below 0.5 the wrong way round";

const r3 = (n: number) => Math.round(n * 1000) / 1000;
const r1 = (n: number) => Math.round(n * 10) / 10;
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const pct = (n: number) => `${Math.round(n * 100)}%`;
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ",");
const text = (s: string) => truncate(clean(s), 200);
const byAuc = (a: PartFigure, b: PartFigure) => b.auc - a.auc || (a.id < b.id ? -1 : 1);
const signed = (n: number) => `${n > 0 ? "+" : ""}${r1(n)}`;

function headline(r: BacktestReport): string[] {
  const a = r.analysis;
  const what =
    r.source.kind === "atop"
      ? `${a.cases} alliance commitments invoked in war: ${a.held} honoured (held), ${a.failed} violated (failed)`
      : `${a.cases} guarantees with a known outcome: ${a.held} held, ${a.failed} failed`;
  return [
    `Backtest: ${text(r.source.label)}; ${what}`,
    `AUC ${f2(a.auc)}, ${pct(a.level)} interval ${f2(a.ci[0])}–${f2(a.ci[1])} (stratified bootstrap, ${count(a.resamples)} resamples, seed ${a.seed})`,
    `  ${AUC_MEANS}`,
    `Mean score: held ${f1(a.mean.held)}, failed ${f1(a.mean.failed)}`,
  ];
}

const because = (m: Misranked) =>
  m.reasons.map((x) => `${x.id} ${signed(x.difference)} (${r1(x.points)} against ${r1(x.compared)})`).join(", ");
const sideTitle = (result: "held" | "failed") =>
  result === "failed" ? "Failed cases scored above held ones" : "Held cases scored below failed ones";
const sideShare = (m: Misranked) =>
  m.result === "failed" ? `above ${pct(m.share)} of held cases` : `below ${pct(m.share)} of failed cases`;
const sideBecause = (m: Misranked) =>
  m.result === "failed" ? "more than held cases earn on average" : "less than failed cases earn on average";

/** The table format: headline, criteria, tiers, misranked cases, items, skipped and invalid files. */
export function backtestTable(r: BacktestReport, paint: Paint): string {
  const a = r.analysis;
  const [first, auc, means, mean] = headline(r);
  const out = [paint.bold(first!), paint.bold(auc!), paint.dim(means!), mean!];
  if (r.source.note) out.push(paint.partial(clean(r.source.note)));
  out.push("", paint.bold("Criteria: the AUC of each criterion's own score (where it applies), and its mean points"));
  out.push(
    draw(
      { head: ["Criterion", "AUC", "Mean held", "Mean failed"], widths: [24, 7, 11, 13], rules: false },
      [...a.criteria].sort(byAuc).map((p) => [p.id, f2(p.auc), f1(p.held), f1(p.failed)]),
    ),
  );
  out.push("", paint.bold("Tiers"));
  out.push(
    draw(
      { head: ["Tier", "Held", "Failed"], widths: [24, 8, 8], rules: false },
      a.tiers.map((t) => [text(t.name), String(t.held), String(t.failed)]),
    ),
  );
  for (const result of ["failed", "held"] as const) {
    const side = a.misranked.filter((m) => m.result === result);
    out.push("", paint.bold(`${sideTitle(result)} (the worst ${side.length})`));
    if (!side.length) out.push(`  none`);
    for (const m of side) {
      out.push(
        `  ${text(m.id)} (${m.score}, ${text(m.tier)}): ${sideShare(m)}${m.reasons.length ? `; earns ${sideBecause(m)} on ${because(m)}` : ""}`,
      );
      out.push(paint.dim(`    ${text(m.title)}${m.file !== m.id ? ` (${text(m.file)})` : ""}`));
    }
  }
  if (a.items.length) {
    out.push("", paint.bold("Acceptability items, not part of the score: the AUC of each item's share"));
    out.push(
      `  ${[...a.items]
        .sort(byAuc)
        .map((p) => `${p.id} ${f2(p.auc)}`)
        .join(", ")}`,
    );
  }
  if (r.skipped.length)
    out.push("", `Skipped, no outcome block (${r.skipped.length}): ${r.skipped.map(text).join(", ")}`);
  if (r.invalid.length) {
    out.push("", paint.fail(`Invalid, not scored (${r.invalid.length}):`));
    for (const f of r.invalid) for (const d of f.errors) out.push(`  ${formatDiagnostic(f.file, d, paint)}`);
  }
  if (r.config.file) out.push("", paint.dim(`Configuration: ${configLine(r)}`));
  return `${out.join("\n")}\n`;
}

/** The Markdown format, for a pull request or a page. */
export function backtestMarkdown(r: BacktestReport): string {
  const a = r.analysis;
  const [first, auc, means, mean] = headline(r);
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const out = [`## ${md(first!)}`, "", `**${md(auc!)}**`, "", md(means!.trim()), "", md(mean!)];
  if (r.source.note) out.push("", `> ${md(r.source.note)}`);
  out.push("", "### Criteria", "", row(["Criterion", "AUC", "Mean held", "Mean failed"]), "|---|---:|---:|---:|");
  for (const p of [...a.criteria].sort(byAuc)) out.push(row([md(p.id), f2(p.auc), f1(p.held), f1(p.failed)]));
  out.push("", "### Tiers", "", row(["Tier", "Held", "Failed"]), "|---|---:|---:|");
  for (const t of a.tiers) out.push(row([md(t.name), String(t.held), String(t.failed)]));
  for (const result of ["failed", "held"] as const) {
    const side = a.misranked.filter((m) => m.result === result);
    out.push("", `### ${sideTitle(result)}`, "");
    if (!side.length) out.push("None.");
    for (const m of side)
      out.push(
        `- **${md(m.id)}** (${m.score}, ${md(m.tier)}), ${md(m.title)}: ${sideShare(m)}${m.reasons.length ? `; earns ${sideBecause(m)} on ${md(because(m))}` : ""}`,
      );
  }
  if (a.items.length)
    out.push(
      "",
      "### Acceptability items (not part of the score)",
      "",
      [...a.items]
        .sort(byAuc)
        .map((p) => `${md(p.id)} ${f2(p.auc)}`)
        .join(", "),
    );
  if (r.skipped.length) out.push("", `Skipped, no outcome block: ${r.skipped.map(md).join(", ")}`);
  if (r.invalid.length) {
    out.push("", "### Invalid files, not scored", "");
    for (const f of r.invalid)
      for (const d of f.errors)
        out.push(
          `- ${md(f.file)}, line ${d.line}, column ${d.column}${d.path ? ` ${md(d.path)}` : ""}: ${md(d.message)}`,
        );
  }
  if (r.config.file) out.push("", `Configuration: ${md(configLine(r))}`);
  return `${out.join("\n")}\n`;
}

/** The configuration's name as every format shows it (exactly, or as a JSON string), and what it changed. */
const configLine = (r: BacktestReport) =>
  `${displayName(r.config.file ?? "")}${r.config.changes.length ? ` (${r.config.changes.map(clean).join("; ")})` : ""}`;

const figure = (p: PartFigure) => ({ id: p.id, auc: r3(p.auc), meanHeld: r3(p.held), meanFailed: r3(p.failed) });

/** The JSON document, field by field (backtest-schema.ts). */
export function backtestJson(r: BacktestReport): string {
  const a = r.analysis;
  const doc: BacktestOut = {
    schemaVersion: 1,
    tool: r.tool,
    config: r.config,
    source: r.source,
    cases: a.cases,
    held: a.held,
    failed: a.failed,
    auc: r3(a.auc),
    ci: [r3(a.ci[0]), r3(a.ci[1])],
    level: a.level,
    resamples: a.resamples,
    seed: a.seed,
    mean: { held: r3(a.mean.held), failed: r3(a.mean.failed) },
    criteria: a.criteria.map(figure),
    items: a.items.map(figure),
    tiers: a.tiers.map((t) => ({ ...t })),
    misranked: a.misranked.map((m) => ({
      id: m.id,
      file: m.file,
      title: m.title,
      result: m.result,
      score: m.score,
      tier: m.tier,
      share: r3(m.share),
      criteria: m.reasons.map((x) => ({
        id: x.id,
        points: r3(x.points),
        compared: r3(x.compared),
        difference: r3(x.difference),
      })),
    })),
    skipped: r.skipped,
    invalid: r.invalid.map((f) => ({ file: f.file, errors: f.errors.map(errorJson) })),
  };
  return `${toJson(doc, 2)}\n`;
}
