import { defineRule } from "../kernel.js";
import type { Guarantor } from "../../schema/proposal.js";
import { bound } from "../adversary.js";
import { NOT_STATED } from "../scale.js";
import { BENSON_2011, FUHRMANN_SECHSER_2014, JOHNSON_LEEDS_WU_2015, LANOSZKA_2018 } from "../studies.js";
import { FRAGILE_SHIELD, RUTLAND } from "../sources.js";

// A guarantor's own military power against the adversary's, and how its forces reach the beneficiary.
const POWER = { stronger: 1, comparable: 0.7, weaker: 0.35, "much-weaker": 0.1 } as const;
const REACH = { present: 1, near: 0.85, distant: 0.5, none: 0.1 } as const;

// Fuhrmann and Sechser: a formal alliance with a nuclear-armed state deters, wherever its forces stand.
const NUCLEAR = 0.5;
export const capability = (g: Guarantor) => {
  const conventional = (g.power ? POWER[g.power] : 0) * (g.reach ? REACH[g.reach] : 0);
  return g.nuclear === true ? 1 - (1 - conventional) * (1 - NUCLEAR) : conventional;
};

export default defineRule({
  meta: {
    id: "capable-guarantors",
    title: "A guarantor with the power and the reach to defend",
    weight: 12,
    prior: 10,
    sources: [FRAGILE_SHIELD, RUTLAND],
    rationale:
      "A Fragile Shield holds that deterrence needs a commitment backed by demonstrable capability; Rutland notes that NATO's enlargement stretched Article 5 to Baltic states that a RAND study judged Russia could overrun in 72 hours. A promise from a state that cannot bring enough force to the beneficiary protects little, whatever its words.",
    scoring:
      "The most capable guarantor bound to act: its power against the adversary's (stronger 1, comparable 0.7, weaker 0.35, much-weaker 0.1; not stated 0) times its reach (present 1, near 0.85, distant 0.5, none 0.1; not stated 0); a nuclear-armed guarantor adds half of what is left (1 − (1 − that) × 0.5). Then times how far it is bound: the adversary, or a guarantor its own law bars, 0; one that acts only after another, 0.5; one whose power, regime or alignment changed since signing, half again.",
    research: [
      {
        stance: "supports",
        finding:
          "Defence pacts whose members have more military capability, and more peacetime coordination, go with fewer attacks on their members.",
        citation: JOHNSON_LEEDS_WU_2015,
      },
      {
        stance: "supports",
        finding:
          "Minor powers allied with major powers, in pacts that apply only if they are attacked, are rarely the target of violent challenges.",
        citation: BENSON_2011,
      },
      {
        stance: "supports",
        finding:
          "A formal alliance with a nuclear-armed state deters challenges to the protege; nuclear weapons stationed on its soil add nothing measurable.",
        citation: FUHRMANN_SECHSER_2014,
      },
      {
        stance: "supports",
        finding:
          "The guarantor's conventional forces in the region, not its words, are what made its guarantee believable to West Germany, Japan and South Korea.",
        citation: LANOSZKA_2018,
      },
    ],
    disagreement:
      "Sources and studies agree that capability counts; the studies measure it as the allies' aggregate power, the score as one guarantor's power and reach set against the adversary, which the format records as two judgements (power, reach) rather than a measured index.",
  },
  evaluate(p) {
    if (!p.guarantors.length) return { score: 0, message: "no guarantors", path: ["guarantors"] };
    let best = -1;
    let score = 0;
    p.guarantors.forEach((g, i) => {
      const s = bound(p, g) * capability(g);
      if (s > score || best < 0) [best, score] = [i, s];
    });
    const g = p.guarantors[best]!;
    const message = `strongest guarantor bound to act: ${g.name} (power ${g.power ?? NOT_STATED}, reach ${g.reach ?? NOT_STATED})`;
    return { score, message, path: ["guarantors", best] };
  },
});
