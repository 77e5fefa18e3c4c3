import { assessAcceptability } from "../acceptability/assess.js";
import { defaultAcceptabilityConfig } from "../acceptability/config.js";
import { items } from "../acceptability/index.js";
import type { ToolConfig } from "../config/load.js";
import { evaluate } from "../engine/evaluate.js";
import type { FileResult } from "../engine/report.js";
import { rules } from "../rules/index.js";
import type { LoadResult } from "../schema/load.js";
import { suggest } from "../suggest/suggest.js";

export interface ScoreExtras {
  /** Attach this many suggestions (the single-field changes that raise the total most). */
  suggestions?: number;
}

/** A loaded file's result: its scorecard with its acceptability, or its located errors. */
export function scoreLoaded(r: LoadResult, config: ToolConfig, extras: ScoreExtras = {}): FileResult {
  if (!r.ok) return { file: r.file, valid: false, errors: r.diagnostics };
  const scored = evaluate(r, rules, config.scoring);
  const acceptability = config.acceptability ?? defaultAcceptabilityConfig();
  scored.acceptability = assessAcceptability(r, scored.score, items, acceptability);
  if (extras.suggestions)
    scored.suggestions = suggest(r, { rules, scoring: config.scoring, items, acceptability }).slice(
      0,
      extras.suggestions,
    );
  return scored;
}
