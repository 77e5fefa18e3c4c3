// Score many files on every core. YAML parsing is most of the work and runs on one
// core per thread; below a few hundred files, starting threads costs more than it saves.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ToolConfig } from "../config/load.js";
import type { FileResult } from "../engine/report.js";
import type { Source } from "../engine/types.js";
import { rules } from "../rules/index.js";
import type { Limits } from "../schema/load.js";

export const THREAD_THRESHOLD = 400;
const BATCH = 50;
const WORKER = new URL("./worker.js", import.meta.url);

// Sources are the same objects for every file: threads send criteria without them,
// and the main thread puts them back, instead of copying them 14 times per file.
const sourcesOf = new Map<string, readonly Source[]>(rules.map((r) => [r.meta.id, r.meta.sources]));
export const stripSources = (r: FileResult): FileResult => (r.valid ? { ...r, criteria: r.criteria.map((c) => ({ ...c, sources: [] })) } : r);
const restoreSources = (r: FileResult): FileResult => {
  if (r.valid) for (const c of r.criteria) c.sources = sourcesOf.get(c.id) ?? [];
  return r;
};

/** Whether this run should use threads: enough files, more than one core, a built worker, and not GUARANTEE_SCORE_THREADS=0. */
export const useThreads = (count: number, env: Record<string, string | undefined> = process.env) =>
  env.GUARANTEE_SCORE_THREADS !== "0" && count >= THREAD_THRESHOLD && availableParallelism() > 1 && existsSync(fileURLToPath(WORKER));

/** Score `files` on worker threads; results come back in the order of `files`. */
export async function scoreOnThreads(files: readonly string[], config: ToolConfig, limits: Limits): Promise<FileResult[]> {
  const results = new Array<FileResult>(files.length);
  const batches = Math.ceil(files.length / BATCH);
  let next = 0;
  const threads = Math.min(availableParallelism(), batches);
  await Promise.all(
    Array.from({ length: threads }, () => {
      const worker = new Worker(WORKER, { workerData: { config, limits } });
      return new Promise<void>((resolve, reject) => {
        const send = () => {
          if (next >= batches) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const batch = next++;
          worker.postMessage({ batch, files: files.slice(batch * BATCH, (batch + 1) * BATCH) });
        };
        worker.on("message", ({ batch, results: got }: { batch: number; results: FileResult[] }) => {
          got.forEach((r, i) => (results[batch * BATCH + i] = restoreSources(r)));
          send();
        });
        worker.on("error", reject);
        send();
      });
    }),
  );
  return results;
}
