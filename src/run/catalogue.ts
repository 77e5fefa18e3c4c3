// The model as the commands see it: the ids they check options against, the settings bound to
// the registries, and every criterion and item described in plain data. The CLI imports no
// registry (docs/architecture.md), so a new criterion needs no change there.
import { type CaseGroup, calibrate } from "../analysis/backtest/calibrate.js";
import type { CaseSettings } from "../analysis/backtest/case.js";
import { historyFigures } from "../analysis/history.js";
import { scoreReferences } from "../analysis/references.js";
import { items } from "../model/acceptability/index.js";
import { type Entry, maxima, type Meta, type Selection } from "../model/kernel.js";
import { rules } from "../model/rules/index.js";
import { citeStudy } from "../model/studies.js";
import { cite } from "../util/citation.js";
import { byId } from "../util/order.js";
import { defaultToolConfig, loadConfig, type ToolConfig } from "./config.js";

export const criterionIds = (): string[] => rules.map((r) => r.meta.id);
/** The criteria whose findings can be a knock-out: disabling one turns the knock-out off. */
export const knockoutCarriers = (): string[] => rules.filter((r) => r.meta.knockout).map((r) => r.meta.id);

export const defaultConfig = (): ToolConfig => defaultToolConfig(rules);
export const loadConfigFile = (file: string) => loadConfig(file, rules);
export const caseSettings = (config: ToolConfig): CaseSettings => ({
  rules,
  scoring: config.scoring,
  items,
  acceptability: config.acceptability,
});
/** The priors fitted to these groups' outcomes (`backtest --fit`). */
export const fitWeights = (groups: readonly CaseGroup[]) => calibrate(groups, rules);
export const referenceScores = (config: ToolConfig) => scoreReferences(rules, config.scoring);

/** One criterion or acceptability item, as `explain` shows it. */
export interface EntryCard {
  kind: "criterion" | "item";
  id: string;
  title: string;
  /** The weight in force, and the default one. */
  weight: number;
  defaultWeight: number;
  /** The reasoned weight the default was fitted from, if it was fitted. */
  prior?: number;
  /** Its most points of the 100, to one decimal; absent when the configuration disables it. */
  points?: number;
  rationale: string;
  scoring: string;
  sources: string[];
  research: { stance: string; finding: string; citation: string }[];
  disagreement: string;
  /** Its AUC on the history library, where the build measured one. */
  auc?: number;
}

export interface Catalogue {
  /** Highest weight first. */
  criteria: EntryCard[];
  /** Most points first. */
  items: EntryCard[];
  knockout: { cap: number; carriers: string[]; disabled: string[] };
  tiers: readonly { name: string; min: number }[];
  /** How many historical cases the AUCs were measured on; null where there were none. */
  historyCases: number | null;
}

export async function catalogue(config: ToolConfig): Promise<Catalogue> {
  const figures = await historyFigures();
  const card = (kind: EntryCard["kind"], selection: Selection, registry: readonly Entry<unknown>[]) => {
    const most = pointsOf(registry, selection);
    return (m: Meta): EntryCard => {
      const points = most.get(m.id);
      const auc = figures?.parts[m.id];
      return {
        kind,
        id: m.id,
        title: m.title,
        weight: selection.weights[m.id] ?? m.weight,
        defaultWeight: m.weight,
        ...(m.prior !== undefined ? { prior: m.prior } : {}),
        ...(points !== undefined ? { points } : {}),
        rationale: m.rationale,
        scoring: m.scoring,
        sources: m.sources.map(cite),
        research: m.research.map((f) => ({ stance: f.stance, finding: f.finding, citation: citeStudy(f.citation) })),
        disagreement: m.disagreement,
        ...(auc !== undefined ? { auc } : {}),
      };
    };
  };
  const sorted = (cards: EntryCard[], by: (c: EntryCard) => number) =>
    cards.sort((a, b) => by(b) - by(a) || byId(a.id, b.id));
  const carriers = knockoutCarriers();
  return {
    criteria: sorted(rules.map((r) => r.meta).map(card("criterion", config.scoring, rules)), (c) => c.weight),
    items: sorted(items.map((i) => i.meta).map(card("item", config.acceptability, items)), (c) => c.points ?? 0),
    knockout: {
      cap: config.scoring.knockoutCap,
      carriers,
      disabled: carriers.filter((id) => config.scoring.disabled.includes(id)),
    },
    tiers: config.scoring.tiers,
    historyCases: figures?.cases ?? null,
  };
}

/** Each enabled entry's most points of the 100 (of the total, or of the rejected estimate), to one decimal. */
const pointsOf = (registry: readonly Entry<unknown>[], s: Selection) =>
  new Map([...maxima(registry, s)].map(([e, max]) => [e.meta.id, Math.round(max * 10) / 10]));
