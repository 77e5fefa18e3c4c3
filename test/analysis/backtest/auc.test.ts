// The AUC on hand-made sets whose answer is worked out by hand, and against its definition
// (the share of held–failed pairs in the right order, ties half) on generated sets.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auc } from "../../../src/analysis/backtest/auc.js";

/** The definition, pair by pair. */
function pairwise(held: number[], failed: number[]): number {
  let n = 0;
  for (const h of held) for (const f of failed) n += h > f ? 1 : h === f ? 0.5 : 0;
  return n / (held.length * failed.length);
}

describe("auc", () => {
  it("is 1 when every held case scores above every failed one, 0 when below", () => {
    expect(auc([50, 60, 70], [10, 20])).toBe(1);
    expect(auc([10, 20], [50, 60, 70])).toBe(0);
  });

  it("counts ties half: all equal is 0.5", () => {
    expect(auc([30, 30], [30, 30, 30])).toBe(0.5);
  });

  it("gives the hand-worked answers", () => {
    // held 3 beats 1 and 2; held 2 beats 1 and ties 2: (1 + 1 + 1 + 0.5) / 4
    expect(auc([3, 2], [1, 2])).toBe(0.875);
    // 4 beats 0 and 2 twice over, 2 beats 0 and ties 2: 5.5 of 6 pairs
    expect(auc([4, 4, 2], [0, 2])).toBeCloseTo(5.5 / 6, 12);
    // one held case in the middle of three failed ones: above one, tied with one, below one
    expect(auc([5], [1, 5, 9])).toBe(0.5);
    expect(auc([5], [1, 4, 9])).toBeCloseTo(2 / 3, 12);
  });

  it("does not depend on the order of the cases", () => {
    expect(auc([2, 9, 4], [3, 1, 7])).toBe(auc([9, 4, 2], [7, 3, 1]));
  });

  it("is NaN when a side is empty: there is nothing to compare", () => {
    expect(auc([], [1])).toBeNaN();
    expect(auc([1], [])).toBeNaN();
  });

  it("equals the pairwise definition, and swapping the sides gives 1 − AUC", () => {
    const scores = fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(scores, scores, (held, failed) => {
        expect(auc(held, failed)).toBeCloseTo(pairwise(held, failed), 12);
        expect(auc(failed, held)).toBeCloseTo(1 - auc(held, failed), 12);
      }),
    );
  });
});
