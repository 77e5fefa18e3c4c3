// A stratified bootstrap interval for the AUC: held and failed cases are resampled apart, each
// with replacement and at its own size, so every resample keeps the library's mix. A seeded
// generator makes the interval the same on every run and every machine.
import { auc } from "./auc.js";

export interface IntervalOptions {
  /** Number of resamples (2,000 by default). */
  resamples: number;
  /** Seed of the generator; the same seed gives the same interval. */
  seed: number;
  /** Coverage of the interval, 0.95 by default. */
  level?: number;
}

export const DEFAULT_RESAMPLES = 2000;
export const DEFAULT_SEED = 1;

/** mulberry32: a small, fast 32-bit generator, good enough for resampling; returns [0, 1). */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The q-quantile of sorted values, interpolating between neighbours (R's type 7). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** The percentile interval of the AUC over stratified resamples: [lower, upper]. */
export function aucInterval(
  held: readonly number[],
  failed: readonly number[],
  opts: IntervalOptions,
): [number, number] {
  if (!held.length || !failed.length) return [Number.NaN, Number.NaN];
  const random = generator(opts.seed);
  const draw = (from: readonly number[], into: Float64Array) => {
    for (let i = 0; i < into.length; i++) into[i] = from[Math.floor(random() * from.length)]!;
  };
  const h = new Float64Array(held.length);
  const f = new Float64Array(failed.length);
  const stats = new Float64Array(opts.resamples);
  for (let r = 0; r < opts.resamples; r++) {
    draw(held, h);
    draw(failed, f);
    stats[r] = auc(h, f);
  }
  stats.sort();
  const tail = (1 - (opts.level ?? 0.95)) / 2;
  return [quantile(stats, tail), quantile(stats, 1 - tail)];
}
