// A scoring thread: loads and scores the files it is sent, in order. Started by pool.ts.
import { parentPort, workerData } from "node:worker_threads";
import type { ToolConfig } from "../config/load.js";
import { loadFileSync, type Limits } from "../schema/load.js";
import { scoreLoaded, type ScoreExtras } from "./score-file.js";
import { stripSources } from "./pool.js";

const { config, limits, extras } = workerData as { config: ToolConfig; limits: Limits; extras?: ScoreExtras };

parentPort!.on("message", ({ batch, files }: { batch: number; files: string[] }) => {
  const results = files.map((f) => stripSources(scoreLoaded(loadFileSync(f, limits), config, extras)));
  parentPort!.postMessage({ batch, results });
});
