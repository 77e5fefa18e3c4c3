import { defineRule } from "../kernel.js";
import type { Troop } from "../../schema/proposal.js";
import { interpolate, NOT_STATED } from "../scale.js";
import { fmt, plural } from "../../util/number.js";
import { LANGER, RUTLAND } from "../sources.js";
import { LANOSZKA_2018, OMAHONY_2018, REITER_POAST_2021 } from "../studies.js";

// How much a soldier in each role counts towards holding an attack: a force meant
// to hold counts fully, a tripwire less, training and monitoring missions least.
export const ROLE_FACTOR = {
  deterrence: 1,
  tripwire: 0.8,
  "air-defense": 0.6,
  peacekeeping: 0.5,
  training: 0.3,
  monitoring: 0.2,
} as const;
const UNKNOWN_ROLE = 0.2;

// Role-weighted troops → score. Anchors from the sources: the Baltic forward presence
// (under 5,000), the 15,000–20,000 European force discussed in 2025, and the 300,000
// US troops in Cold War West Germany.
export const SCALE = [
  [0, 0],
  [1_000, 0.15],
  [5_000, 0.4],
  [20_000, 0.65],
  [100_000, 0.85],
  [300_000, 1],
] as const;

const weighted = (t: Troop) => (t.count ?? 0) * (t.role ? ROLE_FACTOR[t.role] : UNKNOWN_ROLE);

export default defineRule({
  meta: {
    id: "boots-on-the-ground",
    title: "Guarantor forces stationed in the beneficiary",
    weight: 14,
    sources: [RUTLAND, LANGER],
    rationale:
      "Rutland argues that without boots on the ground a guarantee is as flimsy as the Budapest assurances, and contrasts a tripwire of under 5,000 in the Baltic states with the 300,000 US troops meant to hold an attack in Cold War West Germany. Langer calls for forward-deployed systems and ground forces that deter.",
    scoring:
      "Sum of troops[].count, each weighted by role (deterrence 1, tripwire 0.8, air-defense 0.6, peacekeeping 0.5, training 0.3, monitoring 0.2, not stated 0.2), on a scale through 1,000 → 0.15, 5,000 → 0.4, 20,000 → 0.65, 100,000 → 0.85 and 300,000 → 1. A contingent without a count adds nothing.",
    research: [
      {
        stance: "contradicts",
        finding:
          "Small tripwire forces do not deter by themselves: a deployment deters when it is large enough to shift the local balance of power, which argues against the 0.8 credit a tripwire soldier gets here.",
        citation: REITER_POAST_2021,
      },
      {
        stance: "supports",
        finding:
          "In West Germany, Japan and South Korea, the guarantor's conventional forces in the theatre were what made its guarantee believable to the ally.",
        citation: LANOSZKA_2018,
      },
      {
        stance: "qualifies",
        finding:
          "Nearby US troops went with less interstate war but more low-level militarized disputes, and a large US presence in the country with more serious disputes short of war.",
        citation: OMAHONY_2018,
      },
    ],
    disagreement:
      "Rutland counts any boots on the ground and the score rates troops on a fixed scale with a tripwire near full credit; Reiter and Poast find tripwires do not deter and that what counts is the force set against the adversary's local strength.",
  },
  evaluate(p) {
    const troops = p.troops ?? [];
    if (!troops.length)
      return { score: 0, message: `troops ${NOT_STATED}: no guarantor forces in the beneficiary`, path: ["troops"] };
    const total = troops.reduce((n, t) => n + (t.count ?? 0), 0);
    const effective = troops.reduce((n, t) => n + weighted(t), 0);
    const listed = troops.map(
      (t) =>
        `${t.nation} ${t.count === undefined ? `count ${NOT_STATED}` : fmt(t.count)} ${t.role ?? `role ${NOT_STATED}`}`,
    );
    const shown = listed.length > 3 ? [...listed.slice(0, 3), `${listed.length - 3} more`] : listed;
    const message = `${fmt(total)} troops in ${plural(troops.length, "contingent")} (${shown.join("; ")}); ${fmt(Math.round(effective))} after role weighting, where 300,000 scores full`;
    return { score: interpolate(effective, SCALE), message, path: ["troops"] };
  },
});
