// --cache and --cache-location, for the commands that score files (score, check).
import { createHash } from "node:crypto";
import { mkdirSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Command } from "commander";
import { CACHE_FILE, cachePath } from "../run/cache.js";
import { cacheFolder } from "./code-cache.js";
import { UsageError } from "./errors.js";
import type { IO } from "./io.js";

export interface CacheFlags {
  cache?: boolean;
  cacheLocation?: string;
}

export const withCache = (cmd: Command): Command =>
  cmd
    .option(
      "--cache",
      "keep each file's result in the user's cache folder (one file per folder the run starts from) and score again only the files whose bytes changed (gates are always checked again)",
    )
    .option("--cache-location <path>", `the cache's file, or a folder to keep ${CACHE_FILE} in (turns the cache on)`);

/**
 * The result cache's file, or undefined when the run keeps none. By default it is never in the
 * folder the run reads: a cache there could be one a pull request committed, with scores of its
 * choosing (README, Running on pull requests). Only --cache-location puts it elsewhere.
 */
export function cacheFor(o: CacheFlags, io: Pick<IO, "env" | "cwd">): string | undefined {
  if (o.cacheLocation === "") throw new UsageError("--cache-location: expected a file or a folder");
  if (o.cacheLocation !== undefined) {
    // As ESLint does, a folder that does not exist yet is made (one named with a trailing slash, or
    // the one the file is to be in): a CI job can point at a fresh cache folder.
    const file = cachePath(o.cacheLocation);
    makeFolder(dirname(resolve(io.cwd, file)));
    return file;
  }
  if (!o.cache) return undefined;
  const folder = cacheFolder(io.env, process.platform);
  if (!folder) return undefined;
  makeFolder(folder);
  const here = createHash("sha256").update(realpathSync(io.cwd)).digest("hex").slice(0, 16);
  return join(folder, `results-${here}`);
}

function makeFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    // Left to the write, which says once that it cannot keep the cache.
  }
}
