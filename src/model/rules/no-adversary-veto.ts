import { defineRule } from "../kernel.js";
import { isAdversary } from "../adversary.js";
import { NOT_STATED } from "../scale.js";
import { PIFER } from "../sources.js";

const DECISION = { unilateral: 1, majority: 0.75, consensus: 0.5, "consensus-with-adversary": 0 } as const;

export default defineRule({
  meta: {
    id: "no-adversary-veto",
    title: "The adversary cannot veto the response",
    weight: 7,
    prior: 8,
    knockout: true,
    sources: [PIFER],
    rationale:
      "Pifer describes the 2022 Russian plan, revived by Lavrov, in which Russia would be a guarantor and the guarantors could act only by consensus: Russia could invade and then veto the response. Such a guarantee is void whatever else it contains, so this criterion caps the whole score.",
    scoring:
      "commitment.decision: unilateral 1, majority 0.75, consensus 0.5, consensus-with-adversary 0; not stated 0. Knock-out (the total is capped) when a guarantor is the adversary (stance adversary, or no stance and the name of the proposal's adversary) and the guarantors act by consensus, with or without the adversary, or the decision rule is not stated.",
    research: [],
    disagreement:
      "No study in the project's review tests guarantees in which the state to be deterred is itself a guarantor that can block the response; the knock-out rests on the sources' reading of 1994 and of the 2022 draft, not on measured cases.",
  },
  evaluate(p) {
    const decision = p.commitment?.decision;
    const adversaries = p.guarantors.map((g, i) => [g, i] as const).filter(([g]) => isAdversary(p, g));
    const path = decision ? ["commitment", "decision"] : ["commitment"];
    if (adversaries.length && decision !== "majority" && decision !== "unilateral") {
      const [g, i] = adversaries[0]!;
      const how = decision
        ? `the guarantors act by ${decision}`
        : `the decision rule is ${NOT_STATED}, so the weakest reading applies`;
      const reason = `${g.name} is both a guarantor and the state to be deterred, and ${how}: it can block the response to its own attack`;
      return { score: 0, message: reason, path: decision ? path : ["guarantors", i], knockout: { reason } };
    }
    if (!decision)
      return {
        score: 0,
        message: `commitment.decision ${NOT_STATED}: who must agree before the guarantors act is unknown`,
        path,
      };
    const who = adversaries.length
      ? `; adversary among guarantors: ${adversaries.map(([g]) => g.name).join(", ")}`
      : "; the adversary is not a guarantor";
    const note = decision === "consensus-with-adversary" ? " (action needs the adversary's consent)" : "";
    return { score: DECISION[decision], message: `decision ${decision}${note}${who}`, path };
  },
});
