import { defineRule } from "../engine/types.js";
import { fmt, interpolate, NOT_STATED, plural } from "./scale.js";
import { FRAGILE_SHIELD } from "./sources.js";

// Hours from a trigger to action → credit: within a day is full, a week or more little.
const RESPONSE = [
  [24, 1],
  [72, 0.75],
  [168, 0.5],
  [720, 0.25],
] as const;

export default defineRule({
  meta: {
    id: "clear-triggers",
    title: "Clear red lines and a response time",
    weight: 6,
    sources: [FRAGILE_SHIELD],
    rationale: "A Fragile Shield holds that the red lines which activate a guarantee must be clear enough to leave an aggressor no room for misinterpretation.",
    scoring:
      "0.5 for at least one written trigger in commitment.triggers, 0.6 for two or more; plus 0.4 × commitment.response_hours on a scale (24 h or less 1, 72 h 0.75, a week 0.5, 30 days 0.25, beyond that 0.25); not stated 0.",
  },
  evaluate(p) {
    const triggers = p.commitment?.triggers ?? [];
    const hours = p.commitment?.response_hours;
    const score = (triggers.length >= 2 ? 0.6 : triggers.length ? 0.5 : 0) + (hours === undefined ? 0 : 0.4 * interpolate(hours, RESPONSE));
    const parts = [
      triggers.length ? plural(triggers.length, "trigger") + " written down" : `triggers ${NOT_STATED}`,
      hours === undefined ? `response time ${NOT_STATED}` : `response within ${fmt(hours)} h`,
    ];
    return { score, message: parts.join("; "), path: triggers.length ? ["commitment", "response_hours"] : ["commitment", "triggers"] };
  },
});
