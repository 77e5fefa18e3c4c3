import rule from "../../src/rules/monitoring.js";
import { testRule } from "./tester.js";

testRule(rule, {
  pass: [{ name: "a permanent mission whose findings trigger enforcement", proposal: { monitoring: { body: "Observer mission", permanent: true, tied_to_triggers: true } }, score: 1, path: ["monitoring"] }],
  partial: [
    // Minsk-style: observers, permanent, findings trigger nothing
    { name: "observers without triggers", proposal: { monitoring: { body: "OSCE mission", permanent: true, tied_to_triggers: false } }, score: 0.5, message: ["tied to triggers no"] },
    { name: "a named body only", proposal: { monitoring: { body: "Observer mission" } }, score: 0.2, message: ["permanent not stated"] },
  ],
  fail: [
    { name: "no monitoring", proposal: {}, score: 0, message: ["monitoring not stated"] },
    { name: "explicitly temporary and unlinked", proposal: { monitoring: { permanent: false, tied_to_triggers: false } }, score: 0 },
  ],
});
