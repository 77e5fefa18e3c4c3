import rule from "../../../src/model/rules/boots-on-the-ground.js";
import { TROOP_ROLES } from "../../../src/schema/proposal.js";
import { ruleTester } from "./helpers.js";

// Scoring: sum of troops[].count weighted by role (deterrence 1, tripwire 0.8, air-defense 0.6,
// peacekeeping 0.5, training 0.3, monitoring 0.2, not stated 0.2), on the scale
// 0 → 0, 1,000 → 0.15, 5,000 → 0.4, 20,000 → 0.65, 100,000 → 0.85, 300,000 → 1 (linear between).
const t = (nation: string, count?: number, role?: string) => ({
  nation,
  ...(count !== undefined ? { count } : {}),
  ...(role ? { role } : {}),
});

ruleTester(rule, {
  pass: [
    {
      name: "300,000 troops meant to hold (Cold War West Germany)",
      proposal: { troops: [t("United States", 300_000, "deterrence")] },
      path: ["troops"],
      message: ["300,000 troops in 1 contingent", "300,000 after role weighting"],
    },
    // 250,000 × 1 + 62,500 × 0.8 = 300,000
    {
      name: "deterrence and tripwire forces adding up to 300,000 after weighting",
      proposal: { troops: [t("United States", 250_000, "deterrence"), t("Germany", 62_500, "tripwire")] },
    },
    {
      name: "beyond the top of the scale stays at 1",
      proposal: { troops: [t("United States", 500_000, "deterrence")] },
    },
  ],
  partial: [
    // 10,000 between 5,000 → 0.4 and 20,000 → 0.65: 0.4 + 0.25 × 5,000 / 15,000
    {
      name: "10,000 deterrence troops",
      proposal: { troops: [t("United Kingdom", 10_000, "deterrence")] },
      score: 0.4 + 0.25 / 3,
      message: "10,000 troops in 1 contingent",
    },
    // 15,000: 0.4 + 0.25 × 10,000 / 15,000
    {
      name: "the 15,000 European force discussed in 2025",
      proposal: { troops: [t("United Kingdom", 10_000, "deterrence"), t("France", 5_000, "deterrence")] },
      score: 0.4 + 0.25 * (2 / 3),
      message: "15,000 troops in 2 contingents",
    },
    // Baltic tripwire: 4,500 × 0.8 = 3,600 → 0.15 + 0.25 × 2,600 / 4,000
    {
      name: "a Baltic-style tripwire under 5,000",
      proposal: { troops: [t("Germany", 4_500, "tripwire")] },
      score: 0.3125,
      message: "3,600 after role weighting",
    },
    // 3,000 × 0.3 = 900 → 0.15 × 900 / 1,000
    {
      name: "a training mission of 3,000",
      proposal: { troops: [t("United Kingdom", 3_000, "training")] },
      score: 0.135,
    },
    {
      name: "exactly on an anchor: 100,000 deterrence",
      proposal: { troops: [t("United States", 100_000, "deterrence")] },
      score: 0.85,
    },
    // 10,000 × not stated 0.2 = 2,000 → 0.15 + 0.25 × 1,000 / 4,000
    {
      name: "a contingent whose role is not stated counts as monitoring",
      proposal: { troops: [t("France", 10_000)] },
      score: 0.2125,
      message: "France 10,000 role not stated",
    },
    // 20,000 × 0.5 + 5,000 × 0.6 + 1,000 × 0.2 = 13,200 → 0.4 + 0.25 × 8,200 / 15,000
    {
      name: "peacekeepers, air defence and monitors",
      proposal: {
        troops: [
          t("France", 20_000, "peacekeeping"),
          t("Germany", 5_000, "air-defense"),
          t("Poland", 1_000, "monitoring"),
        ],
      },
      score: 0.4 + (0.25 * 8_200) / 15_000,
      message: ["26,000 troops in 3 contingents", "13,200 after role weighting"],
    },
    // four contingents: the message lists three and "1 more"; 4 × 1,000 × 1 = 4,000 → 0.15 + 0.25 × 3,000 / 4,000
    {
      name: "four small contingents",
      proposal: { troops: ["A", "B", "C", "D"].map((n) => t(n, 1_000, "deterrence")) },
      score: 0.3375,
      message: "1 more",
    },
  ],
  fail: [
    { name: "an empty list of troops", proposal: { troops: [] }, path: ["troops"], message: "troops not stated" },
    {
      name: "a contingent without a count adds nothing",
      proposal: { troops: [t("France", undefined, "deterrence")] },
      path: ["troops"],
      message: "France count not stated deterrence",
    },
    { name: "a contingent of zero", proposal: { troops: [t("France", 0, "deterrence")] } },
  ],
  absent: [
    {
      name: "troops",
      proposal: {},
      field: ["troops"],
      values: [[], [t("Poland", 100, "monitoring")], [t("Poland")]],
      message: "troops not stated: no guarantor forces in the beneficiary",
      path: ["troops"],
    },
    {
      name: "troops[0].role (weakest: same as monitoring)",
      proposal: { troops: [t("France", 10_000)] },
      field: ["troops", 0, "role"],
      values: TROOP_ROLES,
      message: "role not stated",
    },
    {
      name: "troops[0].count",
      proposal: { troops: [t("France", undefined, "deterrence")] },
      field: ["troops", 0, "count"],
      values: [0, 1, 50_000],
      message: "count not stated",
    },
  ],
});
