// `explain`: the catalogue of criteria and items, one of them in full, or the knock-out. Plain
// data in (run/catalogue.ts), text out.
import type { Catalogue, EntryCard } from "../run/catalogue.js";
import { clean, displayName } from "../util/sanitize.js";

/** The criteria by weight, the knock-out cap and tiers, then the acceptability items. */
export function catalogueText(c: Catalogue, configName: string | undefined): string {
  const line = (e: EntryCard) => `  ${e.id.padEnd(22)} ${`${e.points ?? "off"}`.padStart(5)}  ${e.title}`;
  return (
    `Criteria (points out of 100${configName ? `, as set by ${displayName(configName)}` : ""}):\n${c.criteria.map(line).join("\n")}\n\n` +
    `A knock-out caps the total at ${c.knockout.cap}. Tiers: ${c.tiers.map((t) => `${clean(t.name)} from ${t.min}`).join(", ")}.\n\n` +
    `Acceptability items (points of the 0–100 estimate of what the adversary has publicly rejected; not part of the score):\n` +
    `${c.items.map(line).join("\n")}\n\n` +
    `Run \`guarantee-score explain ID\` for the rationale, the scoring and the sources of one criterion or item.\n`
  );
}

/** One criterion or item in full: heading, weight, rationale, scoring, a note, the sources (what commentators argue), the research (what studies found), where they part ways, the backtest. */
export function cardText(e: EntryCard, historyCases: number | null): string {
  const item = e.kind === "item";
  const research = e.research.length
    ? e.research.map((f) => `  [${f.stance}] ${f.finding} (${f.citation})`)
    : ["  none in the project's review"];
  return [
    item ? `${e.id}: ${e.title} (acceptability item: not part of the credibility score)` : `${e.id}: ${e.title}`,
    `Weight: ${weightText(e)}`,
    "",
    `${item ? "What the sources report" : "Why it matters"}: ${e.rationale}`,
    "",
    `${item ? "How it counts" : "How it scores"}: ${e.scoring}`,
    item
      ? "The figure is an estimate of the adversary's stated positions as the sources report them, not a prediction."
      : "A score of 1 is a pass, 0 a fail, anything between partial credit. A field the proposal leaves out scores as the weakest answer.",
    "",
    "Sources:",
    ...e.sources.map((s) => `  - ${s}`),
    "",
    "Research (what studies found, beside what the sources argue):",
    ...research,
    "",
    `Where they disagree: ${e.disagreement}`,
    "",
    backtestLine(e, historyCases),
    "",
  ].join("\n");
}

function weightText(e: EntryCard): string {
  if (e.points === undefined) return "disabled by the configuration";
  if (e.kind === "item") return `${e.weight} (${e.points} of the 100 points of the rejected estimate)`;
  return `${e.weight} (${e.points} of 100 points)${priorNote(e)}`;
}

/** Where the default weight was fitted to outcomes, the reasoned prior it was fitted from. */
function priorNote(e: EntryCard): string {
  if (e.prior === undefined) return "";
  const whose = e.weight === e.defaultWeight ? "the default" : `the default ${e.defaultWeight}`;
  return `; ${whose}, fitted to the outcomes of the history library and ATOP from a reasoned prior of ${e.prior} (docs/backtest.md)`;
}

/** "Backtest: AUC 0.62 of its score on 53 historical guarantees …", the same with any settings: one criterion's AUC does not depend on weights. */
function backtestLine(e: EntryCard, cases: number | null): string {
  if (cases === null || e.auc === undefined)
    return "Backtest: no historical guarantees with a known outcome to compare yet (guarantee-score backtest).";
  const what = e.kind === "item" ? "its share (not part of the score)" : "its score";
  return `Backtest: AUC ${e.auc.toFixed(2)} of ${what} on ${cases} historical guarantees: the chance that one that held earns more here than one that failed (0.5 is chance); guarantee-score backtest`;
}

function carried(k: Catalogue["knockout"]): string {
  if (!k.carriers.length) return "No criterion carries it: no proposal can be knocked out.";
  const off = k.disabled.length ? ", which this configuration disables: the knock-out is off" : "";
  return `It is carried by the criterion ${k.carriers.join(", ")} (guarantee-score explain ${k.carriers[0]})${off}; disabling it turns the knock-out off.`;
}

/** `explain knockout`: what `--fail-on knockout` gates on, though it is no criterion of its own. */
export function knockoutText(k: Catalogue["knockout"]): string {
  return `knockout: the knock-out (not a criterion: a cap on the total)

When the adversary is itself a guarantor and the guarantors act by consensus, it can block the response to its own
attack: "invade, then veto" (Pifer). The total is then capped at ${k.cap}, and every report says so first.
${carried(k)}
In CI, \`check --fail-on knockout\` fails a file that has one; no configuration waiver excuses that gate.
`;
}
