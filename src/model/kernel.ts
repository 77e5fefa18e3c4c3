// The kernel of the model. A criterion (model/rules/) and an acceptability item
// (model/acceptability/) are the same idea: metadata beside a pure evaluation of a proposal,
// listed in a registry sorted by id. The configuration reweights or disables entries the same
// way for both (a Selection), and one normaliser turns relative weights into points of 100.
import type { Proposal } from "../schema/proposal.js";
import type { Source } from "../util/citation.js";
import type { PathSegment } from "../util/path.js";

export type { Source } from "../util/citation.js";

/** A published study, cited by author(s), title, venue and year. */
export interface Study {
  author: string;
  title: string;
  /** Journal, publisher or series, with volume and issue where there is one. */
  venue: string;
  year: number;
  /** How a narrow line cites it, e.g. "Leeds 2003". */
  short: string;
}

/** What a study found that bears on a criterion, in the project's own words. */
export interface Finding {
  /** Whether the finding backs the criterion as it is scored, adds a condition to it, or goes against it. */
  stance: "supports" | "qualifies" | "contradicts";
  /** One or two sentences. */
  finding: string;
  citation: Study;
}

/** What every criterion and item says about itself, for `explain`, the reports and SARIF. */
export interface Meta {
  /** Stable kebab-case id, equal to the file name; never derived from the title. */
  id: string;
  title: string;
  /** Default relative weight; weights are normalised so the maximum total is 100. */
  weight: number;
  /** The reasoned weight before it was fitted to outcomes (docs/backtest.md); absent where none was fitted. */
  prior?: number;
  sources: readonly Source[];
  /** Why the criterion matters, or what the adversary is reported to have rejected, in one or two sentences. */
  rationale: string;
  /** How the evaluation turns fields into a 0–1 figure, for `explain`. */
  scoring: string;
  /** What empirical studies found (docs/evidence.md); empty where none speaks to it, and `disagreement` says so. */
  research: readonly Finding[];
  /** One plain line: where the sources and the research part ways, or, with no research, that no study tests it and why. */
  disagreement: string;
  /** Its findings can cap the whole total (a knock-out): disabling it turns the knock-out off. */
  knockout?: true;
}

/** The outcome of one rule on one proposal. */
export interface Evaluation {
  /** 0 (fail) … 1 (pass); anything between is partial credit. */
  score: number;
  /** One line naming the fields looked at and what they say. */
  message: string;
  /** The data path this result is about; the engine resolves it to a line and column. */
  path: readonly PathSegment[];
  /** Present when the finding caps the whole total, whatever else the proposal has. */
  knockout?: { reason: string };
  /** The criterion does not apply to this proposal (the message says why): its weight goes to the others. */
  notApplicable?: true;
}

/** One entry of a registry: its metadata, and a pure evaluation of a proposal. */
export interface Entry<E> {
  meta: Meta;
  evaluate(proposal: Proposal): E;
}

/** A credibility criterion: its score is weighted into the 0–100 total. */
export type Rule = Entry<Evaluation>;

export const defineRule = (rule: Rule): Rule => rule;

/** How much of one publicly rejected item a proposal contains. */
export interface ItemEvaluation {
  /** 0 (nothing of this item in the proposal) … 1 (the item in full). */
  share: number;
  message: string;
  /** The data path this result is about; resolved to a line and column. */
  path: readonly PathSegment[];
}

/** An acceptability item: its share is weighted into the 0–100 rejected estimate, never into the total. */
export type AcceptabilityItem = Entry<ItemEvaluation>;

export const defineItem = (item: AcceptabilityItem): AcceptabilityItem => item;

type Registry = readonly Entry<unknown>[];

/** Which entries of a registry count and how much: the settings criteria and items share. */
export interface Selection {
  /** Relative weight by id; the enabled ones are renormalised to 100 points. */
  weights: Readonly<Record<string, number>>;
  /** Sorted ids of the entries left out. */
  disabled: readonly string[];
}

/** What a configuration file says about a registry (`weights:` and `disable:`). */
export interface SelectionBlock {
  weights?: Readonly<Record<string, number | undefined>>;
  disable?: readonly string[];
}

/** Every entry at its default weight. */
export const defaultSelection = (registry: Registry): Selection => ({
  weights: Object.fromEntries(registry.map((e) => [e.meta.id, e.meta.weight])),
  disabled: [],
});

/** The defaults with a configuration block laid over them. */
export function mergeSelection(registry: Registry, block: SelectionBlock | undefined): Selection {
  const base = defaultSelection(registry);
  if (!block) return base;
  const weights = { ...base.weights };
  for (const [id, w] of Object.entries(block.weights ?? {})) if (w !== undefined) weights[id] = w;
  return { weights, disabled: [...new Set(block.disable ?? [])].sort() };
}

/**
 * Each enabled entry's most points out of 100, in registry order. Weights are relative:
 * dividing by the largest keeps huge ones (1e308) from summing to Infinity.
 */
export function maxima<T extends Entry<unknown>>(registry: readonly T[], s: Selection): Map<T, number> {
  const enabled = registry.filter((e) => !s.disabled.includes(e.meta.id));
  const largest = Math.max(0, ...enabled.map((e) => s.weights[e.meta.id] ?? e.meta.weight));
  const weightOf = (e: T) => (s.weights[e.meta.id] ?? e.meta.weight) / largest;
  const total = enabled.reduce((n, e) => n + weightOf(e), 0);
  return new Map(enabled.map((e) => [e, total ? (100 * weightOf(e)) / total : 0]));
}

/** How a selection differs from the defaults, in words: "weight of ratified 10 → 5", "disabled: nato-path". */
export function describeSelection(
  registry: Registry,
  s: Selection,
  words: { weight: string; disabled: string },
): string[] {
  const out: string[] = [];
  for (const e of registry) {
    const w = s.weights[e.meta.id];
    if (w !== undefined && w !== e.meta.weight) out.push(`${words.weight} ${e.meta.id} ${e.meta.weight} → ${w}`);
  }
  if (s.disabled.length) out.push(`${words.disabled}: ${s.disabled.join(", ")}`);
  return out;
}
