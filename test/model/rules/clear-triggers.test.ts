import rule from "../../../src/model/rules/clear-triggers.js";
import { ruleTester } from "./helpers.js";

// Scoring: 0.5 for one written trigger, 0.6 for two or more; plus 0.4 × response_hours on the
// scale 24 h or less → 1, 72 → 0.75, 168 → 0.5, 720 → 0.25, beyond 0.25 (linear between); not stated 0.
const c = (triggers: string[] | undefined, response_hours?: number) => ({
  commitment: { ...(triggers ? { triggers } : {}), ...(response_hours !== undefined ? { response_hours } : {}) },
});
const two = ["armed attack on Ukrainian territory", "a naval blockade of Ukrainian ports"];

ruleTester(rule, {
  pass: [
    {
      name: "two red lines and a response within 24 hours",
      proposal: c(two, 24),
      path: ["commitment", "response_hours"],
      message: ["2 triggers written down", "response within 24 h"],
    },
    { name: "three red lines and a response within 6 hours", proposal: c([...two, "cyber attack on the grid"], 6) },
  ],
  partial: [
    // 0.5 + 0.4 × 0.75
    { name: "one trigger, 72 hours", proposal: c(two.slice(0, 1), 72), score: 0.8, message: "1 trigger written down" },
    // 120 h: 0.75 − 0.25 × 48 / 96 = 0.625; 0.6 + 0.4 × 0.625
    { name: "two triggers, five days", proposal: c(two, 120), score: 0.85 },
    // 30 days exactly: 0.25 — and beyond 30 days the same
    { name: "one trigger, 30 days", proposal: c(two.slice(0, 1), 720), score: 0.6 },
    {
      name: "one trigger, 1,000 hours",
      proposal: c(two.slice(0, 1), 1_000),
      score: 0.6,
      message: "response within 1,000 h",
    },
    {
      name: "one trigger, response time not stated",
      proposal: c(two.slice(0, 1)),
      score: 0.5,
      path: ["commitment", "response_hours"],
      message: "response time not stated",
    },
    {
      name: "a response time but no red lines",
      proposal: c(undefined, 24),
      score: 0.4,
      path: ["commitment", "triggers"],
      message: "triggers not stated",
    },
    {
      name: "an empty list of triggers is no trigger",
      proposal: c([], 0),
      score: 0.4,
      path: ["commitment", "triggers"],
    },
  ],
  fail: [
    {
      name: "an empty commitment",
      proposal: { commitment: {} },
      path: ["commitment", "triggers"],
      message: "triggers not stated; response time not stated",
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
  ],
});
