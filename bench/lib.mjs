// Shared helpers: paired timing of commands, medians, and a table of ratios.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";

// CPU time (user + system) of the children this process has waited for, in ms, from
// /proc/self/stat (cutime, cstime; clock ticks of 10 ms). Undefined where there is no /proc.
function childCpu() {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Wall and CPU time of one run of `cmd args`, in milliseconds; fails loudly if the command fails. */
export function measure(cmd, args, opts = {}) {
  const cpu0 = childCpu();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu1 = childCpu();
  if (r.status === null || r.status > (opts.okStatus ?? 1))
    throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return { ms, cpu: cpu0 === undefined ? Number.NaN : cpu1 - cpu0 };
}

/** Wall time of one run of `cmd args`, in milliseconds. */
export const time = (cmd, args, opts = {}) => measure(cmd, args, opts).ms;

/** The machine's load, printed beside every table: figures from a loaded machine are not comparable. */
export const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(", ")}`;

/**
 * Run the baseline and the candidates in alternation, `runs` times, so that a noisy
 * neighbour slows both alike; report medians and the ratio to the baseline.
 */
export function paired(baseline, candidates, runs) {
  const samples = [baseline, ...candidates].map(() => []);
  const cpu = [baseline, ...candidates].map(() => 0);
  for (let i = 0; i < runs; i++) {
    for (const [j, c] of [baseline, ...candidates].entries()) {
      const m = measure(c.cmd, c.args, c.opts);
      samples[j].push(m.ms);
      cpu[j] += m.cpu;
    }
  }
  const base = median(samples[0]);
  // CPU time is a mean: the clock ticks are 10 ms, too coarse for a median of short runs.
  return [baseline, ...candidates].map((c, j) => ({
    name: c.name,
    median: median(samples[j]),
    ratio: median(samples[j]) / base,
    cpu: cpu[j] / runs,
    cpuRatio: cpu[j] / cpu[0],
  }));
}

export function report(title, rows, goals = {}) {
  console.log(`\n${title} (${load()}; wall: median, CPU: mean of user + system)`);
  for (const r of rows) {
    const goal = goals[r.name];
    const verdict = goal === undefined ? "" : r.ratio <= goal ? `  goal ≤ ${goal}×: met` : `  goal ≤ ${goal}×: NOT met`;
    console.log(
      `  ${r.name.padEnd(44)} ${r.median.toFixed(1).padStart(9)} ms  ${r.ratio.toFixed(2).padStart(6)}×   CPU ${(r.cpu ?? Number.NaN).toFixed(0).padStart(6)} ms ${(r.cpuRatio ?? Number.NaN).toFixed(2).padStart(6)}×${verdict}`,
    );
  }
}
