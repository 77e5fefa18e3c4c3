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

// The army as a share of the adversary's forces able to act against it → credit (the local balance).
const RATIO = [
  [0, 0],
  [0.1, 0.15],
  [0.25, 0.35],
  [0.5, 0.6],
  [1, 0.9],
  [2, 1],
] as const;

export default defineRule({
  meta: {
    id: "self-defense-capacity",
    title: "Builds, rather than caps, the beneficiary's own forces",
    weight: 4,
    prior: 4,
    sources: [PIFER],
    rationale:
      "Pifer puts first a large standing military, well equipped and under the beneficiary's own command, as the best guarantee of its security; a cap on its size works the other way.",
    scoring:
      "0.6 × beneficiary_forces.standing_army and 0.4 × the cap it may not exceed (size_cap null: no cap, full), each on a scale: with adversary_forces stated, as a share of them (0.1 → 0.15, 0.25 → 0.35, 0.5 → 0.6, 1 → 0.9, 2 → 1); without, in soldiers (50,000 → 0.2, 250,000 → 0.6, 500,000 → 0.8, 800,000 → 1). An army above its own cap is scored at the cap, and the report says the file contradicts itself. Not stated 0.",
    research: [],
    disagreement:
      "No study in the project's review tests the beneficiary's own forces as a deterrent; the Kyiv Security Compact (2022) argues for them as Pifer does, but it is a policy proposal, not a study.",
  },
  evaluate(p) {
    const f = p.beneficiary_forces;
    const stated = f?.standing_army;
    const cap = f?.size_cap;
    // An army above its own cap contradicts the file: the cap is what the arrangement allows.
    const over = stated !== undefined && typeof cap === "number" && stated > cap;
    const army = over ? cap : stated;
    const against = p.adversary_forces;
    const rate = (n: number) =>
      against === undefined ? interpolate(n, ARMY) : against === 0 ? 1 : interpolate(n / against, RATIO);
    const score =
      0.6 * (army === undefined ? 0 : rate(army)) + 0.4 * (cap === null ? 1 : cap === undefined ? 0 : rate(cap));
    const parts = [
      stated === undefined ? `standing army ${NOT_STATED}` : `standing army ${fmt(stated)}`,
      cap === null ? "no cap on its size" : cap === undefined ? `size cap ${NOT_STATED}` : `capped at ${fmt(cap)}`,
    ];
    if (against !== undefined) parts.push(`against ${fmt(against)} of the adversary's forces`);
    if (over) parts.push(`the file contradicts itself: the army is above its cap, so the cap is scored`);
    const path = cap !== undefined && cap !== null ? ["beneficiary_forces", "size_cap"] : ["beneficiary_forces"];
    return { score, message: parts.join("; "), path };
  },
});
