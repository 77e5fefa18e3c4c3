// Bundle the CLI into a few files: one module graph to load instead of hundreds is
// most of the cold-start cost (bench/README.md). Formats load their libraries lazily,
// and code splitting keeps those in chunks of their own, off the start-up path.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { rm } from "node:fs/promises";

await rm("dist/bundle", { recursive: true, force: true });
await build({
  entryPoints: { cli: "src/cli/main.ts", worker: "src/cli/worker.ts" },
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Smaller source compiles faster at every start; names stay readable in stack traces.
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "linked",
  // CommonJS dependencies (commander, cli-table3) call require(); give them one.
  banner: { js: 'import { createRequire as __gsCreateRequire } from "node:module"; const require = __gsCreateRequire(import.meta.url);' },
  logLevel: "warning",
});

// The reference scores with the default settings, computed by the code just bundled.
await build({ entryPoints: { "references-cache": "src/references/cache.ts" }, outdir: "dist/bundle", bundle: true, format: "esm", platform: "node", target: "node20", logLevel: "warning", banner: { js: 'import { createRequire as __gsCreateRequire } from "node:module"; const require = __gsCreateRequire(import.meta.url);' } });
execFileSync(process.execPath, ["dist/bundle/references-cache.js"], { stdio: "inherit" });
await rm("dist/bundle/references-cache.js");
