// A small rule tester, after ESLint's RuleTester. Every case is a proposal built from a
// minimal valid base merged with overrides and validated by the real schema, so a test
// never feeds a rule data that a proposal file could not contain. Expected scores are
// computed by hand from each rule's `meta.scoring`, never copied from its output.
import { describe, expect, it } from "vitest";
import { statusOf } from "../../../src/engine/evaluate.js";
import type { Status } from "../../../src/engine/result.js";
import type { Evaluation, Rule } from "../../../src/model/kernel.js";
import { proposalSchema, type Proposal } from "../../../src/schema/proposal.js";
import type { PathSegment } from "../../../src/util/path.js";

/** The smallest valid proposal: only the required fields. */
export const BASE = {
  title: "Test proposal",
  beneficiary: "Ukraine",
  guarantors: [{ name: "United Kingdom" }],
} as const;

/** Top-level fields replacing those of BASE (a shallow merge, as a file would state them). */
export type Overrides = Record<string, unknown>;

/** BASE merged with `overrides`, validated; throws with the schema's complaint when invalid. */
export function proposal(overrides: Overrides = {}): Proposal {
  const result = proposalSchema.safeParse({ ...structuredClone(BASE), ...structuredClone(overrides) });
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new Error(`invalid test proposal ${JSON.stringify(overrides)}: ${issues}`);
  }
  return result.data;
}

/** Evaluate one rule on BASE merged with `overrides`. */
export const run = (rule: Rule, overrides: Overrides = {}): Evaluation => rule.evaluate(proposal(overrides));

export interface Expected {
  score: number;
  /** Defaults to the status the score implies; give it to pin the boundary explicitly. */
  status?: Status;
  /** Fragments the message must contain. */
  message?: string | readonly string[];
  path?: readonly PathSegment[];
  /** Whether the evaluation carries a knock-out (checked only when given). */
  knockout?: boolean;
}

/** Assert score (to 9 decimals), status via the engine's statusOf, message fragments, path and knock-out. */
export function expectEvaluation(e: Evaluation, x: Expected, label = ""): void {
  const at = label ? `${label}: ` : "";
  expect(e.score, `${at}score (message: ${e.message})`).toBeCloseTo(x.score, 9);
  expect(statusOf(e.score), `${at}status`).toBe(x.status ?? statusOf(x.score));
  for (const m of typeof x.message === "string" ? [x.message] : (x.message ?? []))
    expect(e.message, `${at}message`).toContain(m);
  if (x.path) expect(e.path, `${at}path`).toEqual(x.path);
  if (x.knockout !== undefined)
    expect(e.knockout !== undefined, `${at}knock-out (${e.knockout?.reason ?? "none"})`).toBe(x.knockout);
}

/** Run one rule on BASE + overrides and assert the outcome; returns the evaluation for further checks. */
export function check(rule: Rule, overrides: Overrides, x: Expected): Evaluation {
  const e = run(rule, overrides);
  expectEvaluation(e, x);
  return e;
}

export interface Case extends Omit<Expected, "score" | "status"> {
  name: string;
  proposal: Overrides;
  /** Required for partial cases; pass cases default to 1 and fail cases to 0. */
  score?: number;
}

export interface AbsentCase {
  name: string;
  /** Overrides with the field in question left out. */
  proposal: Overrides;
  /** Where the field goes, e.g. ["commitment", "obligation"]. */
  field: readonly PathSegment[];
  /** Every (or a representative) stated value of the field; absence must score no higher than any. */
  values: readonly unknown[];
  message: string | readonly string[];
  path?: readonly PathSegment[];
  /** Set (with the reason) when the rule's message does not say "not stated"; pin that with an `it.fails`. */
  knownIssue?: string;
}

export interface RuleCases {
  pass: readonly Case[];
  partial: readonly Case[];
  fail: readonly Case[];
  /** A left-out field is the weakest answer: no higher than any stated value, and the message says "not stated". */
  absent: readonly AbsentCase[];
}

/** `overrides` with `value` set at `path` (parents created as plain objects). */
export function withField(overrides: Overrides, path: readonly PathSegment[], value: unknown): Overrides {
  const out = structuredClone(overrides) as Record<PathSegment, unknown>;
  let node: Record<PathSegment, unknown> = out;
  path.forEach((seg, i) => {
    if (i === path.length - 1) node[seg] = value;
    else {
      const fromBase =
        i === 0 && node[seg] === undefined ? structuredClone((BASE as Record<PathSegment, unknown>)[seg]) : undefined;
      node[seg] ??= fromBase ?? {};
      node = node[seg] as Record<PathSegment, unknown>;
    }
  });
  return out;
}

/** Declare the pass / partial / fail / absent cases of one rule as vitest tests. */
export function ruleTester(rule: Rule, cases: RuleCases): void {
  describe(rule.meta.id, () => {
    it("has at least one case of every kind", () => {
      for (const kind of ["pass", "partial", "fail", "absent"] as const)
        expect(cases[kind].length, kind).toBeGreaterThan(0);
    });
    for (const [kind, list] of [
      ["pass", cases.pass],
      ["partial", cases.partial],
      ["fail", cases.fail],
    ] as const) {
      for (const c of list) {
        it(`${kind}: ${c.name}`, () => {
          const score = c.score ?? (kind === "pass" ? 1 : kind === "fail" ? 0 : NaN);
          expect(Number.isNaN(score), "a partial case needs its hand-computed score").toBe(false);
          const { name, proposal: overrides, ...rest } = c;
          expectEvaluation(run(rule, overrides), { ...rest, score, status: kind }, name);
        });
      }
    }
    for (const c of cases.absent) {
      it(`absent: ${c.name} scores as the weakest answer and says "not stated"`, () => {
        const absent = run(rule, c.proposal);
        for (const m of typeof c.message === "string" ? [c.message] : c.message) expect(absent.message).toContain(m);
        if (!c.knownIssue) expect(absent.message).toContain("not stated");
        if (c.path) expect(absent.path).toEqual(c.path);
        for (const v of c.values) {
          const stated = run(rule, withField(c.proposal, c.field, v));
          expect(
            absent.score,
            `absent ${c.field.join(".")} vs ${JSON.stringify(v)} (${stated.message})`,
          ).toBeLessThanOrEqual(stated.score + 1e-12);
        }
      });
    }
  });
}
