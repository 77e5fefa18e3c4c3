// Shared helpers: paired timing of commands, medians, and a table of ratios.
import { spawnSync } from "node:child_process";

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Wall time of one run of `cmd args`, in milliseconds; fails loudly if the command fails. */
export function time(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status === null || r.status > (opts.okStatus ?? 1))
    throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/**
 * Run the baseline and the candidates in alternation, `runs` times, so that a noisy
 * neighbour slows both alike; report medians and the ratio to the baseline.
 */
export function paired(baseline, candidates, runs) {
  const samples = [baseline, ...candidates].map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [j, c] of [baseline, ...candidates].entries()) samples[j].push(time(c.cmd, c.args, c.opts));
  }
  const base = median(samples[0]);
  return [baseline, ...candidates].map((c, j) => ({
    name: c.name,
    median: median(samples[j]),
    ratio: median(samples[j]) / base,
  }));
}

export function report(title, rows, goals = {}) {
  console.log(`\n${title}`);
  for (const r of rows) {
    const goal = goals[r.name];
    const verdict = goal === undefined ? "" : r.ratio <= goal ? `  goal ≤ ${goal}×: met` : `  goal ≤ ${goal}×: NOT met`;
    console.log(
      `  ${r.name.padEnd(44)} ${r.median.toFixed(1).padStart(9)} ms  ${r.ratio.toFixed(2).padStart(6)}×${verdict}`,
    );
  }
}
