import { assessAcceptability } from "../analysis/acceptability.js";
import { items } from "../model/acceptability/index.js";
import type { ToolConfig } from "./config.js";
import { evaluate } from "../engine/evaluate.js";
import type { FileResult } from "../engine/result.js";
import { rules } from "../model/rules/index.js";
import type { LoadResult } from "../schema/load.js";
import { suggest } from "../analysis/suggest/suggest.js";

export interface ScoreExtras {
  /** Attach this many suggestions (the single-field changes that raise the total most). */
  suggestions?: number;
}

/** A loaded file's result: its scorecard with its acceptability, or its located errors. */
export function scoreLoaded(r: LoadResult, config: ToolConfig, extras: ScoreExtras = {}): FileResult {
  if (!r.ok) return { file: r.file, valid: false, errors: r.diagnostics };
  const scored = evaluate(r, rules, config.scoring);
  const acceptability = config.acceptability;
  scored.acceptability = assessAcceptability(r, scored.score, items, acceptability);
  if (extras.suggestions)
    scored.suggestions = suggest(r, { rules, scoring: config.scoring, items, acceptability }).slice(
      0,
      extras.suggestions,
    );
  return scored;
}
