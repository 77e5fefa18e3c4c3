import rule from "../../../src/model/rules/self-defense-capacity.js";
import { ruleTester } from "./helpers.js";

// Scoring: 0.6 × standing_army on the scale 0 → 0, 50,000 → 0.2, 250,000 → 0.6, 500,000 → 0.8,
// 800,000 → 1 (linear between, flat beyond); plus 0.4 when size_cap is null (no cap), or
// 0.4 × the same scale applied to the cap; an army above its cap is scored at the cap. With
// adversary_forces stated, both are rated as a share of them: 0.1 → 0.15, 0.25 → 0.35,
// 0.5 → 0.6, 1 → 0.9, 2 → 1. Not stated 0.
const f = (standing_army?: number, size_cap?: number | null) => ({
  beneficiary_forces: {
    ...(standing_army !== undefined ? { standing_army } : {}),
    ...(size_cap !== undefined ? { size_cap } : {}),
  },
});

ruleTester(rule, {
  pass: [
    {
      name: "an 800,000 army and no cap",
      proposal: f(800_000, null),
      path: ["beneficiary_forces"],
      message: ["standing army 800,000", "no cap on its size"],
    },
    {
      name: "a cap above the top of the scale costs nothing",
      proposal: f(1_000_000, 900_000),
      path: ["beneficiary_forces", "size_cap"],
      message: "capped at 900,000",
    },
  ],
  partial: [
    // 0.6 × 0.6
    {
      name: "250,000 and the cap not stated",
      proposal: f(250_000),
      score: 0.36,
      path: ["beneficiary_forces"],
      message: "size cap not stated",
    },
    // cap 85,000: 0.2 + 0.4 × 35,000 / 200,000 = 0.27, and the army above it is scored at the cap
    {
      name: "a large army capped at 85,000 (the 2022 demand)",
      proposal: f(900_000, 85_000),
      score: 0.27,
      path: ["beneficiary_forces", "size_cap"],
      message: "the file contradicts itself",
    },
    // an army within its cap: 0.6 × 0.6 + 0.4 × (400,000: 0.6 + 0.2 × 150,000 / 250,000 = 0.72)
    { name: "250,000 under a cap of 400,000", proposal: f(250_000, 400_000), score: 0.36 + 0.4 * 0.72 },
    // measured against 500,000 of the adversary's: 250,000 is 0.5 → 0.6; no cap 1
    {
      name: "half the adversary's forces, no cap",
      proposal: { ...f(250_000, null), adversary_forces: 500_000 },
      score: 0.36 + 0.4,
      message: "against 500,000 of the adversary's forces",
    },
    // 100,000 against 1,000,000 is 0.1 → 0.15
    {
      name: "a tenth of the adversary's forces, cap not stated",
      proposal: { ...f(100_000), adversary_forces: 1_000_000 },
      score: 0.09,
    },
    // 100,000: 0.2 + 0.4 × 50,000 / 200,000 = 0.3; 0.6 × 0.3 + 0.4
    { name: "100,000 and no cap", proposal: f(100_000, null), score: 0.58 },
    // 600,000: 0.8 + 0.2 × 100,000 / 300,000; × 0.6
    { name: "600,000, cap not stated", proposal: f(600_000), score: 0.6 * (0.8 + 0.2 / 3) },
    { name: "no cap, army not stated", proposal: f(undefined, null), score: 0.4, message: "standing army not stated" },
  ],
  fail: [
    {
      name: "no army, and a cap of zero",
      proposal: f(0, 0),
      path: ["beneficiary_forces", "size_cap"],
      message: ["standing army 0", "capped at 0"],
    },
    {
      name: "an army of 50,000 capped at zero (demilitarised) contradicts itself and scores the cap",
      proposal: f(50_000, 0),
      message: "contradicts itself",
    },
  ],
  absent: [
    {
      name: "beneficiary_forces",
      proposal: {},
      field: ["beneficiary_forces"],
      values: [{}, { standing_army: 0 }, { size_cap: 0 }, { size_cap: null }],
      message: ["standing army not stated", "size cap not stated"],
      path: ["beneficiary_forces"],
    },
    // A cap below the army restricts it (scored at the cap): a stated weakness, not a left-out field.
    {
      name: "beneficiary_forces.size_cap (weaker than any cap the army fits under, and than none)",
      proposal: f(250_000),
      field: ["beneficiary_forces", "size_cap"],
      values: [250_000, 800_000, null],
      message: "size cap not stated",
    },
    {
      name: "beneficiary_forces.standing_army",
      proposal: f(undefined, null),
      field: ["beneficiary_forces", "standing_army"],
      values: [0, 50_000],
      message: "standing army not stated",
    },
  ],
});
