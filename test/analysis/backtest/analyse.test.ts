// The analysis on hand-built cases whose figures are worked out by hand: the AUC of the score
// and of each part, the means, the tiers, and which cases are misranked and why.
import { describe, expect, it } from "vitest";
import { analyse, type Case } from "../../../src/analysis/backtest/analyse.js";
import { DEFAULT_TIERS } from "../../../src/engine/config.js";

/** A case whose points on two criteria, a and b, make its score. */
function c(id: string, result: Case["result"], a: number, b: number, share = 0): Case {
  const score = a + b;
  const tier = DEFAULT_TIERS.find((t) => score >= t.min)!.name;
  return {
    id,
    file: `history/${id}.yaml`,
    title: `Case ${id}`,
    result,
    score,
    tier,
    criteria: [
      { id: "a", points: a, score: a / 60, skipped: false },
      { id: "b", points: b, score: b / 40, skipped: false },
    ],
    items: [{ id: "x", share }],
  };
}

// Held: 70 (60+10), 45 (40+5), 30 (10+20). Failed: 50 (10+40), 20 (20+0), 10 (10+0).
// Pairs held above failed: 70 beats all 3; 45 beats 20 and 10; 30 beats 20 and 10: 7 of 9.
const CASES = [
  c("h1", "held", 60, 10, 1),
  c("h2", "held", 40, 5, 0),
  c("h3", "held", 10, 20, 1),
  c("f1", "failed", 10, 40, 0),
  c("f2", "failed", 20, 0, 1),
  c("f3", "failed", 10, 0, 0),
];

describe("analyse", () => {
  it("ranks a criterion by its own score, over the cases it applies to", () => {
    // Skipped on the two failed cases that would otherwise tie at 0 with nothing: only f1 (b 40) remains.
    const skip = (x: Case): Case => ({
      ...x,
      criteria: x.criteria.map((p) => (p.id === "b" ? { ...p, points: 0, score: 0, skipped: true } : p)),
    });
    const cases = CASES.map((x) => (x.id === "f2" || x.id === "f3" ? skip(x) : x));
    const figures = analyse(cases, { tiers: DEFAULT_TIERS, resamples: 10, seed: 1 });
    // b: held 10, 5, 20 against failed 40 alone: none of the three is above it.
    expect(figures.criteria[1]!.auc).toBe(0);
    // Its points still count in the means, skipped ones as 0.
    expect(figures.criteria[1]!.failed).toBeCloseTo(40 / 3, 12);
  });

  const b = analyse(CASES, { tiers: DEFAULT_TIERS, resamples: 500, seed: 3 });

  it("counts the cases and gives the AUC of the score", () => {
    expect([b.cases, b.held, b.failed]).toEqual([6, 3, 3]);
    expect(b.auc).toBeCloseTo(7 / 9, 12);
    expect(b.ci[0]).toBeLessThanOrEqual(b.auc);
    expect(b.ci[1]).toBeGreaterThanOrEqual(b.auc);
    expect([b.resamples, b.seed, b.level]).toEqual([500, 3, 0.95]);
  });

  it("gives the mean score of each side", () => {
    expect(b.mean.held).toBeCloseTo(145 / 3, 12);
    expect(b.mean.failed).toBeCloseTo(80 / 3, 12);
  });

  it("gives each criterion's AUC and means, and each item's", () => {
    // a: held 60, 40, 10 against failed 10, 20, 10: 60 and 40 beat all three (6), 10 ties two and loses one (1): 7 of 9.
    // b: held 10, 5, 20 against failed 40, 0, 0: 10 and 5 and 20 each beat two zeros (6): 6 of 9.
    expect(b.criteria.map((p) => p.id)).toEqual(["a", "b"]);
    expect(b.criteria[0]!.auc).toBeCloseTo(7 / 9, 12);
    expect(b.criteria[1]!.auc).toBeCloseTo(6 / 9, 12);
    expect(b.criteria[0]!.held).toBeCloseTo(110 / 3, 12);
    expect(b.criteria[1]!.failed).toBeCloseTo(40 / 3, 12);
    // x: held 1, 0, 1 against failed 0, 1, 0: each 1 beats two 0s and ties one 1 (2.5 twice), the 0 ties two and loses one (1): 6 of 9.
    expect(b.items).toEqual([{ id: "x", auc: 6 / 9, held: 2 / 3, failed: 1 / 3 }]);
  });

  it("counts held and failed cases in each tier, in the tiers' order", () => {
    expect(b.tiers).toEqual([
      { name: "strongest terms", min: 80, held: 0, failed: 0 },
      { name: "strong terms", min: 60, held: 1, failed: 0 },
      { name: "partial terms", min: 40, held: 1, failed: 1 },
      { name: "weak terms", min: 20, held: 1, failed: 1 },
      { name: "paper assurance", min: 0, held: 0, failed: 1 },
    ]);
  });

  it("lists the failed case scored above held ones, with the criterion that put it there", () => {
    // f1 (50) is above h2 (45) and h3 (30): two of three held cases. Its b (40) is far above held cases' mean b (35/3).
    const f1 = b.misranked.find((m) => m.id === "f1")!;
    expect(f1).toMatchObject({
      result: "failed",
      score: 50,
      tier: "partial terms",
      file: "history/f1.yaml",
      title: "Case f1",
    });
    expect(f1.share).toBeCloseTo(2 / 3, 12);
    expect(f1.reasons).toEqual([{ id: "b", points: 40, compared: 35 / 3, difference: 40 - 35 / 3 }]);
    // f2 (20) and f3 (10) are below every held case: not misranked.
    expect(b.misranked.filter((m) => m.result === "failed").map((m) => m.id)).toEqual(["f1"]);
  });

  it("lists the held cases scored below failed ones, the worst first, with what they lack against failed cases", () => {
    // h3 (30) is below f1 only: a third; h2 (45) is below f1 too: a third; ties in share go to the lower score first.
    const held = b.misranked.filter((m) => m.result === "held");
    expect(held.map((m) => m.id)).toEqual(["h3", "h2"]);
    expect(held[0]!.share).toBeCloseTo(1 / 3, 12);
    // h3's a (10) is below failed cases' mean a (40/3); its b (20) is above their mean (40/3), so only a is a reason.
    expect(held[0]!.reasons).toEqual([{ id: "a", points: 10, compared: 40 / 3, difference: 10 - 40 / 3 }]);
  });

  it("counts a tie as half misranked", () => {
    const tie = analyse([c("h", "held", 20, 0), c("f", "failed", 20, 0)], {
      tiers: DEFAULT_TIERS,
      resamples: 10,
      seed: 1,
    });
    expect(tie.auc).toBe(0.5);
    expect(tie.misranked.map((m) => [m.id, m.share])).toEqual([
      ["f", 0.5],
      ["h", 0.5],
    ]);
  });

  it("lists at most `worst` cases a side and `reasons` criteria a case", () => {
    const many = [
      ...Array.from({ length: 8 }, (_, i) => c(`f${i}`, "failed", 50 + i, 1)),
      ...Array.from({ length: 8 }, (_, i) => c(`h${i}`, "held", 10 + i, 0)),
    ];
    const r = analyse(many, { tiers: DEFAULT_TIERS, resamples: 10, seed: 1, worst: 2, reasons: 1 });
    expect(r.auc).toBe(0);
    expect(r.misranked.map((m) => m.id)).toEqual(["f7", "f6", "h0", "h1"]);
    for (const m of r.misranked) expect(m.reasons).toHaveLength(1);
  });

  it("refuses a set without both held and failed cases", () => {
    expect(() => analyse([c("h", "held", 1, 1)], { tiers: DEFAULT_TIERS })).toThrow(/held and failed/);
  });

  it("gives the same figures on every run", () => {
    expect(analyse(CASES, { tiers: DEFAULT_TIERS, resamples: 500, seed: 3 })).toEqual(b);
  });
});
