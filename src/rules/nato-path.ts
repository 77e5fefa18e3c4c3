import { defineRule } from "../engine/types.js";
import { NOT_STATED } from "./scale.js";
import { LANGER, PIFER, RUTLAND } from "./sources.js";

const VALUE = { none: 0, path: 0.6, member: 1, "not-applicable": 0 } as const;
const MEANS = { none: "no path to membership", path: "the path to membership kept open", member: "a member of NATO", "not-applicable": "membership not in question" } as const;

export default defineRule({
  meta: {
    id: "nato-path",
    title: "Keeps the path to NATO open",
    weight: 4,
    sources: [PIFER, RUTLAND, LANGER],
    rationale:
      "Pifer makes NATO membership the third element of a strong package and argues it should remain the goal; Rutland and Langer discuss arrangements designed as substitutes for membership.",
    scoring: "nato: member 1, path 0.6, none 0; not stated 0.",
  },
  evaluate(p) {
    return { score: p.nato ? VALUE[p.nato] : 0, message: p.nato ? `nato: ${p.nato}, ${MEANS[p.nato]}` : `nato ${NOT_STATED}`, path: ["nato"] };
  },
});
