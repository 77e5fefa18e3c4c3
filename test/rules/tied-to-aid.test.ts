import rule from "../../src/rules/tied-to-aid.js";
import { testRule } from "./tester.js";

const military = { committed: true, annual_usd_bn: 20, multi_year: true, specific_items: ["60 F-16", "300 Abrams", "500 howitzers"], escalates_on_aggression: true };

testRule(rule, {
  pass: [{ name: "everything, in named numbers, escalating", proposal: { aid: { military, defense_industry: true, economic: true } }, score: 1, path: ["aid", "military"] }],
  partial: [
    // committed 0.1 + 0.1 × 10/20 + multi-year 0.2 + one item 0.1
    { name: "half the amount, one named item, nothing else", proposal: { aid: { military: { committed: true, annual_usd_bn: 10, multi_year: true, specific_items: ["60 F-16"] } } }, score: 0.45, message: ["$10 bn a year", "1 named item", "escalates on aggression not stated"] },
    { name: "economic package only", proposal: { aid: { economic: true } }, score: 0.1, path: ["aid"] },
  ],
  fail: [
    { name: "aid not stated", proposal: {}, score: 0, message: ["aid not stated"], path: ["aid"] },
    { name: "aid explicitly withheld", proposal: { aid: { military: { committed: false }, defense_industry: false, economic: false } }, score: 0 },
  ],
});
