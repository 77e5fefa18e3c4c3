import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/engine/config.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { rules } from "../../src/rules/index.js";
import rule from "../../src/rules/no-adversary-veto.js";
import { loadText } from "../../src/schema/load.js";
import { testRule } from "./tester.js";

const russia = { name: "Russia", role: "member", stance: "adversary" };
const uk = { name: "United Kingdom", role: "lead", stance: "aligned" };
const withDecision = (decision?: string, guarantors: object[] = [uk, russia]) => ({
  adversary: "Russia",
  guarantors,
  ...(decision ? { commitment: { decision } } : {}),
});

testRule(rule, {
  pass: [
    { name: "each guarantor acts alone", proposal: withDecision("unilateral", [uk]), score: 1, message: ["the adversary is not a guarantor"], knockout: false },
    { name: "unilateral even with the adversary among the guarantors", proposal: withDecision("unilateral"), score: 1, knockout: false },
  ],
  partial: [
    { name: "majority outvotes the adversary", proposal: withDecision("majority"), score: 0.75, message: ["adversary among guarantors: Russia"], knockout: false },
    { name: "consensus among aligned guarantors only", proposal: withDecision("consensus", [uk]), score: 0.5, knockout: false },
  ],
  fail: [
    { name: "consensus with the adversary as a guarantor: knock-out", proposal: withDecision("consensus-with-adversary"), score: 0, message: ["Russia is both a guarantor and the state to be deterred"], path: ["commitment", "decision"], knockout: true },
    { name: "plain consensus with the adversary as a guarantor: knock-out", proposal: withDecision("consensus"), score: 0, knockout: true },
    { name: "decision not stated with the adversary as a guarantor: the weakest reading, knock-out", proposal: withDecision(undefined), score: 0, message: ["not stated"], path: ["guarantors", 1], knockout: true },
    { name: "no stance, but named as the adversary: treated as the adversary", proposal: withDecision("consensus", [uk, { name: "russia" }]), score: 0, knockout: true },
    { name: "action needs the adversary's consent though it is not a guarantor: fails, no cap", proposal: withDecision("consensus-with-adversary", [uk]), score: 0, message: ["needs the adversary's consent"], knockout: false },
    { name: "decision not stated, no adversary among guarantors: fails, no cap", proposal: withDecision(undefined, [uk]), score: 0, message: ["not stated"], knockout: false },
  ],
});

describe("the knock-out in the engine", () => {
  const text = (decision: string) =>
    [
      "title: Veto test",
      "beneficiary: Ukraine",
      "adversary: Russia",
      "publicity: public",
      "nato: member",
      "guarantors:",
      "  - { name: United Kingdom, role: lead, stance: aligned, ratification: ratified }",
      "  - { name: Russia, role: member, stance: adversary, ratification: ratified }",
      "commitment: { obligation: defend, form: treaty, decision: " + decision + ", triggers: [armed attack], response_hours: 24, indefinite: true }",
      "troops: [{ nation: United Kingdom, count: 300000, role: deterrence }]",
    ].join("\n");
  const score = (decision: string) => {
    const loaded = loadText(text(decision), "veto.yaml");
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    return evaluate(loaded, rules, defaultConfig(rules));
  };

  it("caps the total at 25 and records why and what it would have been", () => {
    const capped = score("consensus-with-adversary");
    const free = score("unilateral");
    expect(free.score).toBeGreaterThan(25);
    expect(capped.score).toBe(25);
    expect(capped.knockout).toMatchObject({ rule: "no-adversary-veto", cap: 25 });
    expect(capped.knockout!.uncapped).toBeGreaterThan(25);
    expect(capped.knockout!.reason).toContain("Russia");
    expect(free.knockout).toBeNull();
  });
});
