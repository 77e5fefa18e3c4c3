import type { Proposal } from "../schema/proposal.js";
import type { PathSegment } from "../util/path.js";

/** A published text a rule rests on, cited by author, title and date. */
export interface Source {
  author: string;
  title: string;
  publication: string;
  date: string;
  /** How a narrow table column cites it, e.g. "Pifer 2025". */
  short: string;
}

export interface RuleMeta {
  /** Stable kebab-case id, equal to the file name; never derived from the title. */
  id: string;
  title: string;
  /** Default relative weight; weights are normalised so the maximum total is 100. */
  weight: number;
  sources: readonly Source[];
  /** Why the criterion matters, in one or two sentences. */
  rationale: string;
  /** How the evaluation turns fields into a 0–1 score, for `explain`. */
  scoring: string;
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
}

export interface Rule {
  meta: RuleMeta;
  evaluate(proposal: Proposal): Evaluation;
}

export const defineRule = (rule: Rule): Rule => rule;
