// Goal: `guarantee-score proposal.yaml` takes at most 1.4× as long as `node -e 0`, as a table
// and as JSON (median wall time of paired runs).
import { paired, report } from "./lib.mjs";

const runs = Number(process.env.RUNS ?? 30);
const node = process.execPath;
const bin = new URL("../bin/guarantee-score.js", import.meta.url).pathname;
const file = new URL("../proposals/coalition-backstop-2025.yaml", import.meta.url).pathname;
const env = { ...process.env, NO_COLOR: "1" };

const rows = paired(
  { name: "node -e 0 (baseline)", cmd: node, args: ["-e", "0"] },
  [
    { name: "guarantee-score FILE (table)", cmd: node, args: [bin, file], opts: { env } },
    { name: "guarantee-score FILE -f json", cmd: node, args: [bin, file, "-f", "json"], opts: { env } },
    { name: "guarantee-score validate FILE", cmd: node, args: [bin, "validate", file], opts: { env } },
  ],
  runs,
);
report(`Cold start, median of ${runs} paired runs`, rows, {
  "guarantee-score FILE (table)": 1.4,
  "guarantee-score FILE -f json": 1.4,
});
