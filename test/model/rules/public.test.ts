import rule from "../../../src/model/rules/public.js";
import { PUBLICITY } from "../../../src/schema/proposal.js";
import { ruleTester } from "./helpers.js";

// Scoring: publicity: public 1, partly-secret 0.5, secret 0; not stated 0.
ruleTester(rule, {
  pass: [
    {
      name: "published in full",
      proposal: { publicity: "public" },
      path: ["publicity"],
      message: "publicity: public, its terms published",
    },
  ],
  partial: [
    {
      name: "secret annexes",
      proposal: { publicity: "partly-secret" },
      score: 0.5,
      path: ["publicity"],
      message: "publicity: partly-secret, some of its terms unpublished",
    },
  ],
  fail: [
    {
      name: "secret",
      proposal: { publicity: "secret" },
      path: ["publicity"],
      message: "publicity: secret, its terms unpublished",
    },
  ],
  absent: [
    {
      name: "publicity",
      proposal: {},
      field: ["publicity"],
      values: PUBLICITY,
      message: "publicity not stated",
      path: ["publicity"],
    },
  ],
});
