// A small rule tester (after ESLint's RuleTester): each case is a proposal built from a
// minimal valid base, validated by the real schema, and the expected score, status,
// message fragments and path of one rule.
import { describe, expect, it } from "vitest";
import { statusOf } from "../../src/engine/evaluate.js";
import type { Rule } from "../../src/engine/types.js";
import { proposalSchema, type Proposal } from "../../src/schema/proposal.js";

export const BASE = { title: "Test proposal", beneficiary: "Ukraine", guarantors: [{ name: "United Kingdom" }] };

export interface Case {
  name: string;
  proposal: Record<string, unknown>;
  score: number;
  message?: string[];
  path?: (string | number)[];
  knockout?: boolean;
}

export const make = (over: Record<string, unknown>): Proposal => proposalSchema.parse({ ...BASE, ...over });

export function testRule(rule: Rule, cases: { pass: Case[]; partial: Case[]; fail: Case[] }): void {
  describe(rule.meta.id, () => {
    for (const [kind, list] of Object.entries(cases) as [keyof typeof cases, Case[]][]) {
      it(`has ${kind} cases`, () => expect(list.length).toBeGreaterThan(0));
      for (const c of list) {
        it(`${kind}: ${c.name}`, () => {
          const e = rule.evaluate(make(c.proposal));
          expect(e.score, `score of ${c.name}`).toBeCloseTo(c.score, 6);
          expect(statusOf(e.score)).toBe(kind);
          for (const m of c.message ?? []) expect(e.message).toContain(m);
          if (c.path) expect(e.path).toEqual(c.path);
          if (c.knockout !== undefined) expect(Boolean(e.knockout)).toBe(c.knockout);
        });
      }
    }
  });
}
