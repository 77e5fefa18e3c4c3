// What the engine produces: plain data that every output format reads.
import type { Diagnostic } from "../schema/diagnostic.js";
import type { Range } from "../schema/locate.js";
import type { Placement } from "../analysis/references.js";
import type { Acceptability } from "../analysis/acceptability.js";
import type { Suggestion } from "../analysis/suggest/types.js";
import type { Source } from "../model/kernel.js";

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

export interface ScoredFile {
  file: string;
  id: string;
  title: string;
  /** The stage the file records, when it records one: a scorecard says when the arrangement lapsed or was violated. */
  stage?: Stage;
  valid: true;
  score: number;
  tier: string;
  knockout: Knockout | null;
  criteria: CriterionResult[];
  errors: [];
  /** Where the total falls among the reference library, when it was compared. */
  nearest?: Placement;
  /** How much of it the adversary has publicly rejected: a second axis, off the total. */
  acceptability?: Acceptability;
  /** The single-field changes that raise the total most, when they were asked for. */
  suggestions?: Suggestion[];
}

export interface InvalidFile {
  file: string;
  valid: false;
  errors: Diagnostic[];
}

export type FileResult = ScoredFile | InvalidFile;
