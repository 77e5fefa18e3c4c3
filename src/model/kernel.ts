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
  /** What empirical studies found (docs/evidence.md); empty where none speaks to it, and `disagreement` says so. */
  research: readonly Finding[];
  /** One plain line: where the sources and the research part ways, or, with no research, that no study tests it and why. */
  disagreement: string;
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
