import rule from "../../../src/model/rules/backstop.js";
import { CAPABILITIES, OBLIGATIONS } from "../../../src/schema/proposal.js";
import { ruleTester } from "./helpers.js";

// Scoring: 0.4 × obligation (none 0, respect 0.1, consult 0.3, assist 0.65, defend 1)
// + 0.6 × capabilities (air-power 0.3, nuclear 0.25, air-defense 0.2, isr 0.2, intelligence 0.15,
// logistics 0.1, naval 0.1; capped at 1); halved when no provider is named.
const us = (more: Record<string, unknown>) => ({ backstop: { provider: "United States", ...more } });

ruleTester(rule, {
  pass: [
    // capabilities 0.3 + 0.25 + 0.2 + 0.2 + 0.15 = 1.1 → capped at 1; 0.4 × 1 + 0.6 × 1
    {
      name: "a duty to defend with air power, nuclear, air defence, ISR and intelligence",
      proposal: us({
        obligation: "defend",
        capabilities: ["air-power", "nuclear", "air-defense", "isr", "intelligence"],
      }),
      path: ["backstop"],
      message: ["provider United States", "obligation defend"],
    },
    {
      name: "every capability (1.3, capped) and a duty to defend",
      proposal: us({ obligation: "defend", capabilities: [...CAPABILITIES] }),
    },
  ],
  partial: [
    // 0.4 × 0.65 + 0.6 × (0.3 + 0.2) = 0.26 + 0.3
    {
      name: "the 2025 US air and ISR backstop on Article 5 wording",
      proposal: us({ obligation: "assist", capabilities: ["air-power", "isr"] }),
      score: 0.56,
      path: ["backstop"],
      message: "capabilities air-power, isr",
    },
    // the same, halved: no provider named
    {
      name: "the same with no provider named",
      proposal: { backstop: { obligation: "assist", capabilities: ["air-power", "isr"] } },
      score: 0.28,
      path: ["backstop", "provider"],
      message: "provider not stated",
    },
    // every capability, capped at 1: 0.4 × 0.3 + 0.6
    {
      name: "all capabilities, bound only to consult",
      proposal: us({ obligation: "consult", capabilities: [...CAPABILITIES] }),
      score: 0.72,
    },
    // duplicates count once: isr 0.2 + intelligence 0.15 = 0.35; 0.6 × 0.35
    {
      name: "duplicated capabilities count once, obligation not stated",
      proposal: us({ capabilities: ["isr", "isr", "intelligence"] }),
      score: 0.21,
      message: ["obligation not stated", "capabilities isr, intelligence"],
    },
    // 0.4 × 1 and no capabilities
    {
      name: "a bare duty to defend, no capabilities",
      proposal: us({ obligation: "defend", capabilities: [] }),
      score: 0.4,
      message: "capabilities not stated",
    },
    // 0.4 × 0.1 + 0.6 × (0.1 + 0.1) = 0.04 + 0.12
    {
      name: "logistics and naval support, bound only to respect",
      proposal: us({ obligation: "respect", capabilities: ["logistics", "naval"] }),
      score: 0.16,
    },
  ],
  fail: [
    {
      name: "a provider with no obligation and no capabilities",
      proposal: us({ obligation: "none", capabilities: [] }),
      path: ["backstop"],
    },
    {
      name: "an empty backstop",
      proposal: { backstop: {} },
      path: ["backstop", "provider"],
      message: ["provider not stated", "obligation not stated", "capabilities not stated"],
    },
  ],
  absent: [
    {
      name: "backstop",
      proposal: {},
      field: ["backstop"],
      values: [{}, { obligation: "none" }, { provider: "United States" }],
      message: "backstop not stated",
      path: ["backstop"],
    },
    {
      name: "backstop.obligation",
      proposal: us({ capabilities: ["isr"] }),
      field: ["backstop", "obligation"],
      values: OBLIGATIONS,
      message: "obligation not stated",
    },
    {
      name: "backstop.capabilities",
      proposal: us({ obligation: "assist" }),
      field: ["backstop", "capabilities"],
      values: [[], ["naval"], ["air-power"]],
      message: "capabilities not stated",
    },
  ],
});
