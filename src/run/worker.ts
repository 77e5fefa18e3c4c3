// A scoring thread: loads and scores the files it is sent, in order (pool.ts); or, as the
// helper thread (helper.ts), runs one job on a large input at a time.
import { parentPort, workerData } from "node:worker_threads";
import type { ToolConfig } from "./config.js";
import { fastParse } from "../schema/fast.js";
import { loadFileSync, useFastPath, type Limits } from "../schema/load.js";
import { runJob, type Job } from "./jobs.js";
import { analyseFile, type ScoreExtras } from "./analyse-file.js";
import { stripSources } from "./pool.js";

// A scoring thread is sent batches of files: the fast parse path pays.
if (workerData) useFastPath(fastParse);

const { config, limits, extras } = (workerData ?? {}) as { config: ToolConfig; limits: Limits; extras?: ScoreExtras };

parentPort!.on("message", (m: { batch: number; files: string[] } | { id: number; job: Job }) => {
  if ("job" in m) {
    try {
      parentPort!.postMessage({ id: m.id, result: runJob(m.job) });
    } catch (e) {
      parentPort!.postMessage({ id: m.id, error: (e as Error)?.message ?? String(e) });
    }
    return;
  }
  const results = m.files.map((f) => stripSources(analyseFile(loadFileSync(f, limits), config, extras)));
  parentPort!.postMessage({ batch: m.batch, results });
});
