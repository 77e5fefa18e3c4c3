import { isAdversary } from "../adversary.js";
import { NOT_STATED } from "../scale.js";
import { PIFER } from "../sources.js";
import { defineItem } from "../kernel.js";

export default defineItem({
  meta: {
    id: "excludes-adversary",
    title: "Guarantees that leave the adversary out",
    weight: 15,
    sources: [PIFER],
    rationale:
      "Pifer reports that on 20 August 2025 Lavrov dismissed any security guarantees that did not involve Russia, referring to the 2022 plan in which Russia would have been a guarantor; Pifer adds that the plan required the guarantors to act by consensus.",
    scoring:
      "1 when the proposal names its adversary, no guarantor is the adversary (stance adversary, or no stance and the adversary's name) and the decision rule is not consensus-with-adversary; 0 when the adversary is a guarantor or must consent. A proposal that names no adversary contributes nothing here: it cannot be said to leave one out.",
    research: [],
    disagreement:
      "No study in the project's review tests whether leaving the adversary out of the guarantors makes an arrangement less acceptable to it or less stable.",
  },
  evaluate(p) {
    const inside = p.guarantors.map((g, i) => [g, i] as const).filter(([g]) => isAdversary(p, g));
    if (inside.length) {
      const [g, i] = inside[0]!;
      return { share: 0, message: `${g.name} is a guarantor: the adversary is involved`, path: ["guarantors", i] };
    }
    if (p.commitment?.decision === "consensus-with-adversary") {
      return {
        share: 0,
        message: "action needs the adversary's consent (consensus-with-adversary): the adversary is involved",
        path: ["commitment", "decision"],
      };
    }
    if (p.adversary === undefined)
      return { share: 0, message: `adversary ${NOT_STATED}: cannot tell whether it is left out`, path: ["adversary"] };
    return {
      share: 1,
      message: `${p.adversary} is not a guarantor and has no say in the response`,
      path: ["guarantors"],
    };
  },
});
