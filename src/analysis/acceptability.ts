// The second axis (README, "The second axis: acceptability"): the weighted share of a proposal
// the adversary has publicly rejected, from the items in model/acceptability/, and the quadrant
// it falls in with the credibility total. None of it enters the total. Pure and deterministic.
import type { Document, LineCounter } from "yaml";
import type { AcceptabilityItem, ItemEvaluation, Source } from "../model/kernel.js";
import { maxima } from "../model/kernel.js";
import { locate, type Range } from "../schema/locate.js";
import type { Proposal } from "../schema/proposal.js";
import { formatPath } from "../util/path.js";
import type { AcceptabilityConfig, Thresholds } from "./acceptability-config.js";

export type Quadrant = "hollow" | "contested" | "exposed" | "uncontested";

/** One item's part of the figure, located in the file. */
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

/** The second axis of a scored file: how much of it the adversary has publicly rejected. Off the total. */
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

export const NOTE =
  "An estimate of the adversary's stated positions, not a prediction: the share of this proposal that the adversary has publicly rejected, as the sources report it. It is not part of the credibility score.";

/** What each quadrant means, in the words every human format prints. */
export const QUADRANT_TEXT: Record<Quadrant, string> = {
  hollow: "not credible, and little of it publicly rejected by the adversary",
  contested: "credible, and much of it publicly rejected by the adversary",
  exposed: "not credible, yet much of it publicly rejected by the adversary",
  uncontested: "credible, and little of it publicly rejected by the adversary",
};

export function quadrantOf(credibility: number, rejected: number, t: Thresholds): Quadrant {
  const credible = credibility >= t.credible;
  const refused = rejected >= t.rejected;
  return credible ? (refused ? "contested" : "uncontested") : refused ? "exposed" : "hollow";
}

// The positions the items record are Russia's, as the sources report them.
const REPORTED = /^(russia|the russian federation|russian federation)$/i;

/** The assumption a figure for another adversary rests on, shown wherever the figure is. */
export function assumptionFor(adversary: string | undefined): string | undefined {
  if (adversary !== undefined && REPORTED.test(adversary.trim())) return undefined;
  return adversary === undefined
    ? "The proposal names no adversary; the figure uses Russia's positions as the sources report them."
    : `The sources report Russia's positions; this proposal names ${adversary} as its adversary, and the figure assumes it holds the same positions.`;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export interface Measured {
  /** 0–100, rounded. */
  rejected: number;
  parts: { item: AcceptabilityItem; evaluation: ItemEvaluation; share: number; points: number; max: number }[];
}

/** The rejected figure and its parts, without positions: what `suggest` and the backtest need. */
export function measure(
  p: Proposal,
  items: readonly AcceptabilityItem[],
  config: AcceptabilityConfig,
  points: Map<AcceptabilityItem, number> = maxima(items, config),
): Measured {
  let raw = 0;
  const parts = [...points].map(([item, max]) => {
    const evaluation = item.evaluate(p);
    const share = Math.min(1, Math.max(0, evaluation.share));
    raw += max * share;
    return { item, evaluation, share, points: max * share, max };
  });
  return { rejected: Math.round(raw), parts };
}

export interface Locatable {
  proposal: Proposal;
  doc: Document;
  lineCounter: LineCounter;
}

/** The full assessment of a loaded proposal: the figure, each item located, the quadrant. */
export function assessAcceptability(
  loaded: Locatable,
  credibility: number,
  items: readonly AcceptabilityItem[],
  config: AcceptabilityConfig,
): Acceptability {
  const m = measure(loaded.proposal, items, config);
  const results: AcceptabilityItemResult[] = m.parts.map(({ item, evaluation, share, points, max }) => ({
    id: item.meta.id,
    title: item.meta.title,
    share: Math.round(share * 1000) / 1000,
    points: round1(points),
    max: round1(max),
    message: evaluation.message,
    path: formatPath(evaluation.path),
    ...locate(loaded.doc, loaded.lineCounter, evaluation.path),
    sources: item.meta.sources,
  }));
  const assumption = assumptionFor(loaded.proposal.adversary);
  return {
    rejected: m.rejected,
    quadrant: quadrantOf(credibility, m.rejected, config.thresholds),
    thresholds: { ...config.thresholds },
    items: results,
    note: NOTE,
    ...(assumption ? { assumption } : {}),
  };
}
