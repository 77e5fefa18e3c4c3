// The bootstrap interval: reproducible from its seed, stratified (each side resampled at its own
// size), and right on sets whose resampling distribution can be worked out by hand.
import { describe, expect, it } from "vitest";
import { auc } from "../../../src/analysis/backtest/auc.js";
import { aucInterval, generator, quantile } from "../../../src/analysis/backtest/bootstrap.js";

const opts = { resamples: 2000, seed: 1 };

describe("generator", () => {
  it("gives the same stream for the same seed, another for another seed, always in [0, 1)", () => {
    const take = (seed: number) => {
      const g = generator(seed);
      return Array.from({ length: 1000 }, g);
    };
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    for (const x of take(3)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    // Roughly uniform: the mean of 1,000 draws is near one half.
    expect(take(5).reduce((a, b) => a + b, 0) / 1000).toBeCloseTo(0.5, 1);
  });
});

describe("quantile", () => {
  it("interpolates between order statistics", () => {
    expect(quantile([0, 10, 20, 30, 40], 0.5)).toBe(20);
    expect(quantile([0, 10, 20, 30, 40], 0.1)).toBe(4);
    expect(quantile([0, 10], 0.975)).toBeCloseTo(9.75, 12);
  });
});

describe("aucInterval", () => {
  it("is [1, 1] when every resample keeps held above failed", () => {
    expect(aucInterval([5, 6, 7], [1, 2], opts)).toEqual([1, 1]);
  });

  it("is [0.5, 0.5] when every score is the same", () => {
    expect(aucInterval([3, 3], [3, 3, 3], opts)).toEqual([0.5, 0.5]);
  });

  it("spans [0, 1] for one held case between two failed ones", () => {
    // The held side is always [1]; the failed side draws {0,0} (AUC 1), {0,2} (0.5) or {2,2} (0),
    // with chances 1/4, 1/2, 1/4: the 2.5% and 97.5% points are 0 and 1. A resampler that mixed
    // the sides would draw resamples with no held case and could not give these answers.
    expect(aucInterval([1], [0, 2], opts)).toEqual([0, 1]);
    expect(auc([1], [0, 2])).toBe(0.5);
  });

  it("is the same on every run with the same seed, and contains the AUC", () => {
    const held = [12, 40, 33, 51, 47, 29, 60, 38];
    const failed = [20, 35, 18, 44, 25, 30, 15];
    const a = aucInterval(held, failed, opts);
    expect(aucInterval(held, failed, opts)).toEqual(a);
    expect(a[0]).toBeLessThanOrEqual(auc(held, failed));
    expect(a[1]).toBeGreaterThanOrEqual(auc(held, failed));
    expect(a[0]).toBeLessThan(a[1]);
    // Another seed moves the ends a little, not much.
    const b = aucInterval(held, failed, { ...opts, seed: 99 });
    expect(Math.abs(b[0] - a[0])).toBeLessThan(0.06);
    expect(Math.abs(b[1] - a[1])).toBeLessThan(0.06);
  });

  it("has about the width the normal approximation (Hanley & McNeil 1982) gives on a large set", () => {
    // Two shifted, evenly spread sets of 200: AUC about 0.76; the interval should be about ±1.96 standard errors.
    const spread = (n: number, shift: number) => Array.from({ length: n }, (_, i) => shift + ((i * 7919) % n) / n);
    const held = spread(200, 0.35);
    const failed = spread(200, 0);
    const A = auc(held, failed);
    const q1 = A / (2 - A);
    const q2 = (2 * A * A) / (1 + A);
    const se = Math.sqrt((A * (1 - A) + 199 * (q1 - A * A) + 199 * (q2 - A * A)) / (200 * 200));
    const [lo, hi] = aucInterval(held, failed, opts);
    expect((hi - lo) / (2 * 1.96 * se)).toBeGreaterThan(0.8);
    expect((hi - lo) / (2 * 1.96 * se)).toBeLessThan(1.2);
  });

  it("narrows with the level", () => {
    const held = [12, 40, 33, 51, 47, 29, 60, 38];
    const failed = [20, 35, 18, 44, 25, 30, 15];
    const wide = aucInterval(held, failed, opts);
    const narrow = aucInterval(held, failed, { ...opts, level: 0.5 });
    expect(narrow[0]).toBeGreaterThanOrEqual(wide[0]);
    expect(narrow[1]).toBeLessThanOrEqual(wide[1]);
    expect(narrow[1] - narrow[0]).toBeLessThan(wide[1] - wide[0]);
  });
});
