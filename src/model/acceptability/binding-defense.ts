import { isAdversary } from "../adversary.js";
import { NOT_STATED } from "../scale.js";
import { PIFER, RUTLAND } from "../sources.js";
import type { Obligation } from "../../schema/proposal.js";
import { defineItem } from "../kernel.js";
import { LEEDS_2003_AJPS } from "../studies.js";

// How far an obligation binds its guarantor to fight: Rutland's point is that Article 5's
// "such action as it deems necessary" (assist) sets no binding duty to go to war.
const SHARE: Record<Obligation, number> = { none: 0, respect: 0, consult: 0, assist: 0.5, defend: 1 };

export default defineItem({
  meta: {
    id: "binding-defense",
    title: "Binding defence obligations",
    weight: 15,
    sources: [RUTLAND, PIFER],
    rationale:
      "Rutland judges that guarantees stringent enough to deter would never be accepted by Moscow; Pifer expects the Kremlin not to like any guarantee that gives Ukraine real security. Both are the authors' readings of Moscow's position, not a statement of it they quote: this item rests on their judgement.",
    scoring:
      "The stronger of commitment.obligation and backstop.obligation: defend 1, assist 0.5, consult, respect or none 0. The commitment counts 0 when the adversary can block the response (it must consent, or it is a guarantor and the guarantors act by consensus or by an unstated rule). A proposal silent on obligations contributes nothing here.",
    research: [
      {
        stance: "qualifies",
        finding:
          "Promises to intervene on behalf of a potential target made a challenge to it less likely: the binding defence the adversary rejects is the kind of promise that went with fewer attacks.",
        citation: LEEDS_2003_AJPS,
      },
    ],
    disagreement:
      "Rutland's paradox says a binding promise the adversary rejects may block a deal; the deterrence studies find such promises went with fewer attacks, Pifer's side of the argument, but none measures whether a deal was reached.",
  },
  evaluate(p) {
    const decision = p.commitment?.decision;
    const blocked =
      decision === "consensus-with-adversary" ||
      (p.guarantors.some((g) => isAdversary(p, g)) && decision !== "majority" && decision !== "unilateral");
    const commitment = p.commitment?.obligation;
    const backstop = p.backstop?.obligation;
    const fromCommitment = commitment && !blocked ? SHARE[commitment] : 0;
    const fromBackstop = backstop ? SHARE[backstop] : 0;
    const parts = [
      `commitment obligation ${commitment ?? NOT_STATED}${commitment && blocked ? " (the adversary can block the response)" : ""}`,
      `backstop obligation ${backstop ?? NOT_STATED}`,
    ];
    const path =
      fromBackstop > fromCommitment
        ? ["backstop", "obligation"]
        : commitment
          ? ["commitment", "obligation"]
          : ["commitment"];
    return { share: Math.max(fromCommitment, fromBackstop), message: parts.join("; "), path };
  },
});
