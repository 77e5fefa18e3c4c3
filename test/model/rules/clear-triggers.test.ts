import rule from "../../../src/model/rules/clear-triggers.js";
import { ruleTester } from "./helpers.js";

// Scoring: 0.35 for one written trigger, 0.45 for two or more, halved when commitment.excludes
// leaves territory out; 0.2 when names_threat; plus 0.35 × response_hours on the scale 24 h or
// less → 1, 72 → 0.75, 168 → 0.5, 720 → 0.25, beyond 0.25 (linear between), halved unless the
// obligation is assist or defend (the hours are then time to meet, not to act). Not stated 0.
const c = (
  triggers: string[] | undefined,
  response_hours?: number,
  more: Record<string, unknown> = { obligation: "defend" },
) => ({
  commitment: {
    ...more,
    ...(triggers ? { triggers } : {}),
    ...(response_hours !== undefined ? { response_hours } : {}),
  },
});
const two = ["armed attack on Ukrainian territory", "a naval blockade of Ukrainian ports"];
const named = { obligation: "defend", names_threat: true };

ruleTester(rule, {
  pass: [
    {
      name: "two red lines naming the threat, action within 24 hours",
      proposal: c(two, 24, named),
      path: ["commitment", "response_hours"],
      message: ["2 triggers written down", "names the threat it answers", "action within 24 h"],
    },
    {
      name: "three red lines naming the threat, action within 6 hours",
      proposal: c([...two, "cyber attack on the grid"], 6, { ...named, obligation: "assist" }),
    },
  ],
  partial: [
    // 0.45 + 0.35: the threat not named
    {
      name: "two red lines, action within 24 hours, no threat named",
      proposal: c(two, 24),
      score: 0.8,
      message: "threat named not stated",
    },
    // 0.35 + 0.2 + 0.35 × 0.75
    {
      name: "one trigger, 72 hours",
      proposal: c(two.slice(0, 1), 72, named),
      score: 0.8125,
      message: "1 trigger written down",
    },
    // 120 h: 0.75 − 0.25 × 48 / 96 = 0.625
    { name: "two triggers, five days", proposal: c(two, 120, named), score: 0.65 + 0.35 * 0.625 },
    {
      name: "one trigger, 1,000 hours (beyond 30 days)",
      proposal: c(two.slice(0, 1), 1_000, named),
      score: 0.55 + 0.35 * 0.25,
      message: "action within 1,000 h",
    },
    // a duty only to consult: the 24 hours are to meet, worth half
    {
      name: "a meeting within 24 hours under a duty to consult",
      proposal: c(two, 24, { ...named, obligation: "consult" }),
      score: 0.65 + 0.175,
      message: "a meeting, not action, within 24 h",
    },
    // part of the territory left out: the red lines count half
    {
      name: "two red lines that leave Crimea out",
      proposal: c(two, 24, { ...named, excludes: ["Crimea"] }),
      score: 0.225 + 0.2 + 0.35,
      path: ["commitment", "excludes"],
      message: "territory left out: Crimea",
    },
    {
      name: "one trigger, response time not stated",
      proposal: c(two.slice(0, 1)),
      score: 0.35,
      path: ["commitment", "response_hours"],
      message: "response time not stated",
    },
    {
      name: "a response time but no red lines",
      proposal: c(undefined, 24),
      score: 0.35,
      path: ["commitment", "triggers"],
      message: "triggers not stated",
    },
  ],
  fail: [
    {
      name: "an empty commitment",
      proposal: { commitment: {} },
      path: ["commitment", "triggers"],
      message: "triggers not stated; threat named not stated; response time not stated",
    },
    {
      name: "no triggers and names no threat",
      proposal: c([], undefined, { names_threat: false }),
      message: "names no threat",
    },
  ],
  absent: [
    {
      name: "commitment",
      proposal: {},
      field: ["commitment"],
      values: [{}, c(["x"]).commitment, c(undefined, 10_000).commitment],
      message: ["triggers not stated", "response time not stated"],
      path: ["commitment", "triggers"],
    },
    {
      name: "commitment.response_hours (weaker than any stated time)",
      proposal: c(two),
      field: ["commitment", "response_hours"],
      values: [0, 24, 720, 100_000],
      message: "response time not stated",
    },
    {
      name: "commitment.triggers",
      proposal: c(undefined, 24),
      field: ["commitment", "triggers"],
      values: [[], ["x"]],
      message: "triggers not stated",
    },
    {
      name: "commitment.names_threat",
      proposal: c(two, 24),
      field: ["commitment", "names_threat"],
      values: [true, false],
      message: "threat named not stated",
    },
  ],
});
