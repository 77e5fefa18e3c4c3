// npm run bench: every benchmark, each printing its ratios beside its goal.
import { execFileSync } from "node:child_process";

for (const script of ["cold-start.mjs", "hostile.mjs", "throughput.mjs", "spectral.mjs"]) {
  execFileSync(process.execPath, [new URL(script, import.meta.url).pathname], { stdio: "inherit" });
}
