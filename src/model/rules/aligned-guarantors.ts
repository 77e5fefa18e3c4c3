import { defineRule } from "../kernel.js";
import { NOT_STATED, weightedShare } from "../scale.js";
import { plural } from "../../util/number.js";
import { PAPER } from "../sources.js";
import { LEEDS_2003_IO, LEEDS_SAVUN_2007 } from "../studies.js";

const STANCE = { aligned: 1, neutral: 0.3, adversary: 0 } as const;

export default defineRule({
  meta: {
    id: "aligned-guarantors",
    title: "Guarantors share the beneficiary's interest",
    weight: 5,
    prior: 5,
    sources: [PAPER],
    rationale:
      "The December 2025 analysis argues that a state presenting itself as a neutral mediator is not a guarantor, since its interest is in making a deal rather than in the beneficiary's security.",
    scoring:
      "Share of guarantors by stance (aligned 1, neutral 0.3, adversary 0; not stated 0), weighted by role (lead 3, backstop 2, member 1, mediator 1).",
    research: [
      {
        stance: "qualifies",
        finding:
          "Alliances were abandoned more often after a member's power, domestic institutions or outside alliances changed: the shared interest that keeps a guarantor is the one that lasts, not the one it declares when it signs.",
        citation: LEEDS_SAVUN_2007,
      },
      {
        stance: "qualifies",
        finding:
          "Commitments invoked in war were broken more often where the ally's power or policymaking had changed since it signed; non-democracies and major powers broke them more often.",
        citation: LEEDS_2003_IO,
      },
    ],
    disagreement:
      "The sources ask whether a guarantor shares the beneficiary's interest when it signs; the studies find that commitments break when a guarantor changes after signing, which no criterion scores yet.",
  },
  evaluate(p) {
    const gs = p.guarantors;
    const score = weightedShare(gs, (g) => (g.stance ? STANCE[g.stance] : 0));
    const count = (s: string | undefined) => gs.filter((g) => g.stance === s).length;
    const parts = [`${count("aligned")} aligned`, `${count("neutral")} neutral`, `${count("adversary")} adversary`];
    if (count(undefined)) parts.push(`${count(undefined)} ${NOT_STATED}`);
    const weakest = gs.findIndex((g) => g.stance !== "aligned");
    const path =
      weakest < 0 ? ["guarantors"] : gs[weakest]!.stance ? ["guarantors", weakest, "stance"] : ["guarantors", weakest];
    return {
      score,
      message: `${parts.join(", ")} of ${plural(gs.length, "guarantor")} (${Math.round(score * 100)}% weighted by role)`,
      path,
    };
  },
});
