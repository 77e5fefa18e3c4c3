import { defineRule } from "../kernel.js";
import type { Troop } from "../../schema/proposal.js";
import { isAdversaryTroop } from "../adversary.js";
import { ENDED_BY_FACTOR, interpolate, NOT_STATED } from "../scale.js";
import { fmt, plural } from "../../util/number.js";
import { LANGER, RUTLAND } from "../sources.js";
import { LANOSZKA_2018, OMAHONY_2018, REITER_POAST_2021 } from "../studies.js";

// How much a soldier in each role counts towards holding an attack: a force meant to hold
// counts fully; a tripwire half (Reiter and Poast: tripwires do not deter by themselves);
// training and monitoring missions least.
export const ROLE_FACTOR = {
  deterrence: 1,
  tripwire: 0.5,
  "air-defense": 0.6,
  peacekeeping: 0.4,
  training: 0.3,
  monitoring: 0.2,
} as const;
const UNKNOWN_ROLE = 0.2;

// Role-weighted troops → score when the adversary's forces are not stated. Anchors from the
// sources: the Baltic forward presence (under 5,000), the 15,000–20,000 European force
// discussed in 2025, and the 300,000 US troops in Cold War West Germany.
export const SCALE = [
  [0, 0],
  [1_000, 0.15],
  [5_000, 0.4],
  [20_000, 0.65],
  [100_000, 0.85],
  [300_000, 1],
] as const;

// Role-weighted troops as a share of the adversary's forces able to act → score (the local balance).
export const BALANCE = [
  [0, 0],
  [0.02, 0.15],
  [0.1, 0.4],
  [0.3, 0.7],
  [0.6, 0.9],
  [1, 1],
] as const;

const weighted = (t: Troop) =>
  (t.count ?? 0) * (t.role ? ROLE_FACTOR[t.role] : UNKNOWN_ROLE) * (t.ended_by ? ENDED_BY_FACTOR[t.ended_by] : 1);

export default defineRule({
  meta: {
    id: "boots-on-the-ground",
    title: "Guarantor forces stationed in the beneficiary",
    weight: 24,
    prior: 14,
    sources: [RUTLAND, LANGER],
    rationale:
      "Rutland argues that without boots on the ground a guarantee is as flimsy as the Budapest assurances, and contrasts a tripwire of under 5,000 in the Baltic states with the 300,000 US troops meant to hold an attack in Cold War West Germany. Langer calls for forward-deployed systems and ground forces that deter.",
    scoring:
      "Sum of troops[].count of the guarantors (the adversary's own forces count nothing, and the report says they are there), each weighted by role (deterrence 1, air-defense 0.6, tripwire 0.5, peacekeeping 0.4, training 0.3, monitoring 0.2, not stated 0.2) and by who can send it home (ended_by: host 0.5, adversary or either 0.3; both, sender or not stated 1). With adversary_forces stated, that sum as a share of them: 0.02 → 0.15, 0.1 → 0.4, 0.3 → 0.7, 0.6 → 0.9, 1 → 1; without, a fixed scale: 1,000 → 0.15, 5,000 → 0.4, 20,000 → 0.65, 100,000 → 0.85, 300,000 → 1. A contingent without a count adds nothing.",
    research: [
      {
        stance: "qualifies",
        finding:
          "Small tripwire forces do not deter by themselves: a deployment deters when it is large enough to shift the local balance of power, which is why a tripwire soldier counts half here and troops are measured against the adversary's forces where the file states them.",
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
      "Rutland counts any boots on the ground; Reiter and Poast find that a tripwire does not deter by itself and that what counts is the force set against the adversary's local strength, which the score measures only where the file states the adversary's forces.",
  },
  evaluate(p) {
    const all = p.troops ?? [];
    if (p.troops === undefined)
      return { score: 0, message: `troops ${NOT_STATED}: no guarantor forces in the beneficiary`, path: ["troops"] };
    if (!all.length)
      return { score: 0, message: "troops: an empty list, no guarantor forces in the beneficiary", path: ["troops"] };
    const hostile = all.filter((t) => isAdversaryTroop(p, t.nation));
    const troops = all.filter((t) => !isAdversaryTroop(p, t.nation));
    const total = troops.reduce((n, t) => n + (t.count ?? 0), 0);
    const effective = troops.reduce((n, t) => n + weighted(t), 0);
    const listed = troops.map(
      (t) =>
        `${t.nation} ${t.count === undefined ? `count ${NOT_STATED}` : fmt(t.count)} ${t.role ?? `role ${NOT_STATED}`}`,
    );
    const shown = listed.length > 3 ? [...listed.slice(0, 3), `${listed.length - 3} more`] : listed;
    const against = p.adversary_forces;
    const scale =
      against === undefined ? "where 300,000 scores full" : `against ${fmt(against)} of the adversary's forces`;
    const parts = [
      `${fmt(total)} guarantor troops in ${plural(troops.length, "contingent")}${shown.length ? ` (${shown.join("; ")})` : ""}; ${fmt(Math.round(effective))} after weighting by role and by who can send them home, ${scale}`,
    ];
    if (hostile.length)
      parts.push(
        `the adversary has forces on the ground (${hostile.map((t) => `${t.nation} ${t.count === undefined ? `count ${NOT_STATED}` : fmt(t.count)}`).join("; ")}): they earn nothing`,
      );
    const score =
      against === undefined
        ? interpolate(effective, SCALE)
        : against === 0
          ? effective > 0
            ? 1
            : 0
          : interpolate(effective / against, BALANCE);
    const at = hostile.length && !troops.length ? ["troops", all.indexOf(hostile[0]!)] : ["troops"];
    return { score, message: parts.join("; "), path: at };
  },
});
