// The outcome block is what the backtest holds the score against; no criterion may read it.
// For every reference and every history file, the result with and without `outcome` (and with
// either result) is identical: every criterion, the total, the tier, the knock-out, acceptability.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assessAcceptability } from "../../../src/analysis/acceptability.js";
import { defaultAcceptabilityConfig } from "../../../src/analysis/acceptability-config.js";
import { items } from "../../../src/model/acceptability/index.js";
import { defaultConfig } from "../../../src/engine/config.js";
import { evaluate } from "../../../src/engine/evaluate.js";
import { rules } from "../../../src/model/rules/index.js";
import { loadText, type Loaded } from "../../../src/schema/load.js";
import type { Proposal } from "../../../src/schema/proposal.js";
import { ROOT } from "../../helpers/run.js";

const yamls = (dir: string) => {
  try {
    return readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
};
const REFERENCES = yamls(join(ROOT, "proposals"));
const HISTORY = yamls(join(ROOT, "proposals/history"));

function load(file: string, text = readFileSync(file, "utf8")): Loaded {
  const l = loadText(text, file);
  if (!l.ok)
    throw new Error(`${file}: ${l.diagnostics.map((d) => `${d.line}:${d.column} ${d.path} ${d.message}`).join("; ")}`);
  return l;
}

/** Everything a result says about the proposal, without where in the file it says it. */
function result(l: Loaded) {
  const s = evaluate(l, rules, defaultConfig(rules));
  const a = assessAcceptability(l, s.score, items, defaultAcceptabilityConfig());
  const unplaced = <T extends { line: number; column: number; endLine: number; endColumn: number }>({
    line: _l,
    column: _c,
    endLine: _el,
    endColumn: _ec,
    ...rest
  }: T) => rest;
  return {
    score: s.score,
    tier: s.tier,
    knockout: s.knockout,
    criteria: s.criteria.map(unplaced),
    acceptability: { ...a, items: a.items.map(unplaced) },
  };
}

const OUTCOMES: NonNullable<Proposal["outcome"]>[] = [
  { result: "held" },
  {
    result: "failed",
    event: "an invasion",
    date: "2014-03-18",
    sources: [{ title: "A history", author: "A historian" }],
  },
];

const withOutcome = (l: Loaded, outcome: Proposal["outcome"]): Loaded => {
  const { outcome: _, ...rest } = l.proposal;
  return { ...l, proposal: outcome ? { ...rest, outcome } : rest };
};

describe("the outcome block never changes a score", () => {
  it("finds the reference library (and the history library, once it is there)", () => {
    expect(REFERENCES.length).toBeGreaterThanOrEqual(10);
  });

  it.each([...REFERENCES, ...HISTORY].map((f) => [f.slice(ROOT.length + 1), f] as const))(
    "%s: the same with no outcome, a held one or a failed one",
    (_, file) => {
      const l = load(file);
      const base = result(withOutcome(l, undefined));
      for (const o of OUTCOMES) expect(result(withOutcome(l, o)), o.result).toEqual(base);
    },
  );

  it.each(REFERENCES.map((f) => [f.slice(ROOT.length + 1), f] as const))(
    "%s: the same when an outcome block is written into the file",
    (_, file) => {
      const text = readFileSync(file, "utf8");
      const base = result(load(file, text));
      for (const block of [
        "outcome:\n  result: held\n",
        "outcome:\n  result: failed\n  event: a test\n  date: 2000-01-01\n",
      ]) {
        expect(result(load(file, `${text.trimEnd()}\n${block}`))).toEqual(base);
      }
    },
  );

  it.each(HISTORY.map((f) => [f.slice(ROOT.length + 1), f] as const))(
    "%s: is valid, has an outcome, and scores the same with the block deleted from the file",
    (_, file) => {
      const l = load(file);
      expect(l.proposal.outcome, "a history file records its outcome").toBeDefined();
      const without = l.doc.clone();
      without.delete("outcome");
      expect(result(load(file, without.toString()))).toEqual(result(l));
    },
  );
});
