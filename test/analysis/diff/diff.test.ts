// Pairs of drafts: what changed, what each change did, and what was not a change.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compare, type ReportDiff } from "../../../src/analysis/diff/compare.js";
import { applyChange } from "../../../src/analysis/change.js";
import { asChange, diffFields, formatSteps } from "../../../src/analysis/diff/fields.js";
import { diffJson, diffMarkdown, diffTable } from "../../../src/present/diff.js";
import type { Rule } from "../../../src/model/kernel.js";
import type { Paint } from "../../../src/present/text.js";
import { NO_PAINT } from "../../../src/present/text.js";
import { defaultConfig } from "../../../src/engine/config.js";
import { evaluate } from "../../../src/engine/evaluate.js";
import { rules } from "../../../src/model/rules/index.js";
import { loadText } from "../../../src/schema/load.js";
import { ROOT } from "../../helpers/run.js";

const config = defaultConfig(rules);
const base = readFileSync(join(ROOT, "proposals", "coalition-backstop-2025.yaml"), "utf8");
const load = (text: string, file: string) => {
  const l = loadText(text, file);
  if (!l.ok) throw new Error(JSON.stringify(l.diagnostics));
  return l;
};
function diffOf(beforeText: string, afterText: string, ruleset: readonly Rule[] = rules) {
  const cfg = ruleset === rules ? config : defaultConfig(ruleset);
  const b = load(beforeText, "before.yaml");
  const a = load(afterText, "after.yaml");
  const changes = diffFields(b.proposal, a.proposal);
  return compare(
    { ...evaluate(b, ruleset, cfg), proposal: b.proposal },
    evaluate(a, ruleset, cfg),
    changes,
    ruleset,
    cfg,
  );
}
const MINI = "title: T\nbeneficiary: Ukraine\nguarantors:\n  - name: A\n";
// Colour made visible: <red>…</red>, <green>…</green>.
const TAGS: Paint = {
  pass: (s) => `<green>${s}</green>`,
  partial: (s) => s,
  fail: (s) => `<red>${s}</red>`,
  dim: (s) => s,
  bold: (s) => s,
};

describe("diff", () => {
  it("a ratification withdrawn shows ratified with a negative delta, attributed to that field", () => {
    const after = base.replace(/(- name: United Kingdom\n(?:.*\n)*?\s+ratification: )executive/, "$1none");
    const d = diffOf(base, after);
    expect(d.changes).toEqual([
      {
        path: "guarantors[United Kingdom].ratification",
        steps: expect.any(Array),
        kind: "changed",
        before: "executive",
        after: "none",
      },
    ]);
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
    const after = load(
      base.replace("capabilities: [air-power, isr]", "capabilities: [isr, air-power, nuclear]"),
      "a.yaml",
    ).proposal;
    const changes = diffFields(before, after);
    expect(changes.map((c) => [c.path, c.kind, c.after])).toEqual([
      ["backstop.capabilities[nuclear]", "added", "nuclear"],
    ]);
    expect(applyChange(before, asChange(changes[0]!)).backstop?.capabilities).toEqual(["air-power", "isr", "nuclear"]);
  });

  it("two items with one identity are told apart by occurrence; none is dropped", () => {
    const two = `${MINI}troops:\n  - nation: United Kingdom\n    count: 5000\n    role: deterrence\n  - nation: United Kingdom\n    count: 500\n    role: training\n`;
    const before = load(two, "b.yaml").proposal;
    const after = load(two.replace("count: 500\n", "count: 800\n"), "a.yaml").proposal;
    const changes = diffFields(before, after);
    expect(changes.map((c) => [c.path, c.kind, c.before, c.after])).toEqual([
      ["troops[United Kingdom #2].count", "changed", 500, 800],
    ]);
    expect(applyChange(before, asChange(changes[0]!))).toEqual(after);
    // The second contingent withdrawn: a removal, not silence.
    const one = load(
      `${MINI}troops:\n  - nation: United Kingdom\n    count: 5000\n    role: deterrence\n`,
      "c.yaml",
    ).proposal;
    expect(diffFields(before, one).map((c) => [c.path, c.kind])).toEqual([["troops[United Kingdom #2]", "removed"]]);
    // A repeated trigger counts too: lists of values are sets, but a duplicate is not lost.
    const t = (xs: string[]) => load(`${MINI}commitment:\n  triggers: [${xs.join(", ")}]\n`, "t.yaml").proposal;
    expect(diffFields(t(["a", "a"]), t(["a"])).map((c) => c.path)).toEqual(["commitment.triggers[a #2]"]);
  });

  it("writes identities bare when they read unambiguously, as JSON strings otherwise", () => {
    const item = (id: string, n = 1) => ({ list: "guarantors", id, n });
    expect(formatSteps(["guarantors", item("United Kingdom"), "ratification"])).toBe(
      "guarantors[United Kingdom].ratification",
    );
    expect(formatSteps(["guarantors", item("United Kingdom", 2)])).toBe("guarantors[United Kingdom #2]");
    expect(formatSteps(["sources", item("A [draft]")])).toBe('sources["A [draft]"]');
    expect(formatSteps(["guarantors", item("Unit #2")])).toBe('guarantors["Unit #2"]');
    expect(formatSteps(["guarantors", item("Unit #2", 2)])).toBe('guarantors["Unit #2" #2]');
    expect(formatSteps(["guarantors", item("Zone 1.2")])).toBe("guarantors[Zone 1.2]");
  });

  it("sorts changes by path, and matches consequences by kind and detail", () => {
    const before = load(
      `${MINI}enforcement:\n  consequences:\n    - kind: sanctions\n      detail: oil\n    - kind: military\n`,
      "b.yaml",
    ).proposal;
    const after = load(
      `title: T2\nbeneficiary: Ukraine\nguarantors:\n  - name: A\n    ratification: ratified\nenforcement:\n  consequences:\n    - kind: military\n      automatic: true\n    - kind: sanctions\n      detail: oil\n`,
      "a.yaml",
    ).proposal;
    const paths = diffFields(before, after).map((c) => c.path);
    expect(paths).toEqual(["enforcement.consequences[military].automatic", "guarantors[A].ratification", "title"]);
  });

  it("a criterion moved only by two changes together has no single field to blame, and says so", () => {
    const both: Rule = {
      meta: {
        id: "both",
        title: "Both",
        weight: 1,
        sources: [],
        rationale: "",
        scoring: "",
        research: [],
        disagreement: "",
      },
      evaluate: (p) => ({ score: p.nato === "member" && p.publicity === "public" ? 1 : 0, message: "", path: [] }),
    };
    const d = diffOf(MINI, `${MINI}nato: member\npublicity: public\n`, [both]);
    expect(d.criteria).toEqual([{ id: "both", title: "Both", before: 0, after: 100, delta: 100, movedBy: [] }]);
    expect(diffTable(d, NO_PAINT)).toContain("both");
    expect(diffTable(d, NO_PAINT)).toContain("← the changes together");
    expect(diffMarkdown(d)).toContain("_the changes together_");
  });

  it("reports a knock-out that appears, and colours regressions red, first", () => {
    const base2 = `${MINI}adversary: Russia\ncommitment:\n  decision: consensus\n  obligation: defend\n`;
    const d = diffOf(
      base2,
      base2.replace("  - name: A\n", "  - name: A\n  - name: Russia\n    ratification: ratified\n"),
    );
    expect(d.after.knockout?.rule).toBe("no-adversary-veto");
    expect(d.before.knockout).toBeNull();
    const table = diffTable(d, TAGS);
    expect(table).toContain("<red>knock-out: no-adversary-veto now caps the total at");
    const rows = table.split("\n").filter((l) => /[▼▲]/.test(l));
    const firstRise = rows.findIndex((l) => l.includes("▲"));
    const lastFall = rows.map((l) => l.includes("▼")).lastIndexOf(true);
    expect(lastFall).toBeGreaterThanOrEqual(0);
    if (firstRise !== -1) expect(lastFall).toBeLessThan(firstRise);
    for (const r of rows) expect(r.startsWith(r.includes("▼") ? "<red>" : "<green>")).toBe(true);
    const json = JSON.parse(diffJson(d));
    expect(json.after.knockout.rule).toBe("no-adversary-veto");
    expect(json.regression).toBe(true);
  });

  it("JSON picks its fields; table and markdown show a file's text inert", () => {
    const evil = "Evil\u001b[2J\u202eCorp";
    const d = diffOf(
      MINI,
      MINI.replace("name: A", `name: "${evil.replace("\u001b", "\\e").replace("\u202e", "\\u202e")}"`),
    );
    expect(d.changes.map((c) => c.kind)).toEqual(["removed", "added"]);
    const json = JSON.parse(diffJson(d)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      "schemaVersion",
      "before",
      "after",
      "delta",
      "tierChanged",
      "regression",
      "criteria",
      "changes",
    ]);
    expect(json.schemaVersion).toBe(1);
    expect((json.changes as { path: string }[])[1]!.path).toBe(`guarantors[${JSON.stringify(evil)}]`);
    for (const out of [diffTable(d, NO_PAINT), diffMarkdown(d)]) {
      expect(out).not.toMatch(/[\u001b\u202e]/);
      expect(out).toContain("Evil");
    }
  });

  it("formats a hand-built diff exactly", () => {
    const d: ReportDiff = {
      before: { file: "a.yaml", score: 50, tier: "moderate", knockout: null },
      after: { file: "b.yaml", score: 45, tier: "weak", knockout: null },
      delta: -5,
      criteria: [
        {
          id: "ratified",
          title: "Ratified",
          before: 10,
          after: 4,
          delta: -6,
          movedBy: ["guarantors[UK].ratification"],
        },
        { id: "public", title: "Public", before: 2, after: 3, delta: 1, movedBy: ["publicity"] },
      ],
      changes: [
        { path: "guarantors[UK].ratification", steps: [], kind: "changed", before: "ratified", after: "none" },
        { path: "publicity", steps: [], kind: "added", after: "public" },
      ],
    };
    expect(diffTable(d, NO_PAINT)).toBe(
      [
        "a.yaml → b.yaml",
        "",
        "Changed fields (2)",
        "  ~ guarantors[UK].ratification: ratified → none",
        "  + publicity: added public",
        "",
        "Criteria that moved (2)",
        "  ▼ ratified                  10 → 4     (-6)  ← guarantors[UK].ratification",
        "  ▲ public                     2 → 3     (+1)  ← publicity",
        "",
        "Total 50 → 45 (-5); tier moderate → weak",
        "",
      ].join("\n"),
    );
    expect(diffMarkdown(d)).toContain("| 🔻 ratified | 10 | 4 | -6 | guarantors\\[UK\\].ratification |");
    expect(JSON.parse(diffJson(d)).changes).toEqual([
      { path: "guarantors[UK].ratification", kind: "changed", before: "ratified", after: "none" },
      { path: "publicity", kind: "added", before: null, after: "public" },
    ]);
  });
});
