import { defineRule } from "../kernel.js";
import { NOT_STATED } from "../scale.js";
import { LANGER, PIFER, RUTLAND } from "../sources.js";
import { FUHRMANN_SECHSER_2014, KENWICK_VASQUEZ_POWERS_2015 } from "../studies.js";

const VALUE = { none: 0, path: 0.6, member: 1 } as const;
const MEANS = {
  none: "no path to membership",
  path: "the path to membership kept open",
  member: "a member of NATO",
  "not-applicable": "membership not in question",
} as const;

export default defineRule({
  meta: {
    id: "nato-path",
    title: "Keeps the path to NATO open",
    weight: 2,
    prior: 2,
    sources: [PIFER, RUTLAND, LANGER],
    rationale:
      "Pifer makes NATO membership the third element of a strong package and argues it should remain the goal; Rutland and Langer discuss arrangements designed as substitutes for membership.",
    scoring:
      "nato: member 1, path 0.6, none 0; not stated 0. nato: not-applicable (a beneficiary for which membership is not in question) skips the criterion, and its weight goes to the others.",
    research: [
      {
        stance: "supports",
        finding: "A formal alliance with a nuclear state carried significant deterrence benefits for the protégé.",
        citation: FUHRMANN_SECHSER_2014,
      },
      {
        stance: "qualifies",
        finding:
          "Before nuclear weapons, forming a defensive alliance went with more disputes and more wars; in the nuclear era some alliances reduced the initiation of disputes but did not change whether war broke out.",
        citation: KENWICK_VASQUEZ_POWERS_2015,
      },
    ],
    disagreement:
      "Pifer makes membership the goal and the score credits a path at 0.6; studies find that alliance with a nuclear power deters, but none tests a promised path, and Kenwick et al. find that forming an alliance can itself go with more conflict.",
  },
  evaluate(p) {
    if (p.nato === "not-applicable")
      return {
        score: 0,
        message: "nato: not-applicable, membership not in question: this criterion does not apply",
        path: ["nato"],
        notApplicable: true,
      };
    return {
      score: p.nato ? VALUE[p.nato] : 0,
      message: p.nato ? `nato: ${p.nato}, ${MEANS[p.nato]}` : `nato ${NOT_STATED}`,
      path: ["nato"],
    };
  },
});
