// The second axis (criteria.md, "The paradox"): how much of a proposal the adversary has
// publicly rejected. One module per rejected item, shaped like a credibility rule: metadata
// apart from a pure evaluation. None of this enters the credibility total.
import type { RuleMeta, Source } from "../model/kernel.js";
import type { Range } from "../schema/locate.js";
import type { Proposal } from "../schema/proposal.js";
import type { PathSegment } from "../util/path.js";

/**
 * The same metadata as a criterion's: `rationale` says what the adversary is reported to
 * have rejected, and `sources` where it is reported.
 */
export type ItemMeta = RuleMeta;

export interface ItemEvaluation {
  /** 0 (nothing of this item in the proposal) … 1 (the item in full). */
  share: number;
  message: string;
  /** The data path this result is about; resolved to a line and column. */
  path: readonly PathSegment[];
}

export interface AcceptabilityItem {
  meta: ItemMeta;
  evaluate(proposal: Proposal): ItemEvaluation;
}

export const defineItem = (item: AcceptabilityItem): AcceptabilityItem => item;

export const QUADRANTS = ["hollow", "contested", "exposed", "uncontested"] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface Thresholds {
  /** A credibility total at or above this counts as credible. */
  credible: number;
  /** A rejected share at or above this counts as rejected. */
  rejected: number;
}

export interface AcceptabilityItemResult extends Range {
  id: string;
  title: string;
  /** 0–1, before weighting. */
  share: number;
  /** Points of the 0–100 rejected figure this item contributes, and its most. */
  points: number;
  max: number;
  message: string;
  path: string;
  sources: readonly Source[];
}

export interface Acceptability {
  /** 0–100: the weighted share of the proposal the adversary has publicly rejected. */
  rejected: number;
  quadrant: Quadrant;
  thresholds: Thresholds;
  items: AcceptabilityItemResult[];
  /** What the figure is, and is not: printed with it in every human format. */
  note: string;
  /** Set when the figure rests on an assumption: the sources report Russia's positions, and this proposal names another adversary, or none. */
  assumption?: string;
}
