import { defineRule } from "../kernel.js";
import type { Guarantor } from "../../schema/proposal.js";
import { NOT_STATED, roleWeight, weightedShare } from "../scale.js";
import { plural } from "../../util/number.js";
import { FRAGILE_SHIELD, PAPER } from "../sources.js";
import { MARTIN_2000 } from "../studies.js";

const LEVEL = { none: 0, signed: 0.15, executive: 0.3, ratified: 1 } as const;
const level = (g: Guarantor) => (g.ratification ? LEVEL[g.ratification] : 0);

export default defineRule({
  meta: {
    id: "ratified",
    title: "Ratified by each guarantor's legislature",
    weight: 4,
    prior: 6,
    sources: [PAPER, FRAGILE_SHIELD],
    rationale:
      "The December 2025 analysis reports (citing RUSI) that the 2024 agreements were deliberately left unratified, so governments can leave them without a vote. A Fragile Shield ranks a formal treaty as the highest level of assurance.",
    scoring:
      "Share of guarantors by ratification (none 0, signed 0.15, executive 0.3, ratified 1; not stated 0), weighted by role (lead 3, backstop 2, member 1, mediator 1).",
    research: [
      {
        stance: "supports",
        finding:
          "Commitments in which the legislature takes part in an institutionalised way are more credible and make for deeper, more stable cooperation; among its cases the study compares treaties with executive agreements.",
        citation: MARTIN_2000,
      },
    ],
    disagreement:
      "No disagreement: the sources and Martin agree that a legislature's part makes a commitment more credible, though no study in the review measures ratification against whether a guarantee held.",
  },
  evaluate(p) {
    const gs = p.guarantors;
    const score = weightedShare(gs, level);
    const ratified = gs.filter((g) => g.ratification === "ratified").length;
    // Point at the guarantor whose missing ratification costs the most.
    let worst = -1;
    gs.forEach((g, i) => {
      if (
        level(g) < 1 &&
        (worst < 0 || roleWeight(g) * (1 - level(g)) > roleWeight(gs[worst]!) * (1 - level(gs[worst]!)))
      )
        worst = i;
    });
    const missing = gs
      .filter((g) => g.ratification !== "ratified")
      .map((g) => `${g.name} (role ${g.role ?? NOT_STATED}, ratification ${g.ratification ?? NOT_STATED})`);
    const shown = missing.length > 3 ? [...missing.slice(0, 3), `${missing.length - 3} more`] : missing;
    const message =
      `${ratified} of ${plural(gs.length, "guarantor")} ratified (${Math.round(score * 100)}% weighted by role)` +
      (missing.length ? `; not ratified: ${shown.join(", ")}` : "");
    const path =
      worst < 0
        ? ["guarantors"]
        : gs[worst]!.ratification
          ? ["guarantors", worst, "ratification"]
          : ["guarantors", worst];
    return { score, message, path };
  },
});
