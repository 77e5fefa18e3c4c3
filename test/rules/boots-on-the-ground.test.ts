import rule from "../../src/rules/boots-on-the-ground.js";
import { testRule } from "./tester.js";

const t = (nation: string, count: number | undefined, role?: string) => ({ nation, ...(count !== undefined ? { count } : {}), ...(role ? { role } : {}) });

testRule(rule, {
  pass: [{ name: "a Cold War-scale force meant to hold", proposal: { troops: [t("United States", 300000, "deterrence")] }, score: 1, message: ["300,000 troops"], path: ["troops"] }],
  partial: [
    // 15,000 on the scale between 5,000 → 0.4 and 20,000 → 0.65
    { name: "the 2025 European force figure", proposal: { troops: [t("United Kingdom", 10000, "deterrence"), t("France", 5000, "deterrence")] }, score: 0.4 + (0.25 * 10000) / 15000, message: ["15,000 troops in 2 contingents"] },
    // Baltic tripwire: 4,500 × 0.8 = 3,600 → 0.15 + 0.25 × 2,600 / 4,000
    { name: "a tripwire of under 5,000", proposal: { troops: [t("Germany", 4500, "tripwire")] }, score: 0.15 + (0.25 * 2600) / 4000 },
    // 3,000 trainers × 0.3 = 900 → 0.15 × 900 / 1,000
    { name: "a few thousand trainers", proposal: { troops: [t("United Kingdom", 3000, "training")] }, score: 0.135 },
  ],
  fail: [
    { name: "no troops stated", proposal: {}, score: 0, message: ["troops not stated"], path: ["troops"] },
    { name: "a contingent without a count adds nothing", proposal: { troops: [t("France", undefined, "deterrence")] }, score: 0, message: ["count not stated"] },
  ],
});
