import { defineRule } from "../kernel.js";
import { NOT_STATED } from "../scale.js";
import { LANGER } from "../sources.js";
import { BERKEMEIER_FUHRMANN_2018, FEARON_1997 } from "../studies.js";

const VALUE = { public: 1, "partly-secret": 0.5, secret: 0 } as const;
const MEANS = {
  public: "its terms published",
  "partly-secret": "some of its terms unpublished",
  secret: "its terms unpublished",
} as const;

export default defineRule({
  meta: {
    id: "public",
    title: "Public, so both sides know the stakes",
    weight: 2,
    prior: 3,
    sources: [LANGER],
    rationale:
      "Langer argues that a guarantee deters only if allies and adversaries alike know what it commits the guarantors to.",
    scoring: "publicity: public 1, partly-secret 0.5, secret 0; not stated 0.",
    research: [
      {
        stance: "supports",
        finding:
          "In a game model, leaders make a commitment believable by tying their hands, creating costs they would pay before their domestic audience if they failed to follow through; on average they do better this way than by sinking costs in advance.",
        citation: FEARON_1997,
      },
      {
        stance: "contradicts",
        finding:
          "In the project's count of their data, commitments in wholly secret treaties were honoured 78% of the time (25 of 32) and public ones 41% (45 of 109); 31 of the 32 secret ones date from before 1945, when commitments were kept more often.",
        citation: BERKEMEIER_FUHRMANN_2018,
      },
    ],
    disagreement:
      "Langer wants the stakes known and hand-tying theory agrees; among commitments invoked in war, secret treaties were kept more often than public ones, largely because they belong to the era when every kind of commitment was kept more often.",
  },
  evaluate(p) {
    return {
      score: p.publicity ? VALUE[p.publicity] : 0,
      message: p.publicity ? `publicity: ${p.publicity}, ${MEANS[p.publicity]}` : `publicity ${NOT_STATED}`,
      path: ["publicity"],
    };
  },
});
