import rule from "../../../src/model/rules/nato-path.js";
import { NATO } from "../../../src/schema/proposal.js";
import { ruleTester } from "./helpers.js";

// Scoring: nato: member 1, path 0.6, none 0; not stated 0.
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
  absent: [{ name: "nato", proposal: {}, field: ["nato"], values: NATO, message: "nato not stated", path: ["nato"] }],
});
