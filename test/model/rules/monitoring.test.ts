import rule from "../../../src/model/rules/monitoring.js";
import { ruleTester } from "./helpers.js";

// Scoring: monitoring.body named 0.2; permanent 0.3; tied_to_triggers 0.5; not stated 0.
const m = (monitoring: Record<string, unknown>) => ({ monitoring });

ruleTester(rule, {
  pass: [
    {
      name: "a named, permanent mission whose findings activate the triggers",
      proposal: m({ body: "Permanent observer mission", permanent: true, tied_to_triggers: true }),
      path: ["monitoring"],
      message: ["body Permanent observer mission", "permanent yes", "tied to triggers yes"],
    },
  ],
  partial: [
    // Minsk-style: observers without a link to enforcement, 0.2 + 0.3
    {
      name: "permanent observers not tied to any trigger",
      proposal: m({ body: "OSCE SMM", permanent: true, tied_to_triggers: false }),
      score: 0.5,
      message: "tied to triggers no",
    },
    {
      name: "tied to the triggers, no body named",
      proposal: m({ tied_to_triggers: true }),
      score: 0.5,
      message: ["body not stated", "permanent not stated"],
    },
    { name: "permanent and tied, no body named", proposal: m({ permanent: true, tied_to_triggers: true }), score: 0.8 },
    { name: "a body named, nothing else", proposal: m({ body: "Joint commission" }), score: 0.2 },
  ],
  fail: [
    {
      name: "neither permanent nor tied, no body",
      proposal: m({ permanent: false, tied_to_triggers: false }),
      path: ["monitoring"],
      message: ["permanent no", "tied to triggers no"],
    },
  ],
  absent: [
    {
      name: "monitoring",
      proposal: {},
      field: ["monitoring"],
      values: [{}, { permanent: false }, { body: "x" }],
      message: "monitoring not stated",
      path: ["monitoring"],
    },
    {
      name: "monitoring.tied_to_triggers",
      proposal: m({ body: "x", permanent: true }),
      field: ["monitoring", "tied_to_triggers"],
      values: [false, true],
      message: "tied to triggers not stated",
    },
    {
      name: "monitoring.body",
      proposal: m({ permanent: true }),
      field: ["monitoring", "body"],
      values: ["Mission"],
      message: "body not stated",
    },
  ],
});
