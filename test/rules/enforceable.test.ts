import rule from "../../src/rules/enforceable.js";
import { testRule } from "./tester.js";

const full = {
  commitment: { obligation: "defend", form: "treaty" },
  enforcement: { consequences: [{ kind: "military", automatic: true }], snapback: true },
};

testRule(rule, {
  pass: [{ name: "duty to defend by treaty, automatic consequences, snap-back", proposal: full, score: 1, path: ["commitment", "obligation"] }],
  partial: [
    // 0.5 × assist 0.65 + 0.2 × treaty 1 + consequences 0.15 + automatic 0.1 + snap-back 0.05
    { name: "Article 5 wording (assist)", proposal: { ...full, commitment: { obligation: "assist", form: "treaty" } }, score: 0.825, message: ["obligation assist"] },
    // Budapest-style: 0.5 × 0.1 + memorandum 0 + one consequence 0.15, none automatic
    {
      name: "a memorandum to respect borders, with one consequence that is not automatic",
      proposal: { commitment: { obligation: "respect", form: "memorandum" }, enforcement: { consequences: [{ kind: "diplomatic", automatic: false }] } },
      score: 0.2,
      message: ["1 consequence set in advance (0 automatic)", "snap-back not stated"],
    },
    // 0.5 × consult 0.3 + 0.2 × executive agreement 0.5
    { name: "consult, executive agreement, no consequences", proposal: { commitment: { obligation: "consult", form: "executive-agreement" } }, score: 0.25 },
  ],
  fail: [
    { name: "nothing stated", proposal: {}, score: 0, message: ["obligation not stated", "form not stated", "consequences not stated"], path: ["commitment"] },
    { name: "no obligation in a declaration", proposal: { commitment: { obligation: "none", form: "political-declaration" } }, score: 0 },
  ],
});
