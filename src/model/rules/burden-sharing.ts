import { defineRule } from "../kernel.js";
import { isAdversary } from "../adversary.js";
import { interpolate, NOT_STATED } from "../scale.js";
import { FRAGILE_SHIELD, LANGER } from "../sources.js";
import { BERKEMEIER_FUHRMANN_2018 } from "../studies.js";

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
    research: [
      {
        stance: "contradicts",
        finding:
          "In the project's count of their data on commitments invoked in war (1816–2003), commitments in bilateral alliances were honoured 59% of the time (61 of 104) and those in multilateral alliances 29% (12 of 42); era accounts for part of the gap.",
        citation: BERKEMEIER_FUHRMANN_2018,
      },
    ],
    disagreement:
      "A Fragile Shield and Langer want many guarantors; among commitments invoked in war, multilateral ones were kept about half as often as bilateral ones, and no study in the review finds that more guarantors deter more.",
  },
  evaluate(p) {
    const partners = p.guarantors.filter((g) => !isAdversary(p, g)).length;
    const nations = new Set(
      (p.troops ?? []).filter((t) => (t.count ?? 0) > 0).map((t) => t.nation.trim().toLowerCase()),
    ).size;
    const score = 0.7 * interpolate(partners, GUARANTORS) + (nations >= 2 ? 0.3 : nations === 1 ? 0.15 : 0);
    const troops =
      p.troops === undefined
        ? `troops ${NOT_STATED}`
        : `troops from ${nations || "no"} nation${nations === 1 ? "" : "s"}`;
    const message = `${partners} guarantor${partners === 1 ? "" : "s"} besides the adversary; ${troops}`;
    return { score, message, path: ["guarantors"] };
  },
});
