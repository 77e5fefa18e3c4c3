import { describe, expect, it } from "vitest";
import { DEFAULT_KNOCKOUT_CAP, defaultConfig } from "../../../src/engine/config.js";
import { evaluate } from "../../../src/engine/evaluate.js";
import { rules } from "../../../src/model/rules/index.js";
import rule from "../../../src/model/rules/no-adversary-veto.js";
import { DECISIONS } from "../../../src/schema/proposal.js";
import { loadText } from "../../../src/schema/load.js";
import { check, ruleTester } from "./helpers.js";

// Scoring: commitment.decision unilateral 1, majority 0.75, consensus 0.5,
// consensus-with-adversary 0; not stated 0. Knock-out when a guarantor is the adversary
// (stance adversary, or no stance and the name of the proposal's adversary) and the decision is
// consensus, consensus-with-adversary or not stated.
const uk = { name: "United Kingdom", role: "lead", stance: "aligned" };
const russia = { name: "Russia", role: "member", stance: "adversary" };
const p = (
  decision: string | undefined,
  guarantors: object[] = [uk, russia],
  adversary: string | undefined = "Russia",
) => ({
  ...(adversary ? { adversary } : {}),
  guarantors,
  ...(decision ? { commitment: { decision } } : {}),
});

ruleTester(rule, {
  pass: [
    {
      name: "each guarantor may act alone; the adversary is not a guarantor",
      proposal: p("unilateral", [uk]),
      path: ["commitment", "decision"],
      message: "decision unilateral; the adversary is not a guarantor",
      knockout: false,
    },
    {
      name: "unilateral action even with the adversary among the guarantors",
      proposal: p("unilateral"),
      message: "adversary among guarantors: Russia",
      knockout: false,
    },
  ],
  partial: [
    {
      name: "a majority outvotes the adversary",
      proposal: p("majority"),
      score: 0.75,
      path: ["commitment", "decision"],
      message: "decision majority; adversary among guarantors: Russia",
      knockout: false,
    },
    {
      name: "consensus among guarantors that exclude the adversary",
      proposal: p("consensus", [uk]),
      score: 0.5,
      knockout: false,
    },
    {
      name: "adversary named only as `adversary:`, not a guarantor: consensus is no veto",
      proposal: p("consensus", [uk, { name: "France" }]),
      score: 0.5,
      message: "the adversary is not a guarantor",
      knockout: false,
    },
    {
      name: "a guarantor named as the adversary but with a stated stance is not treated as the adversary",
      proposal: p("consensus", [uk, { name: "Russia", stance: "neutral" }]),
      score: 0.5,
      knockout: false,
    },
  ],
  fail: [
    {
      name: "knock-out: an adversary guarantor and consensus-with-adversary",
      proposal: p("consensus-with-adversary"),
      path: ["commitment", "decision"],
      message:
        "Russia is both a guarantor and the state to be deterred, and the guarantors act by consensus-with-adversary",
      knockout: true,
    },
    {
      name: "knock-out: an adversary guarantor and plain consensus",
      proposal: p("consensus"),
      path: ["commitment", "decision"],
      message: "act by consensus: it can block the response",
      knockout: true,
    },
    {
      name: "knock-out: an adversary guarantor and the decision rule not stated",
      proposal: p(undefined),
      path: ["guarantors", 1],
      message: "the decision rule is not stated, so the weakest reading applies",
      knockout: true,
    },
    {
      name: "knock-out: stance adversary with no `adversary:` field",
      proposal: p("consensus", [uk, russia], undefined),
      knockout: true,
    },
    {
      name: "knock-out: a guarantor whose name is the adversary (case and spaces aside), no stance",
      proposal: p("consensus", [uk, { name: "  russia " }]),
      path: ["commitment", "decision"],
      knockout: true,
    },
    {
      name: "the first adversary guarantor is named when there are two",
      proposal: p("consensus", [uk, { name: "Belarus", stance: "adversary" }, { name: "Russia" }]),
      message: "Belarus is both a guarantor",
      knockout: true,
    },
    {
      name: "no knock-out: the adversary's consent is needed though it is not a guarantor",
      proposal: p("consensus-with-adversary", [uk]),
      message: "decision consensus-with-adversary (action needs the adversary's consent)",
      knockout: false,
    },
    {
      name: "no knock-out: adversary listed only as `adversary:`, consensus-with-adversary",
      proposal: p("consensus-with-adversary", [uk, { name: "France", stance: "neutral" }]),
      knockout: false,
    },
  ],
  absent: [
    {
      name: "commitment.decision, no adversary among guarantors",
      proposal: p(undefined, [uk]),
      field: ["commitment", "decision"],
      values: DECISIONS,
      message: "commitment.decision not stated",
      path: ["commitment"],
    },
    {
      name: "commitment.decision, the adversary a guarantor",
      proposal: p(undefined),
      field: ["commitment", "decision"],
      values: DECISIONS,
      message: "not stated",
      path: ["guarantors", 1],
    },
  ],
});

describe("no-adversary-veto knock-out, case by case", () => {
  const cases: [string, string | undefined, boolean][] = [
    ["consensus-with-adversary", "consensus-with-adversary", true],
    ["consensus", "consensus", true],
    ["decision absent", undefined, true],
    ["majority", "majority", false],
    ["unilateral", "unilateral", false],
  ];
  for (const [name, decision, ko] of cases) {
    it(`an adversary-stance guarantor with ${name} → ${ko ? "knock-out" : "no knock-out"}`, () => {
      const e = check(rule, p(decision), {
        score: decision ? ({ unilateral: 1, majority: 0.75 }[decision] ?? 0) : 0,
        knockout: ko,
      });
      if (ko) expect(e.knockout!.reason).toBe(e.message);
    });
  }
  it("a guarantor named as the adversary, with no stance, is treated as the adversary", () => {
    check(rule, p("consensus", [uk, { name: "Russia" }]), { score: 0, knockout: true });
    check(rule, p(undefined, [uk, { name: "Russia" }]), { score: 0, knockout: true, path: ["guarantors", 1] });
  });
  it("the adversary listed only as `adversary:`, not among the guarantors → no knock-out, whatever the decision", () => {
    for (const d of [...DECISIONS, undefined])
      check(rule, p(d, [uk]), {
        score: d ? ({ unilateral: 1, majority: 0.75, consensus: 0.5 }[d as string] ?? 0) : 0,
        knockout: false,
      });
  });
});

describe("the knock-out in the engine", () => {
  const yaml = (decision: string) =>
    [
      "title: Veto test",
      "beneficiary: Ukraine",
      "adversary: Russia",
      "publicity: public",
      "nato: member",
      "guarantors:",
      "  - { name: United Kingdom, role: lead, stance: aligned, ratification: ratified }",
      "  - { name: Russia, role: member, stance: adversary, ratification: ratified }",
      `commitment: { obligation: defend, form: treaty, decision: ${decision}, triggers: [armed attack, blockade], response_hours: 24, indefinite: true }`,
      "troops: [{ nation: United Kingdom, count: 300000, role: deterrence }]",
      "",
    ].join("\n");
  const load = (decision: string) => {
    const loaded = loadText(yaml(decision), "veto.yaml");
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    return loaded;
  };
  const score = (decision: string) => evaluate(load(decision), rules, defaultConfig(rules));
  // The exact uncapped total: default weights make 100, so it is Σ weight × score.
  const exact = (decision: string) =>
    rules.reduce((n, r) => n + r.meta.weight * r.evaluate(load(decision).proposal).score, 0);

  it("caps the total at 25 and records the rule, the reason and the uncapped total", () => {
    expect(DEFAULT_KNOCKOUT_CAP).toBe(25);
    for (const decision of ["consensus-with-adversary", "consensus"]) {
      const capped = score(decision);
      expect(exact(decision), "the proposal is strong apart from the veto").toBeGreaterThan(25);
      expect(capped.score).toBe(25);
      expect(capped.knockout).toMatchObject({ rule: "no-adversary-veto", cap: 25 });
      expect(capped.knockout!.uncapped).toBe(Math.round(exact(decision)));
      expect(capped.knockout!.reason).toContain("Russia is both a guarantor and the state to be deterred");
      const veto = capped.criteria.find((c) => c.id === "no-adversary-veto")!;
      expect(veto).toMatchObject({ status: "fail", points: 0, path: "commitment.decision", line: 9 });
    }
  });

  it("lets the same proposal score freely when the majority decides", () => {
    const free = score("majority");
    expect(free.knockout).toBeNull();
    expect(free.score).toBeGreaterThan(25);
    expect(free.score).toBe(Math.round(exact("majority")));
  });
});
