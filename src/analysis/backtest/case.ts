// A loaded proposal with an outcome → a backtest case: scored exactly as `score` scores it.
import { measure } from "../acceptability.js";
import type { AcceptabilityConfig } from "../acceptability-config.js";
import type { AcceptabilityItem } from "../../model/kernel.js";
import type { ScoringConfig } from "../../engine/config.js";
import { evaluate } from "../../engine/evaluate.js";
import type { Rule } from "../../model/kernel.js";
import type { Loaded } from "../../schema/load.js";
import type { Case } from "./analyse.js";

export interface CaseSettings {
  rules: readonly Rule[];
  scoring: ScoringConfig;
  items: readonly AcceptabilityItem[];
  acceptability: AcceptabilityConfig;
}

/** The case for a loaded file, or undefined when it has no outcome (it is skipped, not an error). */
export function toCase(loaded: Loaded, s: CaseSettings, file = loaded.file): Case | undefined {
  const outcome = loaded.proposal.outcome;
  if (!outcome) return undefined;
  const scored = evaluate(loaded, s.rules, s.scoring);
  const shares = measure(loaded.proposal, s.items, s.acceptability).parts;
  return {
    id: scored.id,
    file,
    title: scored.title,
    result: outcome.result,
    score: scored.score,
    tier: scored.tier,
    criteria: scored.criteria.map((c) => ({ id: c.id, points: c.points })),
    items: shares.map((p) => ({ id: p.item.meta.id, share: p.share })),
  };
}
