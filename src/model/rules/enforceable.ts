import { defineRule } from "../kernel.js";
import { bound, isAdversary } from "../adversary.js";
import { NOT_STATED, OBLIGATION_STRENGTH, weightedShare } from "../scale.js";
import { plural } from "../../util/number.js";
import { LANGER, PAPER, RUTLAND } from "../sources.js";
import { BERKEMEIER_FUHRMANN_2018, JOHNSON_LEEDS_2011, LEEDS_2003_AJPS } from "../studies.js";

const FORM_BINDING = {
  "political-declaration": 0,
  memorandum: 0,
  "executive-agreement": 0.5,
  treaty: 1,
  "alliance-membership": 1,
} as const;

export default defineRule({
  meta: {
    id: "enforceable",
    title: "Enforceable, with consequences set in advance",
    weight: 6,
    prior: 10,
    sources: [LANGER, PAPER, RUTLAND],
    rationale:
      "Langer argues that a guarantee must spell out the consequences of a violation, and the December 2025 analysis calls paper without an enforcement mechanism a second Budapest. Rutland notes that even Article 5 only binds members to act as they deem necessary.",
    scoring:
      "Half from commitment.obligation (none 0, respect 0.1, consult 0.3, assist 0.65, defend 1), times the share of guarantors, weighted by role, that are bound by it (the adversary, or one its own law bars, 0; one that acts only after another 0.5); a fifth from commitment.form (memorandum or political declaration 0, executive agreement 0.5, treaty or alliance membership 1); 0.15 when enforcement.consequences lists at least one consequence; 0.10 when one of them is automatic; 0.05 for sanctions snap-back.",
    research: [
      {
        stance: "supports",
        finding:
          "Promises to intervene on behalf of a potential target made a challenge to it less likely; promises of neutrality or non-intervention made a challenge more likely.",
        citation: LEEDS_2003_AJPS,
      },
      {
        stance: "supports",
        finding:
          "Defence pacts deterred the initiation of disputes and did not make their members more likely to start or escalate disputes.",
        citation: JOHNSON_LEEDS_2011,
      },
      {
        stance: "contradicts",
        finding:
          "Among commitments invoked in war from 1816 to 2003, defence pacts were honoured 41% of the time and non-aggression pacts 37%, against 74% for offence pacts and 78% for neutrality pacts.",
        citation: BERKEMEIER_FUHRMANN_2018,
      },
    ],
    disagreement:
      "The sources and the deterrence studies rank a duty to defend highest; among commitments actually invoked in war, defence pacts were kept less often than offence or neutrality pacts, in a sample that leaves out the pacts that deterred.",
  },
  evaluate(p) {
    const c = p.commitment;
    const consequences = p.enforcement?.consequences ?? [];
    const automatic = consequences.filter((x) => x.automatic === true).length;
    // A promise a guarantor's own law forbids it to keep binds it to nothing, and the adversary is not
    // bound to defend against itself; one that waits for another guarantor binds half. Shared by role.
    const partners = p.guarantors.filter((g) => !isAdversary(p, g));
    const held = weightedShare(p.guarantors, (g) => bound(p, g));
    const score =
      0.5 * (c?.obligation ? OBLIGATION_STRENGTH[c.obligation] : 0) * held +
      0.2 * (c?.form ? FORM_BINDING[c.form] : 0) +
      (consequences.length ? 0.15 : 0) +
      (automatic ? 0.1 : 0) +
      (p.enforcement?.snapback === true ? 0.05 : 0);
    const parts = [
      `obligation ${c?.obligation ?? NOT_STATED}`,
      `form ${c?.form ?? NOT_STATED}`,
      consequences.length
        ? `${plural(consequences.length, "consequence")} set in advance (${automatic} automatic)`
        : `consequences ${NOT_STATED}`,
      `snap-back ${p.enforcement?.snapback === undefined ? NOT_STATED : p.enforcement.snapback ? "yes" : "no"}`,
    ];
    const barred = partners.filter((g) => g.barred_by_law === true).map((g) => `${g.name} barred by its own law`);
    const chained = partners
      .filter((g) => g.acts_after !== undefined)
      .map((g) => `${g.name} acts only after ${g.acts_after}`);
    if (barred.length || chained.length) parts.splice(1, 0, [...barred, ...chained].join(", "));
    return { score, message: parts.join("; "), path: c?.obligation ? ["commitment", "obligation"] : ["commitment"] };
  },
});
