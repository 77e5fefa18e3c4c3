import { defineRule } from "../kernel.js";
import { bound } from "../adversary.js";
import { interpolate } from "../scale.js";
import { BERKEMEIER_FUHRMANN_2018, LEEDS_2003_IO } from "../studies.js";
import { FRAGILE_SHIELD } from "../sources.js";

// Guarantors sharing one commitment → credit: the more share it, the less each is bound to act alone.
const SHARED = [
  [1, 1],
  [2, 0.8],
  [3, 0.65],
  [5, 0.45],
  [10, 0.25],
] as const;

export default defineRule({
  meta: {
    id: "bound-individually",
    title: "Each guarantor bound on its own, not a collective guarantee",
    weight: 8,
    prior: 6,
    sources: [FRAGILE_SHIELD],
    rationale:
      "A Fragile Shield describes a coalition led by the United States, the others contributing forces and money; the studies find that a commitment many share is kept less often than one a state owes on its own. This criterion scores who is bound to act and whether one leads; burden-sharing scores the contributions.",
    scoring:
      "By the number of guarantors sharing the promise, the adversary among them: 1 → 1, 2 → 0.8, 3 → 0.65, 5 → 0.45, 10 or more → 0.25, linear between; at least 0.7 when one of several, bound to act, is named the lead. 0 when no guarantor but the adversary, or one its own law bars, is bound, and when commitment.obligation is none or not stated.",
    research: [
      {
        stance: "supports",
        finding:
          "In the project's count of their data on commitments invoked in war (1816–2003), those in bilateral alliances were honoured 59% of the time (61 of 104) and those in multilateral alliances 29% (12 of 42); era accounts for part of the gap.",
        citation: BERKEMEIER_FUHRMANN_2018,
      },
      {
        stance: "qualifies",
        finding:
          "Commitments invoked in war were broken more often by major powers and by allies whose circumstances had changed since signing; who the guarantors are matters as well as how many share the promise.",
        citation: LEEDS_2003_IO,
      },
    ],
    disagreement:
      "A Fragile Shield wants Europeans to share the burden under a US lead; the studies find commitments shared among many kept about half as often as bilateral ones, so the score credits contributions from several nations (burden-sharing) and a promise one guarantor owes alone or leads (this criterion).",
  },
  evaluate(p) {
    // A promise that binds to nothing binds nobody: no obligation stated, or none, earns nothing here.
    const obligation = p.commitment?.obligation;
    if (obligation === undefined || obligation === "none")
      return {
        score: 0,
        message: `commitment.obligation ${obligation ?? "not stated"}: no guarantor is bound to act`,
        path: obligation === undefined ? ["commitment"] : ["commitment", "obligation"],
      };
    // Every party shares the promise, the adversary among them (a collective guarantee binds each the
    // less); it counts for nothing when no party but the adversary, or one its law bars, is bound.
    const n = p.guarantors.length;
    const bound_ = p.guarantors.filter((g) => bound(p, g) > 0);
    const lead = bound_.find((g) => g.role === "lead");
    const score = bound_.length === 0 ? 0 : Math.max(interpolate(n, SHARED), lead && n > 1 ? 0.7 : 0);
    const unstated = p.guarantors.some((g) => g.role === undefined) ? " (roles not stated)" : "";
    const message =
      bound_.length === 0
        ? "no guarantor is bound to act"
        : n === 1
          ? `one guarantor bound on its own: ${bound_[0]!.name}`
          : `${n} guarantors share the commitment${lead ? `, led by ${lead.name}` : `, none named the lead${unstated}`}`;
    return { score, message, path: ["guarantors"] };
  },
});
