import rule from "../../../src/model/rules/ratified.js";
import { RATIFICATIONS } from "../../../src/schema/proposal.js";
import { ruleTester } from "./helpers.js";

// Scoring: role-weighted share of guarantors by ratification (none 0, signed 0.15, executive 0.3,
// ratified 1; not stated 0); weights lead 3, backstop 2, member 1, mediator 1 (1 when no role).
// The path points at the guarantor whose missing ratification costs most: weight × (1 − level).
const g = (name: string, role?: string, ratification?: string) => ({
  name,
  ...(role ? { role } : {}),
  ...(ratification ? { ratification } : {}),
});

ruleTester(rule, {
  pass: [
    {
      name: "every guarantor ratified",
      proposal: { guarantors: [g("United Kingdom", "lead", "ratified"), g("Poland", "member", "ratified")] },
      path: ["guarantors"],
      message: "2 of 2 guarantors ratified (100% weighted by role)",
    },
  ],
  partial: [
    // (3 × 1 + 1 × 0) / 4
    {
      name: "the lead ratified, a member did not",
      proposal: { guarantors: [g("United Kingdom", "lead", "ratified"), g("Estonia", "member", "none")] },
      score: 0.75,
      path: ["guarantors", 1, "ratification"],
      message:
        "1 of 2 guarantors ratified (75% weighted by role); not ratified: Estonia (role member, ratification none)",
    },
    // (3 × 0.3 + 1 × 1) / 4
    {
      name: "an unratified lead costs three times a member",
      proposal: { guarantors: [g("United States", "lead", "executive"), g("Estonia", "member", "ratified")] },
      score: 0.475,
      path: ["guarantors", 0, "ratification"],
    },
    // (1 × 0.15 + 3 × 0.3 + 1 × 0) / 5 = 0.21; costs: 1 × 0.85, 3 × 0.7 = 2.1, 1 × 1 → the lead (index 1) is the worst
    {
      name: "the worst unratified guarantor is the executive-only lead, not the member that did nothing",
      proposal: {
        guarantors: [
          g("Latvia", "member", "signed"),
          g("United States", "lead", "executive"),
          g("Estonia", "member", "none"),
        ],
      },
      score: 0.21,
      path: ["guarantors", 1, "ratification"],
      message: "0 of 3 guarantors ratified",
    },
    // (2 × 0.3 + 1 × 1) / 3
    {
      name: "a backstop in force by executive act",
      proposal: { guarantors: [g("United States", "backstop", "executive"), g("Poland", "member", "ratified")] },
      score: 1.6 / 3,
      path: ["guarantors", 0, "ratification"],
    },
    // no role stated: weight 1 each
    {
      name: "roles not stated weigh equally",
      proposal: { guarantors: [g("United Kingdom", undefined, "ratified"), g("France", undefined, "none")] },
      score: 0.5,
      message: "France (role not stated, ratification none)",
    },
    // lead not stated (cost 3) outranks member none (cost 1); score (0 + 1 × 1 + 1 × 0) / 5 = 0.2
    {
      name: "a lead that does not state its ratification is the worst",
      proposal: {
        guarantors: [g("Poland", "member", "ratified"), g("Estonia", "member", "none"), g("United States", "lead")],
      },
      score: 0.2,
      path: ["guarantors", 2],
    },
    // five unratified of six: the message lists three and "2 more"; (1 + 5 × 0.15) / 6
    {
      name: "many signatures, one ratification",
      proposal: {
        guarantors: [g("A", "member", "ratified"), ...["B", "C", "D", "E", "F"].map((n) => g(n, "member", "signed"))],
      },
      score: 1.75 / 6,
      path: ["guarantors", 1, "ratification"],
      message: "2 more",
    },
  ],
  fail: [
    {
      name: "none ratified: signed only by a lead",
      proposal: { guarantors: [g("France", "lead", "none")] },
      path: ["guarantors", 0, "ratification"],
    },
    {
      name: "a member's none and a lead's silence",
      proposal: { guarantors: [g("Estonia", "member", "none"), g("United States", "lead")] },
      path: ["guarantors", 1],
      message: "United States (role lead, ratification not stated)",
    },
  ],
  absent: [
    {
      name: "guarantors[0].ratification",
      proposal: {},
      field: ["guarantors", 0, "ratification"],
      values: RATIFICATIONS,
      message: "not ratified: United Kingdom (role not stated, ratification not stated)",
      path: ["guarantors", 0],
    },
  ],
});
