import { expect, it } from "vitest";
import { POWERS, REACHES } from "../../../src/schema/proposal.js";
import rule from "../../../src/model/rules/capable-guarantors.js";
import { ruleTester } from "./helpers.js";
import { proposal } from "../../helpers/proposals.js";

// Scoring: the best guarantor's power (stronger 1, comparable 0.7, weaker 0.35, much-weaker 0.1;
// not stated 0) × reach (present 1, near 0.85, distant 0.5, none 0.1; not stated 0); nuclear:
// 1 − (1 − that) × 0.5; times how far it is bound (adversary or barred 0, chained 0.5, changed
// since signing × 0.5).
const g = (o: Record<string, unknown>) => ({ name: "United States", ...o });

ruleTester(rule, {
  pass: [
    {
      name: "a stronger guarantor already present",
      proposal: { guarantors: [g({ power: "stronger", reach: "present" })] },
      path: ["guarantors", 0],
      message: "United States (power stronger, reach present)",
    },
    {
      name: "the best of several counts",
      proposal: {
        guarantors: [
          { name: "Poland", power: "much-weaker", reach: "near" },
          g({ power: "stronger", reach: "present" }),
        ],
      },
      path: ["guarantors", 1],
    },
  ],
  partial: [
    {
      name: "stronger but distant",
      proposal: { guarantors: [g({ power: "stronger", reach: "distant" })] },
      score: 0.5,
    },
    {
      name: "comparable and near",
      proposal: { guarantors: [g({ power: "comparable", reach: "near" })] },
      score: 0.7 * 0.85,
    },
    // nuclear: 1 − (1 − 0.35 × 0.1) × 0.5
    {
      name: "a weaker nuclear power with no route",
      proposal: { guarantors: [g({ power: "weaker", reach: "none", nuclear: true })] },
      score: 1 - (1 - 0.035) * 0.5,
    },
    {
      name: "one that acts only after another counts half",
      proposal: { guarantors: [g({ power: "stronger", reach: "present", acts_after: "France" })] },
      score: 0.5,
    },
    {
      name: "one whose alignment changed since signing counts half",
      proposal: { guarantors: [g({ power: "stronger", reach: "present", changed_since_signing: ["alignment"] })] },
      score: 0.5,
    },
  ],
  fail: [
    { name: "power and reach not stated", proposal: {}, message: "power not stated, reach not stated" },
    {
      name: "the adversary's own strength protects nothing",
      proposal: { adversary: "Russia", guarantors: [{ name: "Russia", power: "stronger", reach: "present" }] },
    },
    {
      name: "barred by its own law",
      proposal: { guarantors: [g({ power: "stronger", reach: "present", barred_by_law: true })] },
    },
  ],
  absent: [
    {
      name: "guarantors[0].power",
      proposal: { guarantors: [g({ reach: "present" })] },
      field: ["guarantors", 0, "power"],
      values: POWERS,
      message: "power not stated",
    },
    {
      name: "guarantors[0].reach",
      proposal: { guarantors: [g({ power: "stronger" })] },
      field: ["guarantors", 0, "reach"],
      values: REACHES,
      message: "reach not stated",
    },
  ],
});

// diff and suggest score edited copies that the format may not accept yet; a rule must not throw on them.
it("scores an edited copy with no guarantors as 0, without throwing", () => {
  const p = { ...proposal({ guarantors: [{ name: "A" }] }), guarantors: [] };
  expect(rule.evaluate(p)).toEqual({ score: 0, message: "no guarantors", path: ["guarantors"] });
});
