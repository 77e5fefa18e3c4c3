// What the engine produces for one file: the credibility score, criterion by criterion, or the
// located reasons the file could not be scored. Plain data; what the layers above add to it
// (the acceptability figure, the place among the references, suggestions, gates) they keep in
// types of their own (run/result.ts).
import type { Source } from "../model/kernel.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import type { Range } from "../schema/locate.js";

import type { Stage } from "../schema/proposal.js";

/** skipped: the criterion does not apply to this proposal, and its weight went to the others. */
export type Status = "pass" | "partial" | "fail" | "skipped";

export interface CriterionResult extends Range {
  id: string;
  title: string;
  status: Status;
  /** 0–1, before weighting. */
  score: number;
  /** Points earned and available, out of a total of 100 across enabled criteria. */
  points: number;
  max: number;
  message: string;
  /** Field path the result is about, e.g. `guarantors[1].ratification`. */
  path: string;
  sources: readonly Source[];
}

export interface Knockout {
  rule: string;
  reason: string;
  cap: number;
  /** The total before the cap was applied. */
  uncapped: number;
}

/** A text the proposal file cites for its facts (its top-level `sources`), as the file writes it. */
export interface CitedSource {
  title: string;
  author?: string;
  date?: string;
  url?: string;
}

export interface ScoredFile {
  file: string;
  id: string;
  title: string;
  /** The stage the file records, when it records one: a scorecard says when the arrangement lapsed or was violated. */
  stage?: Stage;
  /** The file's own summary, as written, when it has one: reports show it, labelled as the file's. Never scored. */
  summary?: string;
  /** The texts the file cites (its top-level sources), when it cites any: reports list them. Never scored. */
  sources?: readonly CitedSource[];
  valid: true;
  score: number;
  tier: string;
  knockout: Knockout | null;
  criteria: CriterionResult[];
  errors: [];
}

export interface InvalidFile {
  file: string;
  valid: false;
  errors: Diagnostic[];
}

export type FileResult = ScoredFile | InvalidFile;
