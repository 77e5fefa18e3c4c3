import rule from "../../../src/model/rules/tied-to-aid.js";
import { ruleTester } from "./helpers.js";

// Scoring: military.committed 0.1; annual_usd_bn up to 0.1 (full at 20 bn); multi_year 0.2;
// specific_items 0.1 for one, 0.2 for three or more; escalates_on_aggression 0.2;
// defense_industry 0.1; economic 0.1.
const military = {
  committed: true,
  annual_usd_bn: 20,
  multi_year: true,
  specific_items: ["60 F-16 aircraft", "300 Abrams tanks", "200 howitzers"],
  escalates_on_aggression: true,
};
const aid = (m: Record<string, unknown> | undefined, rest: Record<string, unknown> = {}) => ({
  aid: { ...(m ? { military: m } : {}), ...rest },
});

ruleTester(rule, {
  pass: [
    {
      name: "named systems over several years, escalating, with industry and economy",
      proposal: aid(military, { defense_industry: true, economic: true }),
      path: ["aid", "military"],
      message: ["military aid committed yes", "$20 bn a year", "3 named items", "escalates on aggression yes"],
    },
    {
      name: "more than 20 bn a year is capped",
      proposal: aid({ ...military, annual_usd_bn: 60 }, { defense_industry: true, economic: true }),
    },
  ],
  partial: [
    // 0.1 + 0.1 × 10/20 + 0.1 (one item)
    {
      name: "committed, 10 bn, one named system",
      proposal: aid({ committed: true, annual_usd_bn: 10, specific_items: ["60 F-16 aircraft"] }),
      score: 0.25,
      message: ["1 named item", "multi-year not stated"],
    },
    // two items still count as "one or more": 0.1; + multi-year 0.2
    {
      name: "two named systems over several years",
      proposal: aid({ multi_year: true, specific_items: ["a", "b"] }),
      score: 0.3,
      message: "2 named items",
    },
    {
      name: "industry and economy, no military aid",
      proposal: aid(undefined, { defense_industry: true, economic: true }),
      score: 0.2,
      path: ["aid"],
      message: ["military aid committed not stated", "amount not stated", "named items not stated"],
    },
    // everything but escalation and the economy: 1 − 0.2 − 0.1
    {
      name: "no escalation on aggression, no economic package",
      proposal: aid({ ...military, escalates_on_aggression: false }, { defense_industry: true, economic: false }),
      score: 0.7,
      message: ["escalates on aggression no", "economic no"],
    },
    {
      name: "2.5 bn a year and nothing else",
      proposal: aid({ annual_usd_bn: 2.5 }),
      score: 0.0125,
      message: "$2.5 bn a year",
    },
  ],
  fail: [
    {
      name: "every flag false, nothing named",
      proposal: aid(
        { committed: false, multi_year: false, annual_usd_bn: 0, specific_items: [], escalates_on_aggression: false },
        { defense_industry: false, economic: false },
      ),
      path: ["aid", "military"],
    },
  ],
  absent: [
    {
      name: "aid",
      proposal: {},
      field: ["aid"],
      values: [{}, { military: {} }, { economic: false }],
      message: "aid not stated",
      path: ["aid"],
    },
    {
      name: "aid.military.annual_usd_bn",
      proposal: aid({ committed: true }),
      field: ["aid", "military", "annual_usd_bn"],
      values: [0, 1, 20],
      message: "amount not stated",
    },
    {
      name: "aid.military.specific_items",
      proposal: aid({ committed: true }),
      field: ["aid", "military", "specific_items"],
      values: [[], ["x"]],
      message: "named items not stated",
    },
    {
      name: "aid.economic",
      proposal: aid({ committed: true }),
      field: ["aid", "economic"],
      values: [false, true],
      message: "economic not stated",
    },
  ],
});
