import rule from "../../src/rules/public.js";
import { testRule } from "./tester.js";

testRule(rule, {
  pass: [{ name: "public", proposal: { publicity: "public" }, score: 1, message: ["publicity public"], path: ["publicity"] }],
  partial: [{ name: "partly secret", proposal: { publicity: "partly-secret" }, score: 0.5 }],
  fail: [
    { name: "secret", proposal: { publicity: "secret" }, score: 0 },
    { name: "not stated scores as the weakest answer", proposal: {}, score: 0, message: ["not stated"] },
  ],
});
