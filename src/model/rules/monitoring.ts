import { defineRule } from "../kernel.js";
import { ENDED_BY_FACTOR, NOT_STATED } from "../scale.js";
import { LANGER, RUTLAND } from "../sources.js";

export default defineRule({
  meta: {
    id: "monitoring",
    title: "Permanent monitoring tied to the triggers",
    weight: 3,
    prior: 3,
    sources: [LANGER, RUTLAND],
    rationale:
      "Langer calls for a permanent Western observer mission tied to enforcement triggers. Rutland recalls that Russia consolidated its hold in the Donbas after Minsk despite international observers, who had no such link.",
    scoring:
      "monitoring.body named 0.2; permanent 0.3; tied_to_triggers 0.5; then times who can send it home (ended_by: host 0.5, adversary or either 0.3; both, sender or not stated 1). Not stated 0.",
    research: [],
    disagreement:
      "No study in the project's review tests observer missions tied to enforcement triggers; research on ceasefire agreements and peacekeeping is where to look, and it has not been reviewed yet.",
  },
  evaluate(p) {
    const m = p.monitoring;
    if (!m) return { score: 0, message: `monitoring ${NOT_STATED}`, path: ["monitoring"] };
    const score =
      ((m.body ? 0.2 : 0) + (m.permanent === true ? 0.3 : 0) + (m.tied_to_triggers === true ? 0.5 : 0)) *
      (m.ended_by ? ENDED_BY_FACTOR[m.ended_by] : 1);
    const say = (v: boolean | undefined) => (v === undefined ? NOT_STATED : v ? "yes" : "no");
    const parts = [
      `body ${m.body ?? NOT_STATED}`,
      `permanent ${say(m.permanent)}`,
      `tied to triggers ${say(m.tied_to_triggers)}`,
    ];
    if (m.ended_by)
      parts.push(
        `can be sent home by ${m.ended_by === "sender" ? "those who sent it only" : m.ended_by === "both" ? "both sides together only" : m.ended_by === "either" ? "either side alone" : `the ${m.ended_by} alone`}`,
      );
    const message = parts.join("; ");
    return { score, message, path: ["monitoring"] };
  },
});
