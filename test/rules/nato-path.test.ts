import rule from "../../src/rules/nato-path.js";
import { testRule } from "./tester.js";

testRule(rule, {
  pass: [{ name: "member", proposal: { nato: "member" }, score: 1, path: ["nato"] }],
  partial: [{ name: "a path to membership", proposal: { nato: "path" }, score: 0.6, message: ["nato path"] }],
  fail: [
    { name: "closed", proposal: { nato: "none" }, score: 0 },
    { name: "not stated", proposal: {}, score: 0, message: ["not stated"] },
  ],
});
