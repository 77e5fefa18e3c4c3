import { expect, it } from "vitest";
import rule from "../../../src/model/rules/burden-sharing.js";
import { ruleTester, run } from "./helpers.js";

// Scoring: guarantor troops with a count above zero from two or more nations 1, from one 0.5,
// none 0; the adversary's own forces do not count. (How many share the promise is bound-individually.)
const troops = (...nations: string[]) => nations.map((nation) => ({ nation, count: 1_000 }));

ruleTester(rule, {
  pass: [
    {
      name: "troops from two nations",
      proposal: { troops: troops("United Kingdom", "France") },
      path: ["troops"],
      message: "guarantor troops from 2 nations",
    },
    { name: "troops from three nations", proposal: { troops: troops("United Kingdom", "France", "Poland") } },
  ],
  partial: [
    {
      name: "one nation's troops",
      proposal: { troops: troops("United Kingdom") },
      score: 0.5,
      message: "guarantor troops from 1 nation",
    },
    // nations compared without case; a contingent of 0 or without a count contributes nothing
    {
      name: "the same nation twice, and nations with zero or no count",
      proposal: { troops: [...troops("France", "FRANCE"), { nation: "Poland", count: 0 }, { nation: "Italy" }] },
      score: 0.5,
    },
    // the adversary's garrison is not a contribution
    {
      name: "one guarantor's troops beside the adversary's",
      proposal: { adversary: "Russia", troops: troops("France", "Russia") },
      score: 0.5,
    },
  ],
  fail: [
    { name: "an empty list", proposal: { troops: [] }, message: "guarantor troops from no nations" },
    { name: "only the adversary's forces", proposal: { adversary: "Russia", troops: troops("Russia") } },
  ],
  absent: [
    {
      name: "troops (weakest: no contribution)",
      proposal: {},
      field: ["troops"],
      values: [[], troops("France"), [{ nation: "France" }]],
      message: "troops not stated",
    },
  ],
});

it("burden-sharing no longer counts guarantors: five with no troops score 0", () => {
  const five = ["United Kingdom", "France", "Germany", "Poland", "Italy"].map((name) => ({ name }));
  expect(run(rule, { guarantors: five }).score).toBe(0);
});
