// A large input is parsed and scored on a helper thread. yaml takes seconds over a few
// megabytes (with raised limits), and Node answers a signal (SIGTERM from a CI timeout) only
// between tasks of the main thread: during such a parse a run could not be stopped. An
// ordinary proposal (about 10 KiB) never starts the thread, so a one-file run starts as fast.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { readLimited, readLimitedSync } from "../schema/load.js";
import { jobBytes, runJob, type Input, type Job, type Results } from "./jobs.js";

/** Inputs at least this large go to the helper thread; parsing less takes well under a second. */
export const OFF_THREAD_BYTES = 256 * 1024;
const WORKER = new URL("./worker.js", import.meta.url);

type Pending = { resolve: (r: unknown) => void; reject: (e: unknown) => void };
let helper: { worker: Worker; pending: Map<number, Pending> } | undefined;
let nextId = 0;

/** A file's bytes, or why they could not be read. */
export async function readInput(file: string, maxBytes: number): Promise<Input> {
  const read = await readLimited(file, maxBytes);
  return read.ok ? { ok: true, file, buf: read.buf } : read;
}

/**
 * readInput, blocking: for the files of a run. A proposal is read in a fraction of a millisecond;
 * four asynchronous calls per file (open, stat, read, close) cost more than that in the event
 * loop and the thread pool (a tenth of a 1,000-file run), and fs/promises costs a cold start.
 */
export function readInputSync(file: string, maxBytes: number): Input {
  const read = readLimitedSync(file, maxBytes);
  return read.ok ? { ok: true, file, buf: read.buf } : read;
}

/** Run a job: on this thread for an ordinary input, on the helper thread for a large one. */
export function perform<J extends Job>(
  job: J,
  env: Record<string, string | undefined> = process.env,
): Promise<Results[J["kind"]]> {
  // GUARANTEE_SCORE_THREADS=0 keeps every file on the main thread, as documented; so does a build without the worker.
  if (jobBytes(job) < OFF_THREAD_BYTES || env.GUARANTEE_SCORE_THREADS === "0" || !existsSync(fileURLToPath(WORKER))) {
    return new Promise((resolve) => resolve(runJob(job)));
  }
  helper ??= start();
  const h = helper;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    h.pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
    // Alive while it has work, and never the reason the process stays up once it has none.
    h.worker.ref();
    h.worker.postMessage({ id, job });
  });
}

function start(): NonNullable<typeof helper> {
  const worker = new Worker(WORKER);
  const h = { worker, pending: new Map<number, Pending>() };
  worker.on("message", ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
    const p = h.pending.get(id);
    h.pending.delete(id);
    if (!h.pending.size) worker.unref();
    if (error !== undefined) p?.reject(new Error(error));
    else p?.resolve(result);
  });
  // A thread that dies fails its jobs, never leaves them waiting; the next job starts a new one.
  const fail = (e: unknown) => {
    if (helper === h) helper = undefined;
    for (const p of h.pending.values()) p.reject(e);
    h.pending.clear();
  };
  worker.on("error", fail);
  worker.on("messageerror", fail);
  worker.on("exit", (code) => fail(new Error(`the helper thread stopped (exit code ${code})`)));
  return h;
}
