// Bundle the CLI: one module graph to load instead of hundreds was most of the cold-start
// cost (bench/README.md). The start-up path is one CommonJS file, dist/bundle/cli.cjs, that
// dist/bundle/boot.cjs (src/cli/boot.ts) compiles through vm.Script with a V8 code cache kept
// in the user's cache folder (src/cli/code-cache.ts), never in dist/ and so never in the
// npm package. The worker threads load an ESM bundle of their own.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { rm } from "node:fs/promises";

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  // Smaller source compiles faster; names stay readable in stack traces.
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "linked",
  logLevel: "warning",
};
// CommonJS dependencies (commander, cli-table3) call require(); give ESM bundles one.
const esmRequire = {
  js: 'import { createRequire as __gsCreateRequire } from "node:module"; const require = __gsCreateRequire(import.meta.url);',
};

await rm("dist/bundle", { recursive: true, force: true });

// A hash of the code a result depends on (every source file and the locked dependencies): the
// result cache (--cache, src/run/cache.ts) keys on it, so that a change to the rules without a
// new version number never serves a stale score.
const codeHash = createHash("sha256");
for (const f of readdirSync("src", { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name))
  .sort())
  codeHash.update(`${f}\0`).update(readFileSync(f));
codeHash.update(readFileSync("package-lock.json"));
const CODE_HASH = codeHash.digest("hex").slice(0, 16);

// One file, no chunks: the lazily loaded formats cost nothing until called, since V8
// compiles a function when it first runs, and the code cache spares even the pre-parse.
const main = await build({
  ...common,
  metafile: true,
  entryPoints: { cli: "src/cli/main.ts" },
  outdir: "dist/bundle",
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  // The bundle's file, passed in by boot.ts, stands for import.meta.url.
  define: { "import.meta.url": "__gsUrl", GS_CODE_HASH: JSON.stringify(CODE_HASH) },
  banner: { js: 'var __gsUrl = require("node:url").pathToFileURL(__filename).href;' },
  charset: "ascii",
});
writeNotices(main.metafile);
const source = readFileSync("dist/bundle/cli.cjs");
// boot.ts reads it as latin1, which is exact only for ASCII.
if (source.some((b) => b > 0x7f)) throw new Error("dist/bundle/cli.cjs is not ASCII");
const hash = createHash("sha256").update(source).digest("hex").slice(0, 12);

// The binary requires boot.cjs: an ES module entry starts Node's ESM loader (its resolver, its
// fs/promises and readline modules), 7-18 ms of CPU in a one-file run (bench/README.md).
// cli.js, the same boot as an ES module, stays for code that imports it.
await build({
  ...common,
  entryPoints: { boot: "src/cli/boot.ts" },
  outdir: "dist/bundle",
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  define: { GS_BUNDLE_HASH: JSON.stringify(hash), "import.meta.url": "__gsUrl" },
  banner: { js: 'var __gsUrl = require("node:url").pathToFileURL(__filename).href;' },
});
await build({
  ...common,
  entryPoints: { cli: "src/cli/boot.ts" },
  outdir: "dist/bundle",
  format: "esm",
  define: { GS_BUNDLE_HASH: JSON.stringify(hash) },
});
await build({
  ...common,
  entryPoints: { worker: "src/run/worker.ts" },
  outdir: "dist/bundle",
  format: "esm",
  banner: esmRequire,
});

// The reference scores with the default settings, computed by the code just bundled.
await build({
  ...common,
  entryPoints: { "references-cache": "src/analysis/cache.ts" },
  outdir: "dist/bundle",
  format: "esm",
  banner: esmRequire,
  minifySyntax: false,
  minifyWhitespace: false,
});
execFileSync(process.execPath, ["dist/bundle/references-cache.js"], { stdio: "inherit" });
await rm("dist/bundle/references-cache.js");

// Warm this build's code cache in the user's cache folder: the first run writes it on exit,
// with the functions that run compiled, and a table scorecard is the run the cache is for
// (bench/cold-start.mjs). Where the folder cannot be written, nothing is cached.
execFileSync(process.execPath, ["bin/guarantee-score.js", "proposals/bilateral-agreements-2024.yaml"], {
  stdio: "ignore",
  env: { ...process.env, NO_COLOR: "1" },
});

// The libraries are inlined, so the package installs none of them (package.json lists them as
// devDependencies); their licences travel with the bundle instead, as their terms ask.
function writeNotices(metafile) {
  const names = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) names.add(m[1]);
  }
  const parts = [...names].sort().map((name) => {
    const dir = `node_modules/${name}`;
    const { version, license } = JSON.parse(readFileSync(`${dir}/package.json`, "utf8"));
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    if (!file) throw new Error(`${name} is bundled but ships no licence file`);
    return `${name} ${version} (${license})\n\n${readFileSync(`${dir}/${file}`, "utf8").trim()}\n`;
  });
  writeFileSync(
    "dist/bundle/THIRD-PARTY-LICENSES.txt",
    `guarantee-score bundles these libraries into dist/bundle/:\n\n${parts.join(`\n${"-".repeat(72)}\n\n`)}`,
  );
}
