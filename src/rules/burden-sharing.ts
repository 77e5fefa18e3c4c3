import { defineRule } from "../engine/types.js";
import { isAdversary } from "./adversary.js";
import { interpolate, NOT_STATED } from "./scale.js";
import { FRAGILE_SHIELD, LANGER } from "./sources.js";

const GUARANTORS = [
  [0, 0],
  [1, 0.2],
  [2, 0.5],
  [3, 0.7],
  [5, 1],
] as const;

export default defineRule({
  meta: {
    id: "burden-sharing",
    title: "Shared among several guarantors",
    weight: 3,
    sources: [FRAGILE_SHIELD, LANGER],
    rationale:
      "A Fragile Shield sees European burden-sharing as a condition of a lasting framework, and Langer proposes a coalition of democratic partners rather than one state's promise.",
    scoring:
      "0.7 × the number of guarantors other than the adversary (1 → 0.2, 2 → 0.5, 3 → 0.7, 5 or more → 1) plus 0.3 when troops with a count above zero come from two or more nations, 0.15 from one.",
  },
  evaluate(p) {
    const partners = p.guarantors.filter((g) => !isAdversary(p, g)).length;
    const nations = new Set((p.troops ?? []).filter((t) => (t.count ?? 0) > 0).map((t) => t.nation.trim().toLowerCase())).size;
    const score = 0.7 * interpolate(partners, GUARANTORS) + (nations >= 2 ? 0.3 : nations === 1 ? 0.15 : 0);
    const troops = p.troops === undefined ? `troops ${NOT_STATED}` : `troops from ${nations || "no"} nation${nations === 1 ? "" : "s"}`;
    const message = `${partners} guarantor${partners === 1 ? "" : "s"} besides the adversary; ${troops}`;
    return { score, message, path: ["guarantors"] };
  },
});
