// Goal: every file under the size limit is checked in about a second. Times `check -f json`
// on each hostile file of bench/hostile-inputs.mjs (each just under 1 MiB), beside
// `node -e 0` and a reference proposal, in alternation.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HOSTILE } from "./hostile-inputs.mjs";
import { paired } from "./lib.mjs";

const runs = Number(process.env.RUNS ?? 5);
const node = process.execPath;
const bin = new URL("../bin/guarantee-score.js", import.meta.url).pathname;
const reference = new URL("../proposals/coalition-backstop-2025.yaml", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "gs-hostile-"));
const env = { ...process.env, NO_COLOR: "1" };
const only = process.env.ONLY;

const candidates = [{ name: "check a reference proposal", cmd: node, args: [bin, "check", reference, "-f", "json"], opts: { env } }];
for (const [name, { text }] of Object.entries(HOSTILE)) {
  if (only && !name.includes(only)) continue;
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, text());
  candidates.push({ name: `check ${name}`, cmd: node, args: [bin, "check", file, "-f", "json"], opts: { env } });
}
try {
  const rows = paired({ name: "node -e 0 (baseline)", cmd: node, args: ["-e", "0"] }, candidates, runs);
  console.log(`\nHostile files of 1 MiB, median of ${runs} paired runs (goal: each about a second, ≤ 1,000 ms)`);
  for (const r of rows) {
    const verdict = r.name.startsWith("check ") && !r.name.includes("reference") ? (r.median <= 1000 ? "  met" : "  NOT met") : "";
    console.log(`  ${r.name.padEnd(40)} ${r.median.toFixed(0).padStart(7)} ms  ${r.ratio.toFixed(2).padStart(6)}×${verdict}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
