// --cache and --cache-location, for the commands that score files (score, check).
import type { Command } from "commander";
import { CACHE_FILE, cachePath } from "../run/cache.js";
import { UsageError } from "./errors.js";

export interface CacheFlags {
  cache?: boolean;
  cacheLocation?: string;
}

export const withCache = (cmd: Command): Command =>
  cmd
    .option(
      "--cache",
      `keep each file's result in ${CACHE_FILE} and score again only the files whose bytes changed (gates are always checked again)`,
    )
    .option("--cache-location <path>", `the cache's file, or a folder to keep ${CACHE_FILE} in (turns the cache on)`);

/** The result cache's file, or undefined when the run keeps none. */
export function cacheFor(o: CacheFlags): string | undefined {
  if (o.cacheLocation === "") throw new UsageError("--cache-location: expected a file or a folder");
  return o.cache || o.cacheLocation !== undefined ? cachePath(o.cacheLocation) : undefined;
}
