import { defineRule } from "../engine/types.js";
import { NOT_STATED } from "./scale.js";
import { LANGER } from "./sources.js";

const VALUE = { public: 1, "partly-secret": 0.5, secret: 0 } as const;
const MEANS = { public: "its terms published", "partly-secret": "some of its terms unpublished", secret: "its terms unpublished" } as const;

export default defineRule({
  meta: {
    id: "public",
    title: "Public, so both sides know the stakes",
    weight: 4,
    sources: [LANGER],
    rationale: "Langer argues that a guarantee deters only if allies and adversaries alike know what it commits the guarantors to.",
    scoring: "publicity: public 1, partly-secret 0.5, secret 0; not stated 0.",
  },
  evaluate(p) {
    return {
      score: p.publicity ? VALUE[p.publicity] : 0,
      message: p.publicity ? `publicity: ${p.publicity}, ${MEANS[p.publicity]}` : `publicity ${NOT_STATED}`,
      path: ["publicity"],
    };
  },
});
