// The one pipeline of the commands that score files (score, check, report): each file read and
// analysed in path order (on worker threads for large folders), then its result built in one
// place, `assemble`: the engine's score, the acceptability figure, its place among the
// references, the suggestions and the gates.
import { dirname, resolve } from "node:path";
import { place, referencesFor, type Reference } from "../analysis/references.js";
import { Gatekeeper, type Gates, type WaiverStatus } from "../engine/gates.js";
import { rules } from "../model/rules/index.js";
import type { Limits } from "../schema/load.js";
import type { Analysed } from "./analyse-file.js";
import type { ToolConfig } from "./config.js";
import { uncheckedProblem, type Unchecked } from "./files.js";
import { usesDefaults } from "./head.js";
import { perform } from "./helper.js";
import type { Input } from "./jobs.js";
import { displayName } from "../util/sanitize.js";
import { cachedInOrder, openCache } from "./cached-scores.js";
import { scoreInOrder } from "./pool.js";
import type { FileReport, Summary } from "./result.js";

export interface ScoreInput {
  /** Files to read; scored and reported in path order. */
  files: readonly string[];
  /** Paths that cannot be checked: each is reported as an invalid file, in its place by name. */
  unchecked?: readonly Unchecked[];
  /** Standard input, already read. */
  stdin?: Input;
}

export interface ScoreSettings {
  config: ToolConfig;
  limits: Limits;
  /** `{ failOn: [] }` when the command does not gate. */
  gates: Gates;
  /** The date waivers expire against. */
  today: string;
  /** Keep this many suggestions per file. */
  suggestions?: number;
  /** --cache: the result cache's file. */
  cache?: string;
  /** Told when the result cache cannot be written (the run's results do not depend on it). */
  warn?: (message: string) => void;
  /** The references to place files among; loaded here when needed if not given. */
  references?: readonly Reference[];
}

export interface ScoreRun {
  /** One per file, in path order. Ending early (return or throw) stops the threads. */
  results: AsyncGenerator<FileReport>;
  /** Counted as the results are taken. */
  summary: Summary;
  /** Which waivers applied, expired, went unused or were overridden: complete once every result is taken. */
  waivers(): WaiverStatus[];
}

/** The reference library scored with this run's settings (read from the build's cache for the defaults). */
export const references = (config: ToolConfig): Promise<Reference[]> =>
  referencesFor(rules, config.scoring, usesDefaults(config), config.acceptability);

/** A file's result as every format reads it, from what was computed where it was read. */
export function assemble(a: Analysed, refs: readonly Reference[], keeper: Gatekeeper): FileReport {
  const r = a.result;
  const gate = keeper.check(r);
  if (!r.valid) return { ...r, gate };
  return {
    ...r,
    ...(a.acceptability ? { acceptability: a.acceptability } : {}),
    nearest: place(r.score, r.id, refs),
    ...(a.suggestions ? { suggestions: a.suggestions } : {}),
    gate,
  };
}

export async function scoreFiles(input: ScoreInput, s: ScoreSettings): Promise<ScoreRun> {
  const extras = { suggestions: s.suggestions };
  const { config, limits } = s;
  const stdin = input.stdin ? await perform({ kind: "score", input: input.stdin, limits, config, extras }) : undefined;
  const refs = s.references ?? (input.files.length || stdin?.result.valid ? await references(config) : []);
  // Results known before scoring (standard input, paths that cannot be checked), placed among the files by name.
  const ready = new Map<string, Analysed>(
    (input.unchecked ?? []).map((u) => [
      u.path,
      { result: { file: u.path, valid: false, errors: [uncheckedProblem(u)] } },
    ]),
  );
  if (stdin) ready.set(stdin.result.file, stdin);
  const keeper = new Gatekeeper(s.gates, config.waivers, s.today, config.file && dirname(resolve(config.file)));
  const summary: Summary = { files: 0, passed: 0, failed: 0, invalid: 0, waived: 0 };

  async function* results(): AsyncGenerator<FileReport> {
    const sorted = [...input.files].sort();
    const order = ready.size ? [...sorted, ...ready.keys()].sort() : sorted;
    const cache = s.cache ? openCache(s.cache, config, limits, extras) : undefined;
    const scored = cache
      ? cachedInOrder(sorted, config, limits, extras, cache)
      : scoreInOrder(sorted, config, limits, extras);
    try {
      for (const name of order) {
        const r = assemble(ready.get(name) ?? (await scored.next()).value!, refs, keeper);
        summary.files++;
        if (r.gate.passed) summary.passed++;
        else if (r.valid) summary.failed++;
        else summary.invalid++;
        summary.waived += r.gate.waived.length;
        yield r;
      }
      try {
        cache?.save();
      } catch (e) {
        s.warn?.(
          `cannot write the result cache ${displayName(s.cache!)} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): the next run scores every file again`,
        );
      }
    } finally {
      // Ending the generator stops its threads.
      await scored.return(undefined);
    }
  }
  return { results: results(), summary, waivers: () => keeper.waivers() };
}
