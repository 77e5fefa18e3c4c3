// Score files in path order, with a bounded number in flight, on worker threads when
// there are enough files to repay starting them. YAML parsing is most of the work;
// each thread parses on a core of its own. Results come out in the order of `files`,
// whatever order they finish in, and never more than a window ahead of the consumer.
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { NOTE } from "../analysis/acceptability.js";
import { items } from "../model/acceptability/index.js";
import type { Meta } from "../model/kernel.js";
import { rules } from "../model/rules/index.js";
import { useFastPath, type Limits } from "../schema/load.js";
import type { Analysed, ScoreExtras } from "./analyse-file.js";
import type { ToolConfig } from "./config.js";
import { perform, readInputSync } from "./helper.js";

export const THREAD_THRESHOLD = 400;
const FAST_PATH_FILES = 8;
const BATCH = 50;
const IN_PROCESS_WINDOW = 16;
const WORKER = new URL("./worker.js", import.meta.url);

// Sources are the same objects for every file: threads send criteria without them,
// and the main thread puts them back, instead of copying them 14 times per file. Titles and
// the acceptability note are the registry's text too: left out where they are the registry's
// (a cached result's text was a fifth titles and the note), and put back.
const ruleMeta = new Map<string, Meta>(rules.map((r) => [r.meta.id, r.meta]));
const itemMeta = new Map<string, Meta>(items.map((i) => [i.meta.id, i.meta]));
const ifNot = <T>(value: T, registry: T | undefined): T | undefined => (value === registry ? undefined : value);
export const stripSources = (a: Analysed): Analysed => {
  const { result: r, acceptability: acc } = a;
  if (!r.valid) return a;
  return {
    ...a,
    result: {
      ...r,
      criteria: r.criteria.map((c) => ({ ...c, title: ifNot(c.title, ruleMeta.get(c.id)?.title)!, sources: [] })),
    },
    ...(acc
      ? {
          acceptability: {
            ...acc,
            items: acc.items.map((i) => ({ ...i, title: ifNot(i.title, itemMeta.get(i.id)?.title)!, sources: [] })),
            note: ifNot(acc.note, NOTE)!,
          },
        }
      : {}),
  };
};
export const restoreSources = (a: Analysed): Analysed => {
  if (a.result.valid)
    for (const c of a.result.criteria) {
      c.sources = ruleMeta.get(c.id)?.sources ?? [];
      c.title ??= ruleMeta.get(c.id)?.title as string;
    }
  for (const i of a.acceptability?.items ?? []) {
    i.sources = itemMeta.get(i.id)?.sources ?? [];
    i.title ??= itemMeta.get(i.id)?.title as string;
  }
  if (a.acceptability) a.acceptability.note ??= NOTE;
  return a;
};

/** How busy the machine is: its cores, and the threads of other processes running now. */
export interface Machine {
  cores: number;
  busy: number;
}

// Two readings of the load, and the higher wins. Linux's count of threads running now
// (/proc/loadavg, "running/total"; the median of five reads 4 ms apart, less this thread) sees a
// neighbour that started a moment ago; the one-minute load average (less one, for runs of this
// tool just before) sees a busy neighbour that happens to be waiting at the instant of a read.
// Under a load of 7 on two cores, the least of three instant reads often found a core free.
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
function machine(): Machine {
  const cores = availableParallelism();
  const average = loadavg()[0]! - 1;
  try {
    const running: number[] = [];
    for (let i = 0; i < 5; i++) {
      if (i) pause(4);
      running.push(Number(readFileSync("/proc/loadavg", "utf8").split(" ")[3]!.split("/")[0]) - 1);
    }
    const now = running.sort((a, b) => a - b)[2]!;
    return { cores, busy: Math.max(0, Number.isFinite(now) ? Math.max(now, average) : average) };
  } catch {
    return { cores, busy: Math.max(0, average) };
  }
}

/**
 * Worker threads for a run of `count` files. They pay only on cores no one else is using: on an
 * idle two-core machine they saved 18-26 %, and with another process on one core they cost
 * 23-35 %. So: none below THREAD_THRESHOLD files or unless two cores are free; one per free core.
 * GUARANTEE_SCORE_THREADS=0 keeps every file on the main thread, =N uses N threads whatever the load.
 */
export function threadsFor(
  count: number,
  env: Record<string, string | undefined> = process.env,
  now: () => Machine = machine,
): number {
  const setting = env.GUARANTEE_SCORE_THREADS;
  if (setting === "0") return 0;
  const batches = Math.ceil(count / BATCH);
  if (setting && /^[1-9][0-9]*$/.test(setting)) return Math.min(Number(setting), batches);
  if (count < THREAD_THRESHOLD) return 0;
  const { cores, busy } = now();
  const free = Math.floor(cores - busy);
  return free >= 2 ? Math.min(free, batches) : 0;
}

export function scoreInOrder(
  files: readonly string[],
  config: ToolConfig,
  limits: Limits,
  extras: ScoreExtras = {},
): AsyncGenerator<Analysed> {
  // A build without the worker (the tests run the sources) scores on the main thread.
  const threads = existsSync(fileURLToPath(WORKER)) ? threadsFor(files.length) : 0;
  return threads ? onThreads(files, threads, config, limits, extras) : inProcess(files, config, limits, extras);
}

async function* inProcess(
  files: readonly string[],
  config: ToolConfig,
  limits: Limits,
  extras: ScoreExtras,
): AsyncGenerator<Analysed> {
  // The fast parse path, loaded only for a run of several files (schema/load.ts says why).
  if (files.length >= FAST_PATH_FILES) useFastPath((await import("../schema/fast.js")).fastParse);
  const pending: Promise<Analysed>[] = [];
  let next = 0;
  const fill = () => {
    while (next < files.length && pending.length < IN_PROCESS_WINDOW) {
      const f = files[next++]!;
      pending.push(perform({ kind: "score", input: readInputSync(f, limits.maxBytes), limits, config, extras }));
    }
  };
  fill();
  while (pending.length) {
    const r = await pending.shift()!;
    fill();
    yield r;
  }
}

/** What the pool needs of a thread: node:worker_threads' Worker, or a stand-in in tests. */
export interface Thread {
  postMessage(message: { batch: number; files: string[] }): void;
  on(event: "message", listener: (reply: { batch: number; results: Analysed[] }) => void): unknown;
  on(event: "error" | "messageerror" | "exit", listener: (e: unknown) => void): unknown;
  terminate(): Promise<unknown>;
}

function onThreads(
  files: readonly string[],
  threads: number,
  config: ToolConfig,
  limits: Limits,
  extras: ScoreExtras,
): AsyncGenerator<Analysed> {
  return inBatches(files, threads, () => new Worker(WORKER, { workerData: { config, limits, extras } }));
}

/**
 * Batches of BATCH files go to idle threads in order, never more than `threads * 4` batches
 * ahead of the one being yielded. Whenever the consumer waits for batch b, b is in flight:
 * b is the lowest batch not yet dispatched or later, and every event that frees a thread
 * (a reply) or moves the window (a batch yielded) dispatches again, so the pool cannot wait
 * on itself. What can keep it waiting is a thread that never replies: one that ends without
 * an "error" event, or whose reply cannot be read, now fails the run instead.
 */
export async function* inBatches(
  files: readonly string[],
  threads: number,
  spawn: () => Thread,
): AsyncGenerator<Analysed> {
  const batches = Math.ceil(files.length / BATCH);
  const window = threads * 4; // batches dispatched ahead of the one being yielded
  const done = new Map<number, Analysed[]>();
  let dispatched = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const idle: Thread[] = [];
  const workers = Array.from({ length: threads }, spawn);
  let yielded = 0;
  let finished = false;
  const dispatch = () => {
    while (idle.length && dispatched < batches && dispatched < yielded + window) {
      const b = dispatched++;
      idle.pop()!.postMessage({ batch: b, files: files.slice(b * BATCH, (b + 1) * BATCH) });
    }
  };
  const fail = (e: unknown) => {
    failure ??= e;
    wake?.();
  };
  for (const w of workers) {
    w.on("message", ({ batch, results }) => {
      done.set(batch, results.map(restoreSources));
      idle.push(w);
      dispatch();
      wake?.();
    });
    w.on("error", fail);
    w.on("messageerror", () => fail(new Error("a scoring thread sent a reply that could not be read")));
    // Ending is normal only once the run is over (terminate below).
    w.on("exit", (code) => finished || fail(new Error(`a scoring thread stopped (exit code ${String(code)})`)));
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
    finished = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
