import { expect, it } from "vitest";
import rule from "../../../src/model/rules/boots-on-the-ground.js";
import { TROOP_ROLES } from "../../../src/schema/proposal.js";
import { ruleTester, run } from "./helpers.js";

// Scoring: sum of the guarantors' troops[].count (the adversary's own count nothing), each weighted
// by role (deterrence 1, air-defense 0.6, tripwire 0.5, peacekeeping 0.4, training 0.3, monitoring
// 0.2, not stated 0.2) and by who can send it home (host 0.5, adversary or either 0.3; both, sender
// or not stated 1). Without adversary_forces, on the scale 0 → 0, 1,000 → 0.15, 5,000 → 0.4,
// 20,000 → 0.65, 100,000 → 0.85, 300,000 → 1; with it, as a share of those forces: 0.02 → 0.15,
// 0.1 → 0.4, 0.3 → 0.7, 0.6 → 0.9, 1 → 1 (linear between, flat beyond).
const t = (nation: string, count?: number, role?: string, ended_by?: string) => ({
  nation,
  ...(count !== undefined ? { count } : {}),
  ...(role ? { role } : {}),
  ...(ended_by ? { ended_by } : {}),
});

ruleTester(rule, {
  pass: [
    {
      name: "300,000 troops meant to hold (Cold War West Germany)",
      proposal: { troops: [t("United States", 300_000, "deterrence")] },
      path: ["troops"],
      message: ["300,000 guarantor troops in 1 contingent", "300,000 after weighting", "where 300,000 scores full"],
    },
    // 250,000 × 1 + 100,000 × 0.5 = 300,000
    {
      name: "deterrence and tripwire forces adding up to 300,000 after weighting",
      proposal: { troops: [t("United States", 250_000, "deterrence"), t("Germany", 100_000, "tripwire")] },
    },
    {
      name: "as many as the adversary can bring",
      proposal: { adversary_forces: 50_000, troops: [t("United Kingdom", 50_000, "deterrence")] },
      message: "against 50,000 of the adversary's forces",
    },
  ],
  partial: [
    // 10,000 between 5,000 → 0.4 and 20,000 → 0.65: 0.4 + 0.25 × 5,000 / 15,000
    {
      name: "10,000 deterrence troops",
      proposal: { troops: [t("United Kingdom", 10_000, "deterrence")] },
      score: 0.4 + 0.25 / 3,
      message: "10,000 guarantor troops in 1 contingent",
    },
    // Baltic tripwire: 4,500 × 0.5 = 2,250 → 0.15 + 0.25 × 1,250 / 4,000
    {
      name: "a Baltic-style tripwire under 5,000",
      proposal: { troops: [t("Germany", 4_500, "tripwire")] },
      score: 0.228125,
      message: "2,250 after weighting",
    },
    // the same tripwire against 300,000: 2,250 / 300,000 = 0.0075 → 0.15 × 0.0075 / 0.02
    {
      name: "the tripwire set against 300,000 of the adversary's forces",
      proposal: { adversary_forces: 300_000, troops: [t("Germany", 4_500, "tripwire")] },
      score: 0.05625,
    },
    // 15,000 against 695,000: 0.0216 → 0.15 + 0.25 × 0.0016 / 0.08
    {
      name: "the 2025 European force against 695,000",
      proposal: { adversary_forces: 695_000, troops: [t("United Kingdom", 15_000, "deterrence")] },
      score: 0.15 + (0.25 * (15_000 / 695_000 - 0.02)) / 0.08,
    },
    // a force the host alone can send home counts half: 10,000 × 0.5 = 5,000 → 0.4
    {
      name: "peacekeepers the host can send home",
      proposal: { troops: [t("United Nations", 25_000, "peacekeeping", "host")] },
      score: 0.4,
    },
    // either side can end it: 10,000 × 1 × 0.3 = 3,000 → 0.15 + 0.25 × 2,000 / 4,000
    {
      name: "a force either side can send home",
      proposal: { troops: [t("United States", 10_000, "deterrence", "either")] },
      score: 0.275,
    },
    {
      name: "only both together can end it: full credit",
      proposal: { troops: [t("United States", 10_000, "deterrence", "both")] },
      score: 0.4 + 0.25 / 3,
    },
    // the adversary's garrison earns nothing, and the report says it is there
    {
      name: "a guarantor's contingent beside the adversary's garrison",
      proposal: {
        adversary: "Russia",
        troops: [t("Russia", 25_000, "peacekeeping"), t("France", 1_000, "deterrence")],
      },
      score: 0.15,
      message: "the adversary has forces on the ground (Russia 25,000): they earn nothing",
    },
    // 10,000 × not stated 0.2 = 2,000 → 0.15 + 0.25 × 1,000 / 4,000
    {
      name: "a contingent whose role is not stated counts as monitoring",
      proposal: { troops: [t("France", 10_000)] },
      score: 0.2125,
      message: "France 10,000 role not stated",
    },
  ],
  fail: [
    {
      name: "an empty list of troops",
      proposal: { troops: [] },
      path: ["troops"],
      message: "troops: an empty list, no guarantor forces in the beneficiary",
    },
    {
      name: "a contingent without a count adds nothing",
      proposal: { troops: [t("France", undefined, "deterrence")] },
      path: ["troops"],
      message: "France count not stated deterrence",
    },
    {
      name: "only the adversary's own 'peacekeepers'",
      proposal: { adversary: "Russia", troops: [t("Russia", 3_000, "peacekeeping")] },
      path: ["troops", 0],
      message: "the adversary has forces on the ground",
    },
    // a guarantor that is the adversary, named by its own name, counts as the adversary's forces
    {
      name: "troops of a guarantor whose stance is adversary",
      proposal: {
        guarantors: [{ name: "Soviet Union", stance: "adversary" }],
        troops: [t("Soviet Union", 25_000, "deterrence")],
      },
    },
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

it("the adversary's forces, when stated, are the yardstick instead of the fixed scale", () => {
  const alone = run(rule, { troops: [t("United Kingdom", 20_000, "deterrence")] }).score;
  expect(alone).toBeCloseTo(0.65, 9);
  expect(run(rule, { adversary_forces: 20_000, troops: [t("United Kingdom", 20_000, "deterrence")] }).score).toBe(1);
  expect(
    run(rule, { adversary_forces: 2_000_000, troops: [t("United Kingdom", 20_000, "deterrence")] }).score,
  ).toBeLessThan(alone);
});
