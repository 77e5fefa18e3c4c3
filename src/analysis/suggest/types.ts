import type { Quadrant } from "../acceptability.js";
import type { Change } from "../change.js";

export interface Lever {
  change: Change;
  /** The field path it changes, e.g. `guarantors[0].ratification`; one suggestion per field. */
  field: string;
  /** In plain words, naming the field: "set guarantors[0].ratification (United Kingdom) to ratified". */
  action: string;
}

export interface Suggestion extends Lever {
  credibility: { before: number; after: number; gain: number };
  /** The rejected figure (0–100) before and after; a positive cost means more of it is rejected. */
  acceptability: { before: number; after: number; cost: number };
  quadrant: { before: Quadrant; after: Quadrant };
  /** The action and its effects in one line. */
  label: string;
}
