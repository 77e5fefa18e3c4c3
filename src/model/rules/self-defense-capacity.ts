import { defineRule } from "../kernel.js";
import { interpolate, NOT_STATED } from "../scale.js";
import { fmt } from "../../util/number.js";
import { PIFER } from "../sources.js";

// Soldiers → credit; the same scale rates a cap by the army it still allows.
const ARMY = [
  [0, 0],
  [50_000, 0.2],
  [250_000, 0.6],
  [500_000, 0.8],
  [800_000, 1],
] as const;

export default defineRule({
  meta: {
    id: "self-defense-capacity",
    title: "Builds, rather than caps, the beneficiary's own forces",
    weight: 5,
    sources: [PIFER],
    rationale:
      "Pifer puts first a large standing military, well equipped and under the beneficiary's own command, as the best guarantee of its security; a cap on its size works the other way.",
    scoring:
      "0.6 × beneficiary_forces.standing_army on a scale (50,000 → 0.2, 250,000 → 0.6, 500,000 → 0.8, 800,000 → 1); plus 0.4 when size_cap is null (no cap), or 0.4 × the same scale applied to the cap. Not stated 0.",
    research: [],
    disagreement:
      "No study in the project's review tests the beneficiary's own forces as a deterrent; the Kyiv Security Compact (2022) argues for them as Pifer does, but it is a policy proposal, not a study.",
  },
  evaluate(p) {
    const f = p.beneficiary_forces;
    const army = f?.standing_army;
    const cap = f?.size_cap;
    const score =
      0.6 * (army === undefined ? 0 : interpolate(army, ARMY)) +
      0.4 * (cap === null ? 1 : cap === undefined ? 0 : interpolate(cap, ARMY));
    const parts = [
      army === undefined ? `standing army ${NOT_STATED}` : `standing army ${fmt(army)}`,
      cap === null ? "no cap on its size" : cap === undefined ? `size cap ${NOT_STATED}` : `capped at ${fmt(cap)}`,
    ];
    const path = cap !== undefined && cap !== null ? ["beneficiary_forces", "size_cap"] : ["beneficiary_forces"];
    return { score, message: parts.join("; "), path };
  },
});
