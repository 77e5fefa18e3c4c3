import rule from "../../src/rules/durable.js";
import { testRule } from "./tester.js";

testRule(rule, {
  pass: [{ name: "no end date, a year's notice, a vote to leave", proposal: { commitment: { indefinite: true, withdrawal: { notice_months: 12, needs_legislature: true } } }, score: 1 }],
  partial: [
    // 0.5 × (10 years → 0.6) + 0.2 × 6/12
    { name: "ten years, six months' notice, no vote needed", proposal: { commitment: { duration_years: 10, withdrawal: { notice_months: 6, needs_legislature: false } } }, score: 0.4, message: ["10 years", "6 months' notice to leave", "leaving needs no legislative vote"], path: ["commitment", "duration_years"] },
    { name: "leaving needs the legislature, nothing else stated", proposal: { commitment: { withdrawal: { needs_legislature: true } } }, score: 0.3, message: ["duration not stated"] },
  ],
  fail: [
    { name: "nothing stated", proposal: {}, score: 0, message: ["duration not stated", "withdrawal notice not stated"], path: ["commitment"] },
    { name: "no notice and no vote", proposal: { commitment: { indefinite: false, withdrawal: { notice_months: 0, needs_legislature: false } } }, score: 0 },
  ],
});
