// The engine on its own: weighting, normalisation to 100, disabled criteria, the
// knock-out cap, tiers and located results. Hand-built rules give exact arithmetic;
// the real registry and reference proposals check the same invariants end to end.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_KNOCKOUT_CAP,
  DEFAULT_TIERS,
  defaultConfig,
  describeChanges,
  tierFor,
  type ScoringConfig,
} from "../../src/engine/config.js";
import { evaluate, statusOf } from "../../src/engine/evaluate.js";
import type { ScoredFile } from "../../src/engine/result.js";
import { defineRule, type Evaluation, type Rule } from "../../src/model/kernel.js";
import { rules } from "../../src/model/rules/index.js";
import { loadText, type Loaded } from "../../src/schema/load.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** A criterion's default weight in the real registry (they sum to 100). */
const weightOf = (id: string) => rules.find((r) => r.meta.id === id)!.meta.weight;

// Line 6, column 12 is the value `secret`.
const TEXT =
  "title: Test\nbeneficiary: Ukraine\nguarantors:\n  - name: United Kingdom\n    stance: aligned\npublicity: secret\n";

function load(text = TEXT, file = "t.yaml"): Loaded {
  const l = loadText(text, file);
  if (!l.ok) throw new Error(`fixture does not load: ${JSON.stringify(l.diagnostics)}`);
  return l;
}

const SOURCE = {
  author: "A. Author",
  title: "A title",
  publication: "A journal",
  date: "2025-01-01",
  short: "Author 2025",
};

/** A rule that ignores the proposal and returns a fixed evaluation; one that knocks out declares it unless told not to. */
function fake(
  id: string,
  weight: number,
  e: Partial<Evaluation> & { score: number },
  declares = e.knockout !== undefined,
): Rule & { calls: number } {
  const rule = {
    calls: 0,
    ...defineRule({
      meta: {
        id,
        title: `Title of ${id}`,
        weight,
        sources: [SOURCE],
        rationale: "r",
        scoring: "s",
        research: [],
        disagreement: "d",
        ...(declares ? { knockout: true as const } : {}),
      },
      evaluate: () => {
        rule.calls++;
        return { message: `${id} message`, path: ["publicity"], ...e };
      },
    }),
  };
  return rule;
}

const config = (over: Partial<ScoringConfig> = {}, rs: readonly Rule[] = []): ScoringConfig => ({
  ...defaultConfig(rs),
  ...over,
});
const byId = (r: ScoredFile, id: string) => {
  const c = r.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
};

describe("weights", () => {
  it("turn relative weights into points out of 100", () => {
    const rs = [fake("a", 1, { score: 1 }), fake("b", 3, { score: 0.5 })];
    const r = evaluate(load(), rs, config({}, rs));
    expect(byId(r, "a")).toMatchObject({ max: 25, points: 25, status: "pass", score: 1 });
    expect(byId(r, "b")).toMatchObject({ max: 75, points: 37.5, status: "partial", score: 0.5 });
    // 25 + 37.5 = 62.5, rounded to a whole total
    expect(r.score).toBe(63);
    expect(r.tier).toBe("strong terms");
  });

  it("normalise to 100 whatever they add up to, and the total is computed before rounding the points", () => {
    const rs = [fake("a", 1, { score: 1 }), fake("b", 1, { score: 1 }), fake("c", 1, { score: 1 })];
    const r = evaluate(load(), rs, config({}, rs));
    expect(r.criteria.map((c) => c.max)).toEqual([33.3, 33.3, 33.3]);
    expect(r.score).toBe(100); // not 99.9
    expect(r.tier).toBe("strongest terms");
  });

  it("come from the configuration, falling back to the rule's own weight", () => {
    const rs = [fake("a", 1, { score: 0 }), fake("b", 1, { score: 1 })];
    const r = evaluate(load(), rs, config({ weights: { a: 9 } }, rs));
    expect(byId(r, "a").max).toBe(90);
    expect(byId(r, "b")).toMatchObject({ max: 10, points: 10 });
    expect(r.score).toBe(10);
    const fallback = evaluate(load(), rs, { ...config({}, rs), weights: {} });
    expect(fallback.criteria.map((c) => c.max)).toEqual([50, 50]);
  });

  it("of the real registry add up to 100 points, each criterion worth its share", () => {
    const r = evaluate(load(), rules, defaultConfig(rules));
    const total = rules.reduce((n, x) => n + x.meta.weight, 0);
    expect(r.criteria.map((c) => c.id)).toEqual(rules.map((x) => x.meta.id));
    for (const rule of rules) expect(byId(r, rule.meta.id).max).toBeCloseTo((100 * rule.meta.weight) / total, 1);
    expect(r.criteria.reduce((n, c) => n + c.max, 0)).toBeCloseTo(100, 0);
  });

  it("still normalise to 100 when they are very large (no overflow to NaN)", () => {
    const rs = [fake("a", 1e308, { score: 1 }), fake("b", 1e308, { score: 0 })];
    const r = evaluate(load(), rs, config({}, rs));
    expect(r.criteria.map((c) => c.max)).toEqual([50, 50]);
    expect(r.score).toBe(50);
  });

  it("clamp a rule's score into 0..1", () => {
    const rs = [fake("a", 1, { score: 1.7 }), fake("b", 1, { score: -0.4 })];
    const r = evaluate(load(), rs, config({}, rs));
    expect(byId(r, "a")).toMatchObject({ score: 1, points: 50, status: "pass" });
    expect(byId(r, "b")).toMatchObject({ score: 0, points: 0, status: "fail" });
    expect(r.score).toBe(50);
  });
});

describe("disabled criteria", () => {
  it("do not appear, are not run, and the others renormalise to 100", () => {
    const rs = [fake("a", 1, { score: 1 }), fake("b", 1, { score: 0 }), fake("c", 2, { score: 0 })];
    const r = evaluate(load(), rs, config({ disabled: ["c"] }, rs));
    expect(r.criteria.map((c) => c.id)).toEqual(["a", "b"]);
    expect(r.criteria.map((c) => c.max)).toEqual([50, 50]);
    expect(r.score).toBe(50);
    expect(rs[2]!.calls).toBe(0);
  });

  it("cannot knock out a proposal", () => {
    const rs = [fake("a", 1, { score: 1 }), fake("ko", 1, { score: 0, knockout: { reason: "vetoed" } })];
    const r = evaluate(load(), rs, config({ disabled: ["ko"] }, rs));
    expect(r.knockout).toBeNull();
    expect(r.score).toBe(100);
  });

  it("in the real registry leave the remaining points summing to 100", () => {
    const cfg = { ...defaultConfig(rules), disabled: ["public", "nato-path"] };
    const r = evaluate(load(), rules, cfg);
    expect(r.criteria.map((c) => c.id)).not.toContain("public");
    expect(r.criteria.map((c) => c.id)).not.toContain("nato-path");
    expect(r.criteria).toHaveLength(rules.length - 2);
    expect(r.criteria.reduce((n, c) => n + c.max, 0)).toBeCloseTo(100, 0);
    // ratified: its weight out of what is left
    const left = 100 - weightOf("public") - weightOf("nato-path");
    expect(byId(r, "ratified").max).toBeCloseTo((100 * weightOf("ratified")) / left, 1);
  });
});

describe("the knock-out", () => {
  const strong = [
    fake("a", 3, { score: 1 }),
    fake("ko", 1, { score: 0, knockout: { reason: "the adversary can veto" } }),
  ];

  it("caps the total and records the total before the cap", () => {
    const r = evaluate(load(), strong, config({}, strong));
    expect(r.knockout).toEqual({
      rule: "ko",
      reason: "the adversary can veto",
      cap: DEFAULT_KNOCKOUT_CAP,
      uncapped: 75,
    });
    expect(r.score).toBe(25);
    expect(r.tier).toBe(tierFor(25, DEFAULT_TIERS));
    // the criteria keep their own points: only the total is capped
    expect(byId(r, "a").points).toBe(75);
  });

  it("uses the configured cap, and leaves a total already below the cap alone", () => {
    expect(evaluate(load(), strong, config({ knockoutCap: 10 }, strong))).toMatchObject({
      score: 10,
      knockout: { cap: 10, uncapped: 75 },
    });
    const weak = [fake("a", 3, { score: 0.2 }), strong[1]!];
    const r = evaluate(load(), weak, config({}, weak));
    expect(r).toMatchObject({ score: 15, knockout: { cap: 25, uncapped: 15 } });
  });

  it("is reported once, by the first rule that knocks out", () => {
    const rs = [
      fake("a", 1, { score: 1 }),
      fake("k1", 1, { score: 0, knockout: { reason: "first" } }),
      fake("k2", 1, { score: 0, knockout: { reason: "second" } }),
    ];
    const r = evaluate(load(), rs, config({}, rs));
    expect(r.knockout).toMatchObject({ rule: "k1", reason: "first" });
  });

  it("comes only from a rule that declares it can knock out, as explain and --fail-on knockout say", () => {
    const rs = [fake("a", 1, { score: 1 }), fake("ko", 1, { score: 0, knockout: { reason: "undeclared" } }, false)];
    const r = evaluate(load(), rs, config({}, rs));
    expect(r.knockout).toBeNull();
    expect(r.score).toBe(50);
  });

  it("is absent when no rule knocks out", () => {
    const rs = [fake("a", 1, { score: 1 })];
    expect(evaluate(load(), rs, config({}, rs)).knockout).toBeNull();
  });

  it("comes from no-adversary-veto in the real registry: an adversary guarantor acting by consensus", () => {
    const text = readFileSync(join(ROOT, "test/cli/fixtures/veto.yaml"), "utf8");
    const r = evaluate(load(text, "veto.yaml"), rules, defaultConfig(rules));
    expect(r.knockout).toMatchObject({ rule: "no-adversary-veto", cap: 25 });
    expect(r.knockout!.reason).toContain("Russia");
    const sum = r.criteria.reduce((n, c) => n + c.points, 0);
    expect(r.knockout!.uncapped).toBeGreaterThan(25);
    expect(Math.abs(r.knockout!.uncapped - sum)).toBeLessThanOrEqual(0.5 + 0.05 * r.criteria.length);
    expect(r.score).toBe(25);
  });
});

describe("statusOf", () => {
  it("is pass at 1, fail at 0, partial between (with a tolerance for rounding)", () => {
    expect(statusOf(1)).toBe("pass");
    expect(statusOf(1 - 1e-12)).toBe("pass");
    expect(statusOf(0)).toBe("fail");
    expect(statusOf(1e-12)).toBe("fail");
    expect(statusOf(0.5)).toBe("partial");
    expect(statusOf(0.01)).toBe("partial");
    expect(statusOf(0.99)).toBe("partial");
  });
});

describe("tierFor", () => {
  it("puts each default boundary in the higher tier", () => {
    const cases: [number, string][] = [
      [100, "strongest terms"],
      [80, "strongest terms"],
      [79, "strong terms"],
      [60, "strong terms"],
      [59, "partial terms"],
      [40, "partial terms"],
      [39, "weak terms"],
      [20, "weak terms"],
      [19, "paper assurance"],
      [0, "paper assurance"],
    ];
    for (const [score, tier] of cases) expect(tierFor(score, DEFAULT_TIERS), String(score)).toBe(tier);
  });

  it("works with configured tiers", () => {
    const tiers = [
      { min: 50, name: "credible" },
      { min: 0, name: "not credible" },
    ];
    expect(tierFor(50, tiers)).toBe("credible");
    expect(tierFor(49, tiers)).toBe("not credible");
  });

  it("is what evaluate reports for the total", () => {
    for (const s of [0, 0.19, 0.2, 0.395, 0.4, 0.6, 0.8, 1]) {
      const rs = [fake("a", 1, { score: s })];
      const r = evaluate(load(), rs, config({}, rs));
      expect(r.tier, String(s)).toBe(tierFor(r.score, DEFAULT_TIERS));
    }
  });
});

describe("results", () => {
  it("carry the rule's title, message, sources and a 1-based location of the path", () => {
    const rs = [fake("a", 1, { score: 0, message: "publicity secret" })];
    const c = evaluate(load(), rs, config({}, rs)).criteria[0]!;
    expect(c).toMatchObject({
      id: "a",
      title: "Title of a",
      message: "publicity secret",
      path: "publicity",
      line: 6,
      column: 12,
      sources: [SOURCE],
    });
  });

  it("locate a missing path at the closest node, and a nested path exactly", () => {
    const missing = [fake("m", 1, { score: 0, path: ["backstop", "provider"] })];
    expect(evaluate(load(), missing, config({}, missing)).criteria[0]).toMatchObject({
      path: "backstop.provider",
      line: 1,
      column: 1,
    });
    const nested = [fake("n", 1, { score: 0, path: ["guarantors", 0, "stance"] })];
    expect(evaluate(load(), nested, config({}, nested)).criteria[0]).toMatchObject({
      path: "guarantors[0].stance",
      line: 5,
      column: 13,
    });
  });

  it("name the file, id and title; a file without an id takes its name", () => {
    const rs = [fake("a", 1, { score: 1 })];
    expect(evaluate(load(TEXT, "dir/draft-1.yaml"), rs, config({}, rs))).toMatchObject({
      file: "dir/draft-1.yaml",
      id: "draft-1",
      title: "Test",
      valid: true,
      errors: [],
    });
  });

  it("are deterministic", () => {
    const a = evaluate(load(), rules, defaultConfig(rules));
    const b = evaluate(load(), rules, defaultConfig(rules));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe("on every reference proposal and test fixture", () => {
  const files = [
    ...readdirSync(join(ROOT, "proposals"))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => join(ROOT, "proposals", f)),
    ...["strong", "veto", "minimal"].map((f) => join(ROOT, "test/cli/fixtures", `${f}.yaml`)),
  ];

  it.each(files)("%s: points sum to the total within rounding, maxes to 100, positions are 1-based", (file) => {
    const r = evaluate(load(readFileSync(file, "utf8"), file), rules, defaultConfig(rules));
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
    expect(Number.isInteger(r.score)).toBe(true);
    const sum = r.criteria.reduce((n, c) => n + c.points, 0);
    // each point value is rounded to 0.1, the total to a whole number
    const slack = 0.5 + 0.05 * r.criteria.length;
    if (r.knockout) {
      expect(Math.abs(sum - r.knockout.uncapped)).toBeLessThanOrEqual(slack);
      expect(r.score).toBe(Math.min(r.knockout.uncapped, r.knockout.cap));
    } else expect(Math.abs(sum - r.score)).toBeLessThanOrEqual(slack);
    expect(Math.abs(r.criteria.reduce((n, c) => n + c.max, 0) - 100)).toBeLessThanOrEqual(0.05 * r.criteria.length);
    for (const c of r.criteria) {
      expect(c.points).toBeGreaterThanOrEqual(0);
      expect(c.points).toBeLessThanOrEqual(c.max);
      expect(c.line).toBeGreaterThanOrEqual(1);
      expect(c.column).toBeGreaterThanOrEqual(1);
      expect(c.status).toBe(statusOf(c.score));
    }
    expect(r.tier).toBe(tierFor(r.score, DEFAULT_TIERS));
  });
});

describe("describeChanges", () => {
  it("is empty for the defaults and names each change otherwise", () => {
    expect(describeChanges(defaultConfig(rules), rules)).toEqual([]);
    const changed: ScoringConfig = {
      ...defaultConfig(rules),
      weights: { ...defaultConfig(rules).weights, ratified: 40 },
      disabled: ["nato-path", "public"],
      tiers: [
        { min: 50, name: "credible" },
        { min: 0, name: "not credible" },
      ],
      knockoutCap: 10,
    };
    expect(describeChanges(changed, rules)).toEqual([
      `weight of ratified ${weightOf("ratified")} → 40`,
      "disabled: nato-path, public",
      "tiers: credible ≥ 50, not credible ≥ 0",
      "knock-out cap 25 → 10",
    ]);
  });
});
