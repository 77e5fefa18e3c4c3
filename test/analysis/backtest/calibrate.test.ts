// The default weights are not typed in by hand: they are the priors fitted to the history library
// and ATOP (docs/backtest.md). This test refits them and fails, printing the new weights, when a
// rule's evaluation, a prior or a case changes without the defaults being refitted.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Case } from "../../../src/analysis/backtest/analyse.js";
import { ATOP_FILES, type AtopTexts } from "../../../src/analysis/backtest/atop.js";
import { calibrate, roundToTotal } from "../../../src/analysis/backtest/calibrate.js";
import { atopToCases } from "../../../src/analysis/backtest/case.js";
import { defaultSettings, historyFiles, scoreCases } from "../../../src/analysis/history.js";
import { rules } from "../../../src/model/rules/index.js";
import { ATOP_DIR, ATOP_SKIPPED, HAVE_ATOP } from "../../helpers/atop.js";

describe("roundToTotal", () => {
  it("gives whole numbers in proportion that sum to the total", () => {
    expect(roundToTotal([1, 1, 1])).toEqual([34, 33, 33]);
    expect(roundToTotal([23.7, 9.5, 66.8])).toEqual([24, 9, 67]);
    expect(roundToTotal([5, 5], 10)).toEqual([5, 5]);
    const r = roundToTotal([0.3, 2.9, 7.1, 11.2, 0.01]);
    expect(r.reduce((a, b) => a + b, 0)).toBe(100);
    expect(r.every(Number.isInteger)).toBe(true);
  });
});

describe("a case that the fit cannot separate from its prior", () => {
  const c = (id: string, result: Case["result"], a: number, b: number): Case => ({
    id,
    file: id,
    title: id,
    result,
    score: 0,
    tier: "",
    criteria: [
      { id: rules[0]!.meta.id, points: 0, score: a, skipped: false },
      { id: rules[1]!.meta.id, points: 0, score: b, skipped: false },
    ],
    items: [],
  });
  it("moves weight towards the criterion that orders held above failed", () => {
    // The first criterion ranks every held case above every failed one; the second the reverse.
    const cases = [
      c("h1", "held", 1, 0),
      c("h2", "held", 0.8, 0.2),
      c("f1", "failed", 0, 1),
      c("f2", "failed", 0.2, 0.9),
    ];
    const two = rules.slice(0, 2);
    const k = calibrate([{ name: "toy", cases }], two);
    const [first, second] = k.criteria;
    expect(first!.fitted / second!.fitted).toBeGreaterThan(first!.prior / second!.prior);
    expect(k.groups[0]!.inSample).toBe(1);
    expect(k.groups[0]!.validation).toBe("leave-one-out");
  });
});

describe.skipIf(!HAVE_ATOP)(`the default weights${HAVE_ATOP ? "" : ` (${ATOP_SKIPPED})`}`, () => {
  it("are the priors fitted to the history library and ATOP, and meet the model's goals held out", async () => {
    const settings = defaultSettings();
    const history = (await scoreCases(await historyFiles(), settings)).cases;
    const read = (f: string) => readFileSync(join(ATOP_DIR, f), "utf8");
    const texts = Object.fromEntries(Object.entries(ATOP_FILES).map(([k, f]) => [k, read(f)])) as AtopTexts;
    const k = calibrate(
      [
        { name: "history", cases: history },
        { name: "atop", cases: atopToCases(texts, settings) },
      ],
      rules,
    );
    const fitted = Object.fromEntries(k.criteria.map((c) => [c.id, c.fitted]));
    const defaults = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.weight]));
    expect(defaults, "refit: guarantee-score backtest --fit --atop DIR prints the weights").toEqual(fitted);
    for (const r of rules) expect(r.meta.prior, `${r.meta.id} has a reasoned prior`).toBeGreaterThan(0);
    // The goals of the model (issue 14), held out: what the fit can claim.
    const [history2, atop] = k.groups;
    expect(history2!.heldOut).toBeGreaterThanOrEqual(0.85);
    expect(atop!.heldOut).toBeGreaterThanOrEqual(0.6);
    for (const g of k.groups) {
      expect(g.heldOutCi[0], g.name).toBeLessThan(g.heldOut);
      expect(g.heldOutCi[1], g.name).toBeGreaterThan(g.heldOut);
    }
  }, 120_000);
});
