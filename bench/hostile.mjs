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

const candidates = [
  { name: "check a reference proposal", cmd: node, args: [bin, "check", reference, "-f", "json"], opts: { env } },
];
for (const [name, { text }] of Object.entries(HOSTILE)) {
  if (only && !name.includes(only)) continue;
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, text());
  candidates.push({ name: `check ${name}`, cmd: node, args: [bin, "check", file, "-f", "json"], opts: { env } });
}
// diff of two drafts with 4,900 triggers each, all different: 9,800 changes to attribute.
const triggers = (p) =>
  `title: T\nbeneficiary: Ukraine\nguarantors:\n  - name: UK\ncommitment:\n  triggers:\n${Array.from({ length: 4900 }, (_, i) => `    - ${p}${i}\n`).join("")}`;
if (!only || "diff".includes(only)) {
  writeFileSync(join(dir, "before.yaml"), triggers("b"));
  writeFileSync(join(dir, "after.yaml"), triggers("a"));
  candidates.push({
    name: "diff with 9,800 changes",
    cmd: node,
    args: [bin, "diff", join(dir, "before.yaml"), join(dir, "after.yaml")],
    opts: { env },
  });
}
// The table scorecard re-scores the proposal once per lever: 1,000 guarantors took 25 s.
if (!only || "guarantors".includes(only)) {
  const g = Array.from(
    { length: 1000 },
    (_, i) => `  - name: G${i}\n    role: lead\n    stance: aligned\n    ratification: none\n`,
  ).join("");
  writeFileSync(join(dir, "guarantors.yaml"), `title: T\nbeneficiary: Ukraine\nguarantors:\n${g}`);
  candidates.push({
    name: "score 1,000 guarantors (table)",
    cmd: node,
    args: [bin, join(dir, "guarantors.yaml")],
    opts: { env },
  });
}
try {
  const rows = paired({ name: "node -e 0 (baseline)", cmd: node, args: ["-e", "0"] }, candidates, runs);
  console.log(`\nHostile files of 1 MiB, median of ${runs} paired runs (goal: each about a second, ≤ 1,000 ms)`);
  for (const r of rows) {
    const verdict =
      !r.name.startsWith("node") && !r.name.includes("reference") ? (r.median <= 1000 ? "  met" : "  NOT met") : "";
    console.log(
      `  ${r.name.padEnd(40)} ${r.median.toFixed(0).padStart(7)} ms  ${r.ratio.toFixed(2).padStart(6)}×${verdict}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
