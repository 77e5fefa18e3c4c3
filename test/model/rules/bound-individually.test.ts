import rule from "../../../src/model/rules/bound-individually.js";
import { ruleTester } from "./helpers.js";

// Scoring: the number of guarantors sharing the promise, the adversary among them: 1 → 1, 2 → 0.8,
// 3 → 0.65, 5 → 0.45, 10 → 0.25, linear between; at least 0.7 when one of several (bound) is the
// lead; 0 when none but the adversary, or one its own law bars, is bound, and when the commitment binds
// to nothing (obligation none or not stated).
const gs = (...names: string[]) => names.map((name) => ({ name }));
/** An obligation that binds the guarantors to something. */
const BOUND = { obligation: "defend" };

ruleTester(rule, {
  pass: [
    {
      name: "one guarantor bound on its own",
      proposal: { commitment: BOUND },
      path: ["guarantors"],
      message: "one guarantor bound on its own: United Kingdom",
    },
    {
      name: "one guarantor that leads",
      proposal: { commitment: BOUND, guarantors: [{ name: "United States", role: "lead" }] },
    },
  ],
  partial: [
    {
      name: "two guarantors",
      proposal: { commitment: BOUND, guarantors: gs("United Kingdom", "France") },
      score: 0.8,
      message: "2 guarantors share the commitment, none named the lead",
    },
    // 4: between 3 → 0.65 and 5 → 0.45
    {
      name: "four guarantors, none leading",
      proposal: { commitment: BOUND, guarantors: gs("A", "B", "C", "D") },
      score: 0.55,
    },
    {
      name: "four guarantors, one leading",
      proposal: { commitment: BOUND, guarantors: [{ name: "A", role: "lead" }, ...gs("B", "C", "D")] },
      score: 0.7,
      message: "led by A",
    },
    {
      name: "a lead does not lower two",
      proposal: { commitment: BOUND, guarantors: [{ name: "A", role: "lead" }, { name: "B" }] },
      score: 0.8,
    },
    // the adversary is one of the parties sharing the promise (Budapest: three)
    {
      name: "two partners and the adversary",
      proposal: {
        commitment: BOUND,
        adversary: "Russia",
        guarantors: [{ name: "United States" }, { name: "United Kingdom" }, { name: "Russia", stance: "adversary" }],
      },
      score: 0.65,
    },
    {
      name: "twelve guarantors (beyond the scale)",
      proposal: { commitment: BOUND, guarantors: gs(..."ABCDEFGHIJKL".split("")) },
      score: 0.25,
    },
    // a guarantor that acts only after another is still bound, so it counts
    {
      name: "a chained guarantor still shares the promise",
      proposal: { commitment: BOUND, guarantors: [{ name: "France" }, { name: "Soviet Union", acts_after: "France" }] },
      score: 0.8,
    },
  ],
  fail: [
    {
      name: "no obligation stated: nobody is bound, however many guarantors",
      proposal: {},
      path: ["commitment"],
      message: "commitment.obligation not stated: no guarantor is bound to act",
    },
    {
      name: "an obligation of none",
      proposal: { commitment: { obligation: "none" } },
      path: ["commitment", "obligation"],
      message: "commitment.obligation none: no guarantor is bound to act",
    },
    {
      name: "only the adversary",
      proposal: { commitment: BOUND, adversary: "Russia", guarantors: [{ name: "Russia" }] },
      message: "no guarantor is bound to act",
    },
    {
      name: "only a guarantor its own law bars",
      proposal: { commitment: BOUND, guarantors: [{ name: "United States", barred_by_law: true }] },
    },
  ],
  // Guarantors are required; barred_by_law and acts_after state weaknesses, whose absence means none
  // is known (docs/proposal-format.md). The role is the field whose absence can only cost.
  absent: [
    {
      name: "guarantors[0].role (no lead named)",
      proposal: { commitment: BOUND, guarantors: gs("A", "B", "C", "D") },
      field: ["guarantors", 0, "role"],
      values: ["lead", "member", "backstop", "mediator"],
      message: "none named the lead (roles not stated)",
    },
  ],
});
