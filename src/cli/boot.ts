// Start-up: load the CommonJS bundle (cli.cjs) through vm.Script with a V8 code cache kept
// in the user's cache folder (code-cache.ts). Node 20 has no compile cache; compiling the
// bundle was a large share of a one-file run (bench/README.md). Built by scripts/build.mjs
// into dist/bundle/boot.cjs, which the binary requires (CommonJS: an ES module entry starts
// Node's ESM loader), and into dist/bundle/cli.js, for code that imports it. A cache that cannot be read, is not the user's alone, is corrupt, is
// rejected by V8 or cannot be written is ignored, and the bundle is compiled as without one.
import { createRequire } from "node:module";
import { cacheFolder, readCache, writeCache } from "./code-cache.js";

// Built-ins are required, not imported: an ESM import builds a facade that reads every
// export, and the getters behind fs.ReadStream or process load modules a run never uses.
const req = createRequire(import.meta.url);
const fs = req("node:fs") as typeof import("node:fs");
const { dirname, join } = req("node:path") as typeof import("node:path");
const { Script } = req("node:vm") as typeof import("node:vm");

/** Hash of cli.cjs, set at build time: V8 checks only a cache's source length, not its text. */
declare const GS_BUNDLE_HASH: string;

const bundle = join(dirname((req("node:url") as typeof import("node:url")).fileURLToPath(import.meta.url)), "cli.cjs");

// V8 rejects a cache made under other V8 flags; one file per flag set avoids rewriting back and forth.
const flags = `${process.execArgv.join(" ")}|${process.env.NODE_OPTIONS ?? ""}`;
let h = 0x811c9dc5;
for (let i = 0; i < flags.length; i++) h = Math.imul(h ^ flags.charCodeAt(i), 0x01000193);
const folder = cacheFolder(process.env, process.platform);
const cacheFile =
  folder && join(folder, `cli-${GS_BUNDLE_HASH}-${process.version}-${process.arch}-${(h >>> 0).toString(36)}.cache`);

// Loaded on first use: a one-file score never starts a thread, runs git or hashes a SARIF
// fingerprint, and these modules cost several milliseconds to load.
const LAZY = new Set(["node:child_process", "node:crypto", "node:fs/promises", "node:os", "node:worker_threads"]);

function lazy(id: string): object {
  let loaded: object | undefined;
  const real = () => (loaded ??= req(id) as object);
  return new Proxy(
    {},
    {
      get: (_, key) => Reflect.get(real(), key),
      has: (_, key) => Reflect.has(real(), key),
      ownKeys: () => Reflect.ownKeys(real()),
      getOwnPropertyDescriptor: (_, key) => {
        const d = Reflect.getOwnPropertyDescriptor(real(), key);
        return d && { ...d, configurable: true };
      },
    },
  );
}

const bundleRequire = (id: string): unknown => (LAZY.has(id) ? lazy(id) : req(id));

type Exports = { run(): Promise<void> };

function load(): Exports {
  const cachedData = cacheFile ? readCache(cacheFile, folder!) : undefined;
  // The build keeps the bundle ASCII, so latin1 reads it exactly, without UTF-8 decoding.
  const source = fs.readFileSync(bundle, "latin1");
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  // Written after the run, so that the functions it compiled are in the cache too.
  if (cacheFile && (!cachedData || script.cachedDataRejected))
    process.once("exit", () => writeCache(cacheFile, folder!, script.createCachedData()));
  const module = { exports: {} as Exports };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    bundleRequire,
    module,
    bundle,
    dirname(bundle),
  );
  return module.exports;
}

export const run = (): Promise<void> => load().run();
