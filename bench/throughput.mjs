// Goals: `check --format json` over 10,000 proposals takes at most 1.5× as long as the
// floor (bench/floor.mjs: read the same files and parse them with positions, with the fastest
// parser known); and peak memory for 100,000 files is well under ten times that for 10,000.
// The threads are timed forced on and off beside the default, which decides from the load.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "./generate.mjs";
import { paired, report } from "./lib.mjs";

const node = process.execPath;
const bin = new URL("../bin/guarantee-score.js", import.meta.url).pathname;
const floor = new URL("./floor.mjs", import.meta.url).pathname;
const runs = Number(process.env.RUNS ?? 3);
const small = Number(process.env.FILES ?? 10_000);
const large = Number(process.env.LARGE_FILES ?? small * 10);
const root = join(tmpdir(), "guarantee-score-bench");

function folder(n) {
  const dir = join(root, `n${n}`);
  if (!existsSync(dir)) generate(dir, n);
  return dir;
}

/** Peak resident memory of one run, in MiB, read from GNU time. */
function peakMiB(args) {
  const r = spawnSync("/usr/bin/time", ["-f", "%M", node, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const kb = Number(r.stderr.trim().split("\n").at(-1));
  return kb / 1024;
}

const dir = folder(small);
const rows = paired(
  { name: `floor: read + js-yaml events, ${small} files`, cmd: node, args: [floor, dir] },
  [
    { name: `check --format json, ${small} files`, cmd: node, args: [bin, "check", dir, "--format", "json"] },
    {
      name: `  the same, on the main thread only`,
      cmd: node,
      args: [bin, "check", dir, "--format", "json"],
      opts: { env: { ...process.env, GUARANTEE_SCORE_THREADS: "0" } },
    },
    {
      name: `  the same, on two threads`,
      cmd: node,
      args: [bin, "check", dir, "--format", "json"],
      opts: { env: { ...process.env, GUARANTEE_SCORE_THREADS: "2" } },
    },
    {
      name: `floor: read + yaml documents`,
      cmd: node,
      args: [floor, dir],
      opts: { env: { ...process.env, FLOOR: "yaml" } },
    },
  ],
  runs,
);
report(`Throughput, median of ${runs} paired runs`, rows, { [`check --format json, ${small} files`]: 1.5 });

if (process.env.SKIP_MEMORY !== "1") {
  const big = folder(large);
  const a = peakMiB([bin, "check", dir, "--format", "json"]);
  const b = peakMiB([bin, "check", big, "--format", "json"]);
  console.log(
    `\nPeak memory (check --format json)\n  ${small} files ${a.toFixed(0)} MiB; ${large} files ${b.toFixed(0)} MiB; ratio ${(b / a).toFixed(2)}× (goal: well under ${(large / small).toFixed(0)}×, i.e. flat)`,
  );
}
if (process.env.KEEP !== "1") rmSync(root, { recursive: true, force: true });
