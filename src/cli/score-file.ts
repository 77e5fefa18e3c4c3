import type { ToolConfig } from "../config/load.js";
import { evaluate } from "../engine/evaluate.js";
import type { FileResult } from "../engine/report.js";
import { rules } from "../rules/index.js";
import type { LoadResult } from "../schema/load.js";

/** A loaded file's result: its scorecard, or its located errors. */
export function scoreLoaded(r: LoadResult, config: ToolConfig): FileResult {
  return r.ok ? evaluate(r, rules, config.scoring) : { file: r.file, valid: false, errors: r.diagnostics };
}
