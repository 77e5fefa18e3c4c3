import rule from "../../../src/model/rules/aligned-guarantors.js";
import { STANCES } from "../../../src/schema/proposal.js";
import { ruleTester } from "./helpers.js";

// Scoring: role-weighted share of guarantors by stance (aligned 1, neutral 0.3, adversary 0,
// not stated 0); weights lead 3, backstop 2, member 1, mediator 1 (and 1 when no role is stated).
const g = (name: string, role?: string, stance?: string) => ({
  name,
  ...(role ? { role } : {}),
  ...(stance ? { stance } : {}),
});

ruleTester(rule, {
  pass: [
    {
      name: "every guarantor shares the beneficiary's interest",
      proposal: { guarantors: [g("United Kingdom", "lead", "aligned"), g("France", "member", "aligned")] },
      message: ["2 aligned, 0 neutral, 0 adversary of 2 guarantors", "100% weighted by role"],
      path: ["guarantors"],
    },
  ],
  partial: [
    // (lead 3 × 1 + mediator 1 × 0.3) / 4 = 0.825
    {
      name: "an aligned lead and a neutral mediator",
      proposal: { guarantors: [g("United Kingdom", "lead", "aligned"), g("Turkey", "mediator", "neutral")] },
      score: 0.825,
      path: ["guarantors", 1, "stance"],
      message: "1 aligned, 1 neutral, 0 adversary of 2 guarantors",
    },
    // (lead 3 × 1 + backstop 2 × 0.3 + member 1 × 0) / 6 = 0.6; path: the first guarantor that is not aligned
    {
      name: "aligned lead, neutral backstop, adversary member",
      proposal: {
        guarantors: [
          g("United Kingdom", "lead", "aligned"),
          g("United States", "backstop", "neutral"),
          g("Russia", "member", "adversary"),
        ],
      },
      score: 0.6,
      path: ["guarantors", 1, "stance"],
      message: "1 aligned, 1 neutral, 1 adversary of 3 guarantors (60% weighted by role)",
    },
    {
      name: "a single neutral arbiter",
      proposal: { guarantors: [g("Turkey", "lead", "neutral")] },
      score: 0.3,
      message: "(30% weighted by role)",
    },
    // (lead 3 × 1 + no role 1 × not stated 0) / 4 = 0.75
    {
      name: "an aligned lead and a guarantor of unstated stance",
      proposal: { guarantors: [g("United Kingdom", "lead", "aligned"), g("Poland")] },
      score: 0.75,
      path: ["guarantors", 1],
      message: "1 aligned, 0 neutral, 0 adversary, 1 not stated of 2 guarantors",
    },
  ],
  fail: [
    {
      name: "the adversary is the only guarantor",
      proposal: { guarantors: [g("Russia", "lead", "adversary")] },
      path: ["guarantors", 0, "stance"],
      message: "0 aligned, 0 neutral, 1 adversary of 1 guarantor (",
    },
    {
      name: "neither guarantor states a stance",
      proposal: { guarantors: [g("France", "lead"), g("Germany", "member")] },
      path: ["guarantors", 0],
      message: "2 not stated",
    },
  ],
  absent: [
    {
      name: "guarantors[0].stance",
      proposal: {},
      field: ["guarantors", 0, "stance"],
      values: STANCES,
      message: "1 not stated",
      path: ["guarantors", 0],
    },
  ],
});
