import { defineRule } from "../kernel.js";
import { isAdversaryTroop } from "../adversary.js";
import { NOT_STATED } from "../scale.js";
import { FRAGILE_SHIELD, LANGER } from "../sources.js";
import { BERKEMEIER_FUHRMANN_2018 } from "../studies.js";

export default defineRule({
  meta: {
    id: "burden-sharing",
    title: "The burden shared: forces from several nations",
    weight: 2,
    prior: 2,
    sources: [FRAGILE_SHIELD, LANGER],
    rationale:
      "A Fragile Shield sees European burden-sharing as a condition of a lasting framework, and Langer proposes a coalition of democratic partners rather than one state's promise.",
    scoring:
      "Troops with a count above zero from two or more guarantor nations 1, from one 0.5, none 0 (the adversary's forces do not count). How many guarantors share the promise is scored by bound-individually, the other way round.",
    research: [
      {
        stance: "qualifies",
        finding:
          "In the project's count of their data on commitments invoked in war (1816–2003), commitments in bilateral alliances were honoured 59% of the time (61 of 104) and those in multilateral alliances 29% (12 of 42); era accounts for part of the gap.",
        citation: BERKEMEIER_FUHRMANN_2018,
      },
    ],
    disagreement:
      "A Fragile Shield and Langer want many contributors; among commitments invoked in war, multilateral ones were kept about half as often as bilateral ones, so the score credits shared contributions here and individual promises in bound-individually.",
  },
  evaluate(p) {
    const nations = new Set(
      (p.troops ?? [])
        .filter((t) => (t.count ?? 0) > 0 && !isAdversaryTroop(p, t.nation))
        .map((t) => t.nation.trim().toLowerCase()),
    ).size;
    const score = nations >= 2 ? 1 : nations === 1 ? 0.5 : 0;
    const message =
      p.troops === undefined
        ? `troops ${NOT_STATED}: no nation shares the burden on the ground`
        : `guarantor troops from ${nations || "no"} nation${nations === 1 ? "" : "s"}`;
    return { score, message, path: ["troops"] };
  },
});
