// The work done on one loaded file, on whichever thread read it: the engine's score, the
// acceptability figure and, when asked, the suggestions. score-files.ts adds the rest.
import { assessAcceptability, type Acceptability } from "../analysis/acceptability.js";
import { suggest } from "../analysis/suggest/suggest.js";
import type { Suggestion } from "../analysis/suggest/types.js";
import { evaluate } from "../engine/evaluate.js";
import type { FileResult } from "../engine/result.js";
import { items } from "../model/acceptability/index.js";
import { rules } from "../model/rules/index.js";
import type { LoadResult } from "../schema/load.js";
import type { ToolConfig } from "./config.js";

export interface ScoreExtras {
  /** Keep this many suggestions (the single-field changes that raise the total most). */
  suggestions?: number;
}

/** A file's engine result, with what is computed where the file was read. */
export interface Analysed {
  result: FileResult;
  /** Set for a valid file. */
  acceptability?: Acceptability;
  suggestions?: Suggestion[];
}

export function analyseFile(r: LoadResult, config: ToolConfig, extras: ScoreExtras = {}): Analysed {
  if (!r.ok) return { result: { file: r.file, valid: false, errors: r.diagnostics } };
  const result = evaluate(r, rules, config.scoring);
  const acceptability = assessAcceptability(r, result.score, items, config.acceptability);
  if (!extras.suggestions) return { result, acceptability };
  const settings = { rules, scoring: config.scoring, items, acceptability: config.acceptability };
  return { result, acceptability, suggestions: suggest(r, settings).slice(0, extras.suggestions) };
}
