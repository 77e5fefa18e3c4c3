// Goals: on 1,000 proposals in one run, guarantee-score check is at least 3.5× faster than
// Spectral linting the same files with the same criteria as a ruleset (spectral/ruleset.mjs),
// and at least 10× faster with a warm --cache.
// Spectral is not a dependency of this project: it is installed on first use into
// $SPECTRAL_DIR (default: a folder in the system temp dir) with npm.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { generate } from "./generate.mjs";
import { paired, report } from "./lib.mjs";

const node = process.execPath;
const bin = new URL("../bin/guarantee-score.js", import.meta.url).pathname;
const files = Number(process.env.FILES ?? 1000);
const runs = Number(process.env.RUNS ?? 3);
const spectralDir = process.env.SPECTRAL_DIR ?? join(tmpdir(), "guarantee-score-spectral");

if (!existsSync(join(spectralDir, "node_modules/.bin/spectral"))) {
  mkdirSync(spectralDir, { recursive: true });
  writeFileSync(join(spectralDir, "package.json"), '{ "private": true, "type": "module" }\n');
  console.log(`installing Spectral into ${spectralDir} …`);
  execFileSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "@stoplight/spectral-cli@6", "@stoplight/spectral-core@1"],
    { cwd: spectralDir, stdio: "inherit" },
  );
}
// The ruleset and the criteria it calls live beside Spectral, so its imports resolve there.
await build({
  entryPoints: [new URL("./spectral/rules-entry.ts", import.meta.url).pathname],
  outfile: join(spectralDir, "rules.mjs"),
  bundle: true,
  format: "esm",
  platform: "node",
  logLevel: "warning",
});
execFileSync("cp", [new URL("./spectral/ruleset.mjs", import.meta.url).pathname, join(spectralDir, "ruleset.mjs")]);

const dir = join(tmpdir(), `guarantee-score-bench-spectral-${files}`);
if (!existsSync(dir)) generate(dir, files);
const spectral = join(spectralDir, "node_modules/.bin/spectral");

// The warm cache: one run fills it, the timed runs find every file unchanged.
const cacheFile = join(tmpdir(), `guarantee-score-bench-cache-${files}`);
rmSync(cacheFile, { force: true });
const cached = [bin, "check", dir, "--format", "json", "--cache-location", cacheFile];
execFileSync(node, cached, { stdio: "ignore" });

const rows = paired(
  {
    name: `Spectral, ${files} files (baseline)`,
    cmd: spectral,
    args: ["lint", `${dir}/**/*.yaml`, "--ruleset", join(spectralDir, "ruleset.mjs"), "-f", "json", "--quiet"],
    opts: { okStatus: 1 },
  },
  [
    {
      name: `guarantee-score check --format json, ${files} files`,
      cmd: node,
      args: [bin, "check", dir, "--format", "json"],
    },
    { name: `  the same with a warm --cache`, cmd: node, args: cached },
  ],
  runs,
);
report(`Against Spectral, median of ${runs} paired runs (a ratio below 1 is faster)`, rows);
const speedup = (row, goal) => {
  const wall = rows[0].median / row.median;
  const cpu = rows[0].cpu / row.cpu;
  const verdict = wall >= goal ? "met" : "NOT met";
  console.log(
    `  ${row.name.trim()}: speed-up ${wall.toFixed(2)}× (CPU ${cpu.toFixed(2)}×; goal ≥ ${goal}×: ${verdict})`,
  );
};
speedup(rows[1], 3.5);
speedup(rows[2], 10);
rmSync(cacheFile, { force: true });
if (process.env.KEEP !== "1") rmSync(dir, { recursive: true, force: true });
