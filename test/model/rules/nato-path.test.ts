import { expect, it } from "vitest";
import rule from "../../../src/model/rules/nato-path.js";
import { ruleTester, run } from "./helpers.js";

// Scoring: nato: member 1, path 0.6, none 0; not stated 0; not-applicable skips the criterion.
ruleTester(rule, {
  pass: [
    { name: "membership", proposal: { nato: "member" }, path: ["nato"], message: "nato: member, a member of NATO" },
  ],
  partial: [
    {
      name: "the path kept open",
      proposal: { nato: "path" },
      score: 0.6,
      path: ["nato"],
      message: "nato: path, the path to membership kept open",
    },
  ],
  fail: [
    {
      name: "the path closed",
      proposal: { nato: "none" },
      path: ["nato"],
      message: "nato: none, no path to membership",
    },
  ],
  absent: [
    {
      name: "nato",
      proposal: {},
      field: ["nato"],
      values: ["none", "path", "member"],
      message: "nato not stated",
      path: ["nato"],
    },
  ],
});

it("does not apply where membership is not in question (Taiwan, a case before 1949)", () => {
  const e = run(rule, { beneficiary: "Taiwan", nato: "not-applicable" });
  expect(e.notApplicable).toBe(true);
  expect(e.message).toContain("does not apply");
});
