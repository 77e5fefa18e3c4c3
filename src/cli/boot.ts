// Start-up: load the CommonJS bundle (cli.cjs) through vm.Script with a V8 code cache kept
// beside it. Node 20 has no compile cache; compiling the bundle was a large share of a
// one-file run (bench/README.md). Built into dist/bundle/cli.js by scripts/build.mjs.
// Any failure to read, use or write the cache falls back to compiling: never an error.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { arch } from "node:process";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

/** Hash of cli.cjs, set at build time: V8 checks only a cache's source length, not its text. */
declare const GS_BUNDLE_HASH: string;

const dir = dirname(fileURLToPath(import.meta.url));
const bundle = join(dir, "cli.cjs");

// V8 rejects a cache made under other V8 flags; one file per flag set avoids rewriting back and forth.
const flags = `${process.execArgv.join(" ")}|${process.env.NODE_OPTIONS ?? ""}`;
let h = 0x811c9dc5;
for (let i = 0; i < flags.length; i++) h = Math.imul(h ^ flags.charCodeAt(i), 0x01000193);
const cacheFile = join(dir, `cli-${GS_BUNDLE_HASH}-${process.version}-${arch}-${(h >>> 0).toString(36)}.cache`);

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

type Exports = { run(): Promise<void> };

function load(): Exports {
  const cachedData = readCache();
  // The build keeps the bundle ASCII, so latin1 reads it exactly, without UTF-8 decoding.
  const source = readFileSync(bundle, "latin1");
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  // Written after the run, so that the functions it compiled are in the cache too.
  if (!cachedData || script.cachedDataRejected) process.once("exit", () => writeCache(script));
  const module = { exports: {} as Exports };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dir);
  return module.exports;
}

function writeCache(script: Script): void {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    // A temporary name, then a rename: a run starting meanwhile never reads half a file.
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
  } catch {
    // A read-only install: every run compiles, as without a cache.
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing more to tidy
    }
  }
}

export const run = (): Promise<void> => load().run();
