import rule from "../../src/rules/clear-triggers.js";
import { testRule } from "./tester.js";

testRule(rule, {
  pass: [{ name: "two written red lines and action within a day", proposal: { commitment: { triggers: ["armed attack", "blockade of ports"], response_hours: 24 } }, score: 1, path: ["commitment", "response_hours"] }],
  partial: [
    // one trigger 0.5 + 0.4 × (72 h → 0.75)
    { name: "one trigger, three days", proposal: { commitment: { triggers: ["armed attack"], response_hours: 72 } }, score: 0.8, message: ["1 trigger written down", "response within 72 h"] },
    { name: "a trigger but no response time", proposal: { commitment: { triggers: ["armed attack"] } }, score: 0.5, message: ["response time not stated"] },
    // 0.4 × (a week → 0.5)
    { name: "a response time but no trigger", proposal: { commitment: { response_hours: 168 } }, score: 0.2, path: ["commitment", "triggers"] },
  ],
  fail: [
    { name: "nothing stated", proposal: {}, score: 0, message: ["triggers not stated", "response time not stated"] },
    { name: "an empty list of triggers is unclear", proposal: { commitment: { triggers: [] } }, score: 0 },
  ],
});
