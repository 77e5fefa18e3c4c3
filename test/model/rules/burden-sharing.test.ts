import { expect, it } from "vitest";
import rule from "../../../src/model/rules/burden-sharing.js";
import { ruleTester, run } from "./helpers.js";

// Scoring: 0.7 × guarantors other than the adversary on the scale 0 → 0, 1 → 0.2, 2 → 0.5,
// 3 → 0.7, 5 or more → 1 (linear between), plus 0.3 when troops with a stated count come
// from two or more nations, 0.15 from one.
const gs = (...names: string[]) => names.map((name) => ({ name }));
const troops = (...nations: string[]) => nations.map((nation) => ({ nation, count: 1_000 }));
const five = gs("United Kingdom", "France", "Germany", "Poland", "Italy");

ruleTester(rule, {
  pass: [
    {
      name: "five partners, troops from two nations",
      proposal: { guarantors: five, troops: troops("United Kingdom", "France") },
      path: ["guarantors"],
      message: ["5 guarantors besides the adversary", "troops from 2 nations"],
    },
    {
      name: "six partners (beyond the top of the scale), troops from three nations",
      proposal: { guarantors: [...five, { name: "Canada" }], troops: troops("United Kingdom", "France", "Poland") },
    },
  ],
  partial: [
    // 0.7 × 0.2 + 0.15
    {
      name: "one state's promise and its own troops",
      proposal: { troops: troops("United Kingdom") },
      score: 0.29,
      message: ["1 guarantor besides the adversary", "troops from 1 nation"],
    },
    // 0.7 × 0.2: the minimal proposal
    { name: "one guarantor, no troops", proposal: {}, score: 0.14, path: ["guarantors"] },
    // 0.7 × (4 → 0.85) = 0.595
    { name: "four partners, no troops", proposal: { guarantors: five.slice(0, 4) }, score: 0.595 },
    // the adversary shares no burden, by stance or by name: 0.7 × (2 → 0.5)
    {
      name: "two partners and the adversary (by stance)",
      proposal: { guarantors: [...gs("United Kingdom", "France"), { name: "Russia", stance: "adversary" }] },
      score: 0.35,
      message: "2 guarantors besides the adversary",
    },
    {
      name: "two partners and the adversary (by name, no stance)",
      proposal: { adversary: "Russia", guarantors: gs("United Kingdom", "France", "russia") },
      score: 0.35,
    },
    // a stated stance wins over the name: three partners, 0.7 × 0.7
    {
      name: "a guarantor named as the adversary but stated to be neutral counts",
      proposal: {
        adversary: "Russia",
        guarantors: [...gs("United Kingdom", "France"), { name: "Russia", stance: "neutral" }],
      },
      score: 0.49,
    },
    // nations are compared without case; a contingent of 0 contributes nothing: 0.7 × 0.5 + 0.15
    {
      name: "the same nation twice, and a nation with zero troops",
      proposal: {
        guarantors: gs("United Kingdom", "France"),
        troops: [...troops("France", "FRANCE"), { nation: "Poland", count: 0 }, { nation: "Italy" }],
      },
      score: 0.5,
      message: "troops from 1 nation",
    },
  ],
  fail: [
    {
      name: "only the adversary guarantees",
      proposal: { adversary: "Russia", guarantors: [{ name: "Russia", stance: "adversary" }] },
      message: ["0 guarantors besides the adversary", "troops not stated"],
    },
  ],
  absent: [
    // Guarantors are required, so the field that can be left out is troops.
    {
      name: "troops (weakest: no troop contribution)",
      proposal: {},
      field: ["troops"],
      values: [[], troops("France"), [{ nation: "France" }]],
      message: "troops not stated",
    },
  ],
});

// A left-out troops field is named "not stated", unlike an explicit `troops: []`.
it("burden-sharing says 'not stated' when troops are left out, and 'no nations' for an empty list", () => {
  expect(run(rule, {}).message).toContain("troops not stated");
  expect(run(rule, { troops: [] }).message).toContain("troops from no nations");
});
