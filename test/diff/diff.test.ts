// Pairs of drafts: what changed, what each change did, and what was not a change.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compare } from "../../src/diff/compare.js";
import { applyChange, diffFields } from "../../src/diff/fields.js";
import { defaultConfig } from "../../src/engine/config.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { rules } from "../../src/rules/index.js";
import { loadText } from "../../src/schema/load.js";
import { ROOT } from "../helpers/run.js";

const config = defaultConfig(rules);
const base = readFileSync(join(ROOT, "proposals", "coalition-backstop-2025.yaml"), "utf8");
const load = (text: string, file: string) => {
  const l = loadText(text, file);
  if (!l.ok) throw new Error(JSON.stringify(l.diagnostics));
  return l;
};
function diffOf(beforeText: string, afterText: string) {
  const b = load(beforeText, "before.yaml");
  const a = load(afterText, "after.yaml");
  const changes = diffFields(b.proposal, a.proposal);
  return compare({ ...evaluate(b, rules, config), proposal: b.proposal }, evaluate(a, rules, config), changes, rules, config);
}

describe("diff", () => {
  it("a ratification withdrawn shows ratified with a negative delta, attributed to that field", () => {
    const after = base.replace(/(- name: United Kingdom\n(?:.*\n)*?\s+ratification: )executive/, "$1none");
    const d = diffOf(base, after);
    expect(d.changes).toEqual([{ path: "guarantors[United Kingdom].ratification", steps: expect.any(Array), kind: "changed", before: "executive", after: "none" }]);
    const ratified = d.criteria.find((c) => c.id === "ratified")!;
    expect(ratified.delta).toBeLessThan(0);
    expect(ratified.movedBy).toEqual(["guarantors[United Kingdom].ratification"]);
    expect(d.criteria[0]!.delta).toBeLessThan(0); // regressions first
    expect(d.delta).toBeLessThanOrEqual(0);
  });

  it("troops added show boots-on-the-ground rising", () => {
    const after = base.replace("troops:\n", "troops:\n  - nation: Poland\n    count: 20000\n    role: deterrence\n");
    const d = diffOf(base, after);
    expect(d.changes.map((c) => [c.path, c.kind])).toEqual([["troops[Poland]", "added"]]);
    const boots = d.criteria.find((c) => c.id === "boots-on-the-ground")!;
    expect(boots.delta).toBeGreaterThan(0);
    expect(boots.movedBy).toEqual(["troops[Poland]"]);
    expect(d.delta).toBeGreaterThan(0);
  });

  it("guarantors reordered show no change", () => {
    const doc = load(base, "x.yaml").proposal;
    const reordered = { ...doc, guarantors: [...doc.guarantors].reverse() };
    expect(diffFields(doc, reordered)).toEqual([]);
  });

  it("a renamed guarantor shows as removed and added", () => {
    const after = base.replace("- name: France", "- name: French Republic");
    const d = diffOf(base, after);
    expect(d.changes.map((c) => [c.path, c.kind])).toEqual([
      ["guarantors[France]", "removed"],
      ["guarantors[French Republic]", "added"],
    ]);
    expect(d.criteria).toEqual([]);
  });

  it("lists of plain values are compared as sets; applying a change alone reproduces the edit", () => {
    const before = load(base, "b.yaml").proposal;
    const after = load(base.replace("capabilities: [air-power, isr]", "capabilities: [isr, air-power, nuclear]"), "a.yaml").proposal;
    const changes = diffFields(before, after);
    expect(changes.map((c) => [c.path, c.kind, c.after])).toEqual([["backstop.capabilities[nuclear]", "added", "nuclear"]]);
    expect(applyChange(before, changes[0]!).backstop?.capabilities).toEqual(["air-power", "isr", "nuclear"]);
  });
});
