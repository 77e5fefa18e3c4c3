// The work each command does with a file's bytes, as pure functions from bytes and settings to
// plain data: run on the main thread for an ordinary file, on a helper thread for a large one
// (helper.ts), so that the main thread keeps answering signals during a long parse.
import { assessAcceptability } from "../analysis/acceptability.js";
import { items } from "../model/acceptability/index.js";
import type { Acceptability } from "../analysis/acceptability.js";
import type { ToolConfig } from "./config.js";
import { compare, type ReportDiff } from "../analysis/diff/compare.js";
import { diffFields } from "../analysis/diff/fields.js";
import { evaluate } from "../engine/evaluate.js";
import type { ScoredFile } from "../engine/result.js";
import { rules } from "../model/rules/index.js";
import { loadSafely, type Failed, type Limits, type LoadResult } from "../schema/load.js";
import { suggest } from "../analysis/suggest/suggest.js";
import type { Suggestion } from "../analysis/suggest/types.js";
import { analyseFile, type Analysed, type ScoreExtras } from "./analyse-file.js";

/** A file's name and bytes, or why it could not be read. */
export type Input = { ok: true; file: string; buf: Uint8Array } | Failed;

export type Job =
  | { kind: "score"; input: Input; limits: Limits; config: ToolConfig; extras: ScoreExtras }
  | { kind: "validate"; input: Input; limits: Limits }
  | { kind: "diff"; before: Input; after: Input; limits: Limits; config: ToolConfig }
  | { kind: "suggest"; input: Input; limits: Limits; config: ToolConfig };

export type Validated = { ok: true; file: string } | Failed;
export type Diffed = { ok: true; diff: ReportDiff } | { ok: false; failed: Failed[] };
export type Suggested =
  | { ok: true; file: string; scored: ScoredFile; acceptability: Acceptability; suggestions: Suggestion[] }
  | Failed;

export interface Results {
  score: Analysed;
  validate: Validated;
  diff: Diffed;
  suggest: Suggested;
}

const load = (input: Input, limits: Limits): LoadResult =>
  input.ok ? loadSafely(input.buf, input.file, limits) : input;

export function runJob<J extends Job>(job: J): Results[J["kind"]];
export function runJob(job: Job): Results[Job["kind"]] {
  switch (job.kind) {
    case "score":
      return analyseFile(load(job.input, job.limits), job.config, job.extras);
    case "validate": {
      const r = load(job.input, job.limits);
      return r.ok ? { ok: true, file: r.file } : r;
    }
    case "diff": {
      const [before, after] = [load(job.before, job.limits), load(job.after, job.limits)];
      if (!before.ok || !after.ok) return { ok: false, failed: [before, after].filter((r): r is Failed => !r.ok) };
      const scoring = job.config.scoring;
      const b = evaluate(before, rules, scoring);
      return {
        ok: true,
        diff: compare(
          { ...b, proposal: before.proposal },
          evaluate(after, rules, scoring),
          diffFields(before.proposal, after.proposal),
          rules,
          scoring,
        ),
      };
    }
    case "suggest": {
      const loaded = load(job.input, job.limits);
      if (!loaded.ok) return loaded;
      const acceptability = job.config.acceptability;
      const scored = evaluate(loaded, rules, job.config.scoring);
      return {
        ok: true,
        file: loaded.file,
        scored,
        acceptability: assessAcceptability(loaded, scored.score, items, acceptability),
        suggestions: suggest(loaded, { rules, scoring: job.config.scoring, items, acceptability }),
      };
    }
  }
}

/** How many bytes a job reads: what decides where it runs. */
export const jobBytes = (job: Job): number => {
  const size = (i: Input) => (i.ok ? i.buf.byteLength : 0);
  return job.kind === "diff" ? size(job.before) + size(job.after) : size(job.input);
};
