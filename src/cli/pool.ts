// Score files in path order, with a bounded number in flight, on worker threads when
// there are enough files to repay starting them. YAML parsing is most of the work;
// each thread parses on a core of its own. Results come out in the order of `files`,
// whatever order they finish in, and never more than a window ahead of the consumer.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ToolConfig } from "../config/load.js";
import type { FileResult } from "../engine/report.js";
import type { Source } from "../engine/types.js";
import { rules } from "../rules/index.js";
import type { Limits } from "../schema/load.js";
import { perform, readInput } from "./helper.js";
import type { ScoreExtras } from "./score-file.js";
import { items } from "../acceptability/index.js";

export const THREAD_THRESHOLD = 400;
const BATCH = 50;
const IN_PROCESS_WINDOW = 16;
const WORKER = new URL("./worker.js", import.meta.url);

// Sources are the same objects for every file: threads send criteria without them,
// and the main thread puts them back, instead of copying them 14 times per file.
const sourcesOf = new Map<string, readonly Source[]>(rules.map((r) => [r.meta.id, r.meta.sources]));
const itemSourcesOf = new Map<string, readonly Source[]>(items.map((i) => [i.meta.id, i.meta.sources]));
export const stripSources = (r: FileResult): FileResult =>
  r.valid
    ? {
        ...r,
        criteria: r.criteria.map((c) => ({ ...c, sources: [] })),
        ...(r.acceptability ? { acceptability: { ...r.acceptability, items: r.acceptability.items.map((i) => ({ ...i, sources: [] })) } } : {}),
      }
    : r;
const restoreSources = (r: FileResult): FileResult => {
  if (r.valid) for (const c of r.criteria) c.sources = sourcesOf.get(c.id) ?? [];
  if (r.valid && r.acceptability) for (const i of r.acceptability.items) i.sources = itemSourcesOf.get(i.id) ?? [];
  return r;
};

/** Whether this run should use threads: enough files, more than one core, a built worker, and not GUARANTEE_SCORE_THREADS=0. */
export const useThreads = (count: number, env: Record<string, string | undefined> = process.env) =>
  env.GUARANTEE_SCORE_THREADS !== "0" && count >= THREAD_THRESHOLD && availableParallelism() > 1 && existsSync(fileURLToPath(WORKER));

export function scoreInOrder(files: readonly string[], config: ToolConfig, limits: Limits, extras: ScoreExtras = {}): AsyncGenerator<FileResult> {
  return useThreads(files.length) ? onThreads(files, config, limits, extras) : inProcess(files, config, limits, extras);
}

async function* inProcess(files: readonly string[], config: ToolConfig, limits: Limits, extras: ScoreExtras): AsyncGenerator<FileResult> {
  const pending: Promise<FileResult>[] = [];
  let next = 0;
  const fill = () => {
    while (next < files.length && pending.length < IN_PROCESS_WINDOW) {
      const f = files[next++]!;
      pending.push(readInput(f, limits.maxBytes).then((input) => perform({ kind: "score", input, limits, config, extras })));
    }
  };
  fill();
  while (pending.length) {
    const r = await pending.shift()!;
    fill();
    yield r;
  }
}

async function* onThreads(files: readonly string[], config: ToolConfig, limits: Limits, extras: ScoreExtras): AsyncGenerator<FileResult> {
  const batches = Math.ceil(files.length / BATCH);
  const threads = Math.min(availableParallelism(), batches);
  const window = threads * 4; // batches dispatched ahead of the one being yielded
  const done = new Map<number, FileResult[]>();
  let dispatched = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const idle: Worker[] = [];
  const workers = Array.from({ length: threads }, () => new Worker(WORKER, { workerData: { config, limits, extras } }));
  // Never the reason the process stays alive, whatever path ends the run.
  for (const w of workers) w.unref();
  let yielded = 0;
  const dispatch = () => {
    while (idle.length && dispatched < batches && dispatched < yielded + window) {
      const b = dispatched++;
      idle.pop()!.postMessage({ batch: b, files: files.slice(b * BATCH, (b + 1) * BATCH) });
    }
  };
  for (const w of workers) {
    w.on("message", ({ batch, results }: { batch: number; results: FileResult[] }) => {
      done.set(batch, results.map(restoreSources));
      idle.push(w);
      dispatch();
      wake?.();
    });
    w.on("error", (e) => {
      failure = e;
      wake?.();
    });
    idle.push(w);
  }
  try {
    dispatch();
    for (; yielded < batches; yielded++) {
      while (!done.has(yielded)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const results = done.get(yielded)!;
      done.delete(yielded);
      dispatch();
      yield* results;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
