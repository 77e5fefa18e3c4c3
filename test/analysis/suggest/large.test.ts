// Suggestions on a proposal with 1,000 guarantors: each lever re-scores the whole proposal,
// so only the first LIST_LEVERS items of a list are tried, and a change inside one item
// checks that item alone; the result is the same as checking the whole proposal would give.
import { describe, expect, it } from "vitest";
import { defaultAcceptabilityConfig } from "../../../src/analysis/acceptability-config.js";
import { items } from "../../../src/model/acceptability/index.js";
import { defaultConfig } from "../../../src/engine/config.js";
import { rules } from "../../../src/model/rules/index.js";
import { loadText, type Loaded } from "../../../src/schema/load.js";
import { proposalSchema } from "../../../src/schema/proposal.js";
import { applyChange } from "../../../src/analysis/change.js";
import { levers, LIST_LEVERS } from "../../../src/analysis/suggest/levers.js";
import { suggest } from "../../../src/analysis/suggest/suggest.js";
import { run } from "../../helpers/run.js";

const guarantors = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `  - name: G${i}\n    role: ${i % 2 ? "backstop" : "lead"}\n    stance: aligned\n    ratification: none\n`,
  ).join("");
// The adversary last, and a consensus rule: the knock-out that leaving it out lifts.
const TEXT = `title: T\nbeneficiary: Ukraine\nadversary: Russia\ncommitment:\n  decision: consensus\nguarantors:\n${guarantors(1000)}  - name: Russia\n    stance: adversary\n`;
const settings = { rules, scoring: defaultConfig(rules), items, acceptability: defaultAcceptabilityConfig() };
const load = (text: string): Loaded => {
  const l = loadText(text, "many.yaml");
  if (!l.ok) throw new Error(JSON.stringify(l.diagnostics.slice(0, 3)));
  return l;
};

describe("levers on long lists", () => {
  it(`try the fields of the first ${LIST_LEVERS} guarantors only`, () => {
    const inside = (path: readonly unknown[]) =>
      path[0] === "guarantors" && typeof path[1] === "number" && path.length > 2;
    const indexes = new Set(
      levers(load(TEXT).proposal).flatMap((l) => (inside(l.change.path) ? [l.change.path[1]] : [])),
    );
    expect(indexes.size).toBe(LIST_LEVERS);
    expect(Math.max(...(indexes as Set<number>))).toBe(LIST_LEVERS - 1);
  });

  it("give the suggestions a full check of each changed proposal gives, on a list short enough to try whole", () => {
    const loaded = load(`title: T\nbeneficiary: Ukraine\nguarantors:\n${guarantors(8)}`);
    const got = suggest(loaded, settings);
    expect(got.length).toBeGreaterThan(0);
    for (const s of got)
      expect(proposalSchema.safeParse(applyChange(loaded.proposal, s.change)).success, s.action).toBe(true);
    // An item change the item's schema refuses is dropped, as a whole check would drop it.
    const bad = { change: { op: "set" as const, path: ["guarantors", 0, "ratification"], value: "maybe" } };
    expect(proposalSchema.safeParse(applyChange(loaded.proposal, bad.change)).success).toBe(false);
  });
});

describe("through the built binary", () => {
  it("the table scorecard (with its three suggestions) of 1,000 guarantors finishes", () => {
    // It took 25 s; the limit here only catches a hang.
    const r = run(["-"], { input: TEXT, timeout: 15_000 });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // Leaving the adversary out is offered wherever it stands in the list.
    const all = run(["suggest", "-", "--top", "100"], { input: TEXT, timeout: 15_000 });
    expect(all.code).toBe(0);
    expect(all.stdout).toContain("remove guarantors[1000] (Russia), the adversary, from the guarantors");
    expect(r.stdout).toContain("What would raise the score most");
  }, 20_000);
});
