import rule from "../../src/rules/aligned-guarantors.js";
import { testRule } from "./tester.js";

testRule(rule, {
  pass: [{ name: "all aligned", proposal: { guarantors: [{ name: "UK", stance: "aligned" }, { name: "Poland", role: "member", stance: "aligned" }] }, score: 1, path: ["guarantors"] }],
  partial: [
    // lead 3 × aligned 1 + backstop 2 × neutral 0.3 = 3.6 of 5
    { name: "a neutral mediator backing an aligned lead", proposal: { guarantors: [{ name: "UK", role: "lead", stance: "aligned" }, { name: "United States", role: "backstop", stance: "neutral" }] }, score: 0.72, path: ["guarantors", 1, "stance"], message: ["1 aligned, 1 neutral, 0 adversary of 2 guarantors"] },
  ],
  fail: [
    { name: "only the adversary", proposal: { guarantors: [{ name: "Russia", stance: "adversary" }] }, score: 0 },
    { name: "stance not stated", proposal: { guarantors: [{ name: "France" }] }, score: 0, message: ["1 not stated"], path: ["guarantors", 0] },
  ],
});
