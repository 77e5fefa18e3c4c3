import { byId } from "../../util/order.js";
import { items } from "../../model/acceptability/index.js";
import type { AcceptabilityConfig } from "../../analysis/acceptability-config.js";
import { maxima, type AcceptabilityItem, type Entry, type Meta, type Selection } from "../../model/kernel.js";
import { rules } from "../../model/rules/index.js";
import { cite } from "../../util/citation.js";
import { didYouMean } from "../../util/did-you-mean.js";
import { UsageError, EXIT } from "../errors.js";
import { KNOCKOUT_RULES } from "../../engine/gates.js";
import type { IO } from "../io.js";
import { configName } from "../../run/config.js";
import { resolveConfig, type ConfigChoice } from "../settings.js";
import { clean, displayName } from "../../util/sanitize.js";
import { historyFigures, type Figures } from "../../analysis/history.js";
import { citeStudy } from "../../model/studies.js";
import type { Register } from "../register.js";

export interface ExplainOptions {
  config?: ConfigChoice;
}

/** The catalogue of criteria, or one criterion in full. */
export async function explain(ruleId: string | undefined, opts: ExplainOptions, io: IO): Promise<number> {
  const config = await resolveConfig(opts.config, io.cwd);
  const { weights, disabled, knockoutCap } = config.scoring;
  const points = pointsOf(rules, config.scoring);

  if (ruleId === undefined) {
    const lines = [...rules]
      .sort((a, b) => (weights[b.meta.id] ?? 0) - (weights[a.meta.id] ?? 0) || byId(a.meta.id, b.meta.id))
      .map((r) => {
        const pts = disabled.includes(r.meta.id) ? "off" : `${points.get(r.meta.id)}`;
        return `  ${r.meta.id.padEnd(22)} ${pts.padStart(5)}  ${r.meta.title}`;
      });
    io.stdout.write(
      `Criteria (points out of 100${config.file ? `, as set by ${displayName(configName(config) ?? "")}` : ""}):\n${lines.join("\n")}\n\n` +
        `A knock-out caps the total at ${knockoutCap}. Tiers: ${config.scoring.tiers.map((t) => `${clean(t.name)} from ${t.min}`).join(", ")}.\n\n` +
        `Acceptability items (points of the 0–100 estimate of what the adversary has publicly rejected; not part of the score):\n` +
        `${itemLines(config.acceptability)}\n\n` +
        `Run \`guarantee-score explain ID\` for the rationale, the scoring and the sources of one criterion or item.\n`,
    );
    return EXIT.ok;
  }
  const rule = rules.find((r) => r.meta.id === ruleId);
  const item = items.find((i) => i.meta.id === ruleId);
  if (item) {
    io.stdout.write(explainItem(item, config.acceptability, await historyFigures()));
    return EXIT.ok;
  }
  if (!rule && ruleId === "knockout") {
    io.stdout.write(explainKnockout(config.scoring.knockoutCap, config.scoring.disabled));
    return EXIT.ok;
  }
  if (!rule) {
    const guess = didYouMean(ruleId, ["knockout", ...[...rules, ...items].map((r) => r.meta.id)]);
    throw new UsageError(
      `unknown criterion "${clean(ruleId)}"${guess ? `; did you mean "${guess}"?` : ""} (run \`guarantee-score explain\` for the list)`,
    );
  }
  const m = rule.meta;
  const w = weights[m.id] ?? m.weight;
  io.stdout.write(
    card(m, {
      heading: `${m.id}: ${m.title}`,
      weight: disabled.includes(m.id)
        ? "disabled by the configuration"
        : `${w} (${points.get(m.id)} of 100 points)${priorNote(m, w)}`,
      why: "Why it matters",
      how: "How it scores",
      note: "A score of 1 is a pass, 0 a fail, anything between partial credit. A field the proposal leaves out scores as the weakest answer.",
      backtest: backtestLine(m.id, await historyFigures(), "its score"),
    }),
  );
  return EXIT.ok;
}

/** Where the default weight was fitted to outcomes, the reasoned prior it was fitted from. */
function priorNote(m: Meta, w: number): string {
  if (m.prior === undefined) return "";
  const whose = w === m.weight ? "the default" : `the default ${m.weight}`;
  return `; ${whose}, fitted to the outcomes of the history library and ATOP from a reasoned prior of ${m.prior} (docs/backtest.md)`;
}

/** Each enabled entry's most points of the 100 (of the total, or of the rejected estimate), to one decimal. */
const pointsOf = (registry: readonly Entry<unknown>[], s: Selection) =>
  new Map([...maxima(registry, s)].map(([e, max]) => [e.meta.id, Math.round(max * 10) / 10]));

function itemLines(config: AcceptabilityConfig): string {
  const points = pointsOf(items, config);
  return [...items]
    .sort((a, b) => (points.get(b.meta.id) ?? 0) - (points.get(a.meta.id) ?? 0) || byId(a.meta.id, b.meta.id))
    .map((i) => `  ${i.meta.id.padEnd(22)} ${`${points.get(i.meta.id) ?? "off"}`.padStart(5)}  ${i.meta.title}`)
    .join("\n");
}

function explainItem(item: AcceptabilityItem, config: AcceptabilityConfig, figures: Figures | null): string {
  const m = item.meta;
  const points = pointsOf(items, config).get(m.id);
  return card(m, {
    heading: `${m.id}: ${m.title} (acceptability item: not part of the credibility score)`,
    weight:
      points === undefined
        ? "disabled by the configuration"
        : `${config.weights[m.id] ?? m.weight} (${points} of the 100 points of the rejected estimate)`,
    why: "What the sources report",
    how: "How it counts",
    note: "The figure is an estimate of the adversary's stated positions as the sources report them, not a prediction.",
    backtest: backtestLine(m.id, figures, "its share (not part of the score)"),
  });
}

/** "Backtest: AUC 0.62 of its score on 53 historical guarantees …", the same with the default settings or any other: one criterion's AUC does not depend on weights. */
function backtestLine(id: string, figures: Figures | null, what: string): string {
  const auc = figures?.parts[id];
  if (!figures || auc === undefined)
    return "Backtest: no historical guarantees with a known outcome to compare yet (guarantee-score backtest).";
  return `Backtest: AUC ${auc.toFixed(2)} of ${what} on ${figures.cases} historical guarantees: the chance that one that held earns more here than one that failed (0.5 is chance); guarantee-score backtest`;
}

/** One criterion or item in full: heading, weight, rationale, scoring, a note, the sources (what commentators argue), the research (what studies found), where they part ways, the backtest. */
function card(
  m: Meta,
  t: { heading: string; weight: string; why: string; how: string; note: string; backtest: string },
): string {
  const research = m.research.length
    ? m.research.map((f) => `  [${f.stance}] ${f.finding} (${citeStudy(f.citation)})`)
    : ["  none in the project's review"];
  return [
    t.heading,
    `Weight: ${t.weight}`,
    "",
    `${t.why}: ${m.rationale}`,
    "",
    `${t.how}: ${m.scoring}`,
    t.note,
    "",
    "Sources:",
    ...m.sources.map((s) => `  - ${cite(s)}`),
    "",
    "Research (what studies found, beside what the sources argue):",
    ...research,
    "",
    `Where they disagree: ${m.disagreement}`,
    "",
    t.backtest,
    "",
  ].join("\n");
}

export const registerExplain: Register = (program, io, result, h) => {
  h.withConfig(program.command("explain"))
    .description("list the criteria with their weights, or explain one: why it matters, how it scores, its sources")
    .argument("[rule]", "criterion id, e.g. ratified")
    .action(async (rule: string | undefined, o: { config?: ConfigChoice }) => {
      result.code = await explain(rule, o, io);
    });
};

/** `explain knockout`: what `--fail-on knockout` gates on, though it is no criterion of its own. */
function explainKnockout(cap: number, disabled: readonly string[]): string {
  const off = KNOCKOUT_RULES.filter((r) => disabled.includes(r));
  return `knockout: the knock-out (not a criterion: a cap on the total)

When the adversary is itself a guarantor and the guarantors act by consensus, it can block the response to its own
attack: "invade, then veto" (Pifer). The total is then capped at ${cap}, and every report says so first.
It is carried by the criterion ${KNOCKOUT_RULES.join(", ")} (guarantee-score explain ${KNOCKOUT_RULES[0]})${off.length ? `, which this configuration disables: the knock-out is off` : ""}; disabling it turns the knock-out off.
In CI, \`check --fail-on knockout\` fails a file that has one; no configuration waiver excuses that gate.
`;
}
