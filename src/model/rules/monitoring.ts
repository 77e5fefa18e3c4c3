import { defineRule } from "../kernel.js";
import { NOT_STATED } from "../scale.js";
import { LANGER, RUTLAND } from "../sources.js";

export default defineRule({
  meta: {
    id: "monitoring",
    title: "Permanent monitoring tied to the triggers",
    weight: 5,
    sources: [LANGER, RUTLAND],
    rationale:
      "Langer calls for a permanent Western observer mission tied to enforcement triggers. Rutland recalls that Russia consolidated its hold in the Donbas after Minsk despite international observers, who had no such link.",
    scoring: "monitoring.body named 0.2; permanent 0.3; tied_to_triggers 0.5; not stated 0.",
    research: [],
    disagreement:
      "No study in the project's review tests observer missions tied to enforcement triggers; research on ceasefire agreements and peacekeeping is where to look, and it has not been reviewed yet.",
  },
  evaluate(p) {
    const m = p.monitoring;
    if (!m) return { score: 0, message: `monitoring ${NOT_STATED}`, path: ["monitoring"] };
    const score = (m.body ? 0.2 : 0) + (m.permanent === true ? 0.3 : 0) + (m.tied_to_triggers === true ? 0.5 : 0);
    const say = (v: boolean | undefined) => (v === undefined ? NOT_STATED : v ? "yes" : "no");
    const message = [
      `body ${m.body ?? NOT_STATED}`,
      `permanent ${say(m.permanent)}`,
      `tied to triggers ${say(m.tied_to_triggers)}`,
    ].join("; ");
    return { score, message, path: ["monitoring"] };
  },
});
