import rule from "../../../src/model/rules/enforceable.js";
import { FORMS, OBLIGATIONS } from "../../../src/schema/proposal.js";
import { ruleTester } from "./helpers.js";

// Scoring: 0.5 × obligation (none 0, respect 0.1, consult 0.3, assist 0.65, defend 1), times the
// role-weighted share of guarantors (the adversary left out) bound by it (barred by law 0, acting
// only after another 0.5)
// + 0.2 × form (memorandum / political declaration 0, executive agreement 0.5, treaty /
// alliance membership 1) + 0.15 for at least one consequence + 0.10 when one is automatic
// + 0.05 for snap-back.
const full = {
  commitment: { obligation: "defend", form: "treaty" },
  enforcement: { consequences: [{ kind: "military", automatic: true, detail: "air interdiction" }], snapback: true },
};

ruleTester(rule, {
  pass: [
    {
      name: "duty to defend by treaty, automatic consequences, snap-back",
      proposal: full,
      path: ["commitment", "obligation"],
      message: ["obligation defend", "form treaty", "1 consequence set in advance (1 automatic)", "snap-back yes"],
    },
    {
      name: "alliance membership binds as a treaty does",
      proposal: { ...full, commitment: { obligation: "defend", form: "alliance-membership" } },
    },
  ],
  partial: [
    // 0.5 × 0.65 + 0.2 + 0.15 + 0.1 + 0.05
    {
      name: "Article 5 wording (assist) by treaty",
      proposal: { ...full, commitment: { obligation: "assist", form: "treaty" } },
      score: 0.825,
      path: ["commitment", "obligation"],
      message: "obligation assist",
    },
    // Budapest: 0.5 × 0.1 + memorandum 0 + one consequence 0.15, none automatic
    {
      name: "a memorandum to respect borders, one consequence that is not automatic",
      proposal: {
        commitment: { obligation: "respect", form: "memorandum" },
        enforcement: { consequences: [{ kind: "diplomatic", automatic: false }] },
      },
      score: 0.2,
      message: ["1 consequence set in advance (0 automatic)", "snap-back not stated"],
    },
    // 0.5 × 0.3 + 0.2 × 0.5
    {
      name: "consult, by executive agreement",
      proposal: { commitment: { obligation: "consult", form: "executive-agreement" } },
      score: 0.25,
      message: "consequences not stated",
    },
    {
      name: "a duty to defend in an unstated form",
      proposal: { commitment: { obligation: "defend" } },
      score: 0.5,
      message: "form not stated",
    },
    // two consequences, one automatic: 0.15 + 0.1 (not per consequence); snap-back false adds nothing
    {
      name: "consequences alone",
      proposal: {
        enforcement: { consequences: [{ kind: "sanctions", automatic: true }, { kind: "aid-surge" }], snapback: false },
      },
      score: 0.25,
      path: ["commitment"],
      message: ["2 consequences set in advance (1 automatic)", "snap-back no"],
    },
    { name: "snap-back alone", proposal: { enforcement: { snapback: true } }, score: 0.05 },
    // the only guarantor's own law forbids it to act: the duty to defend binds nothing; 0.2 + 0.15 + 0.1 + 0.05
    {
      name: "a duty to defend its own law forbids",
      proposal: { ...full, guarantors: [{ name: "United States", barred_by_law: true }] },
      score: 0.5,
      message: "United States barred by its own law",
    },
    // two members, one acting only after the other: (1 + 0.5) / 2 of the duty
    {
      name: "a second guarantor bound only after the first acts",
      proposal: { ...full, guarantors: [{ name: "France" }, { name: "Soviet Union", acts_after: "France" }] },
      score: 0.5 * 0.75 + 0.5,
      message: "Soviet Union acts only after France",
    },
  ],
  fail: [
    {
      name: "no obligation, in a political declaration, nothing set in advance",
      proposal: {
        commitment: { obligation: "none", form: "political-declaration" },
        enforcement: { consequences: [], snapback: false },
      },
      path: ["commitment", "obligation"],
    },
  ],
  absent: [
    {
      name: "commitment and enforcement",
      proposal: {},
      field: ["commitment"],
      values: [{}, { obligation: "none" }],
      message: ["obligation not stated", "form not stated", "consequences not stated", "snap-back not stated"],
      path: ["commitment"],
    },
    {
      name: "commitment.obligation",
      proposal: { commitment: { form: "treaty" } },
      field: ["commitment", "obligation"],
      values: OBLIGATIONS,
      message: "obligation not stated",
      path: ["commitment"],
    },
    {
      name: "commitment.form",
      proposal: { commitment: { obligation: "defend" } },
      field: ["commitment", "form"],
      values: FORMS,
      message: "form not stated",
    },
    {
      name: "enforcement.snapback",
      proposal: {},
      field: ["enforcement", "snapback"],
      values: [false, true],
      message: "snap-back not stated",
    },
  ],
});
