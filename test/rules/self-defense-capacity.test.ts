import rule from "../../src/rules/self-defense-capacity.js";
import { testRule } from "./tester.js";

testRule(rule, {
  pass: [{ name: "a large army with no cap", proposal: { beneficiary_forces: { standing_army: 800000, size_cap: null } }, score: 1, message: ["standing army 800,000", "no cap on its size"] }],
  partial: [
    // 0.6 × (250,000 → 0.6) + 0.4 × (cap 85,000: 0.2 + 0.4 × 35,000 / 200,000)
    { name: "an army capped at 85,000", proposal: { beneficiary_forces: { standing_army: 250000, size_cap: 85000 } }, score: 0.36 + 0.4 * (0.2 + (0.4 * 35000) / 200000), path: ["beneficiary_forces", "size_cap"], message: ["capped at 85,000"] },
    { name: "no cap, army size not stated", proposal: { beneficiary_forces: { size_cap: null } }, score: 0.4, message: ["standing army not stated"] },
  ],
  fail: [
    { name: "nothing stated", proposal: {}, score: 0, message: ["standing army not stated", "size cap not stated"] },
    { name: "no army and a cap of zero", proposal: { beneficiary_forces: { standing_army: 0, size_cap: 0 } }, score: 0 },
  ],
});
