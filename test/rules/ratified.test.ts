import rule from "../../src/rules/ratified.js";
import { testRule } from "./tester.js";

const g = (name: string, role: string, ratification?: string) => ({ name, role, ...(ratification ? { ratification } : {}) });

testRule(rule, {
  pass: [{ name: "every guarantor ratified", proposal: { guarantors: [g("United Kingdom", "lead", "ratified"), g("Poland", "member", "ratified")] }, score: 1, message: ["2 of 2 guarantors ratified"], path: ["guarantors"] }],
  partial: [
    // weights lead 3, member 1: (3 × 1 + 1 × 0) / 4
    { name: "the lead ratified, a member did not", proposal: { guarantors: [g("United Kingdom", "lead", "ratified"), g("Estonia", "member", "none")] }, score: 0.75, path: ["guarantors", 1, "ratification"], message: ["not ratified: Estonia (member, none)"] },
    // the unratified lead weighs three times the member: (3 × 0.3 + 1 × 1) / 4
    { name: "an unratified lead costs more than an unratified member", proposal: { guarantors: [g("United States", "lead", "executive"), g("Estonia", "member", "ratified")] }, score: 0.475, path: ["guarantors", 0, "ratification"] },
    { name: "signed but not ratified", proposal: { guarantors: [g("France", "lead", "signed")] }, score: 0.15 },
  ],
  fail: [
    { name: "ratification not stated", proposal: { guarantors: [{ name: "France", role: "lead" }] }, score: 0, message: ["not stated"], path: ["guarantors", 0] },
    { name: "none", proposal: { guarantors: [g("France", "lead", "none")] }, score: 0 },
  ],
});
