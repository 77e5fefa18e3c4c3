import { defineRule } from "../kernel.js";
import { isAdversary } from "../adversary.js";
import { interpolate, NOT_STATED, weightedShare } from "../scale.js";
import { FRAGILE_SHIELD, PIFER } from "../sources.js";
import { LEEDS_2003_IO, LEEDS_MATTES_VOGEL_2009, LEEDS_SAVUN_2007 } from "../studies.js";

const YEARS = [
  [0, 0],
  [1, 0.1],
  [5, 0.4],
  [10, 0.6],
  [25, 0.9],
] as const;

export default defineRule({
  meta: {
    id: "durable",
    title: "Outlasts the government that signs it",
    weight: 5,
    prior: 6,
    sources: [FRAGILE_SHIELD, PIFER],
    rationale:
      "A Fragile Shield names commitment sustained across administrations as a condition of deterrence; Pifer reminds that the president making the offer leaves office after 2028.",
    scoring:
      "Half from the term: commitment.indefinite 1, else duration_years on a scale (1 → 0.1, 5 → 0.4, 10 → 0.6, 25 → 0.9); a fifth from withdrawal.notice_months (full at 12 months or more); 0.3 when leaving needs the legislature. Then less by 0.6 × the share of guarantors (weighted by role) whose power, regime or alignment changed since signing (changed_since_signing), the adversary among the guarantors counting as changed. Not stated 0.",
    research: [
      {
        stance: "supports",
        finding:
          "Commitments invoked in war were broken more often where the ally's power or political institutions had changed since it signed, which is why the score discounts durability by the guarantors that changed.",
        citation: LEEDS_2003_IO,
      },
      {
        stance: "qualifies",
        finding:
          "In bilateral alliances from 1919 to 2001, a new leadership drawing on different domestic supporters led non-democracies to abrogate alliances early; in democracies it had no such effect.",
        citation: LEEDS_MATTES_VOGEL_2009,
      },
      {
        stance: "qualifies",
        finding:
          "Alliances were abrogated when a member's power, institutions or outside alignments changed; democracy and links between the partners on other issues made abrogation rarer.",
        citation: LEEDS_SAVUN_2007,
      },
    ],
    disagreement:
      "The sources measure durability by term, notice and a legislative vote to leave; the studies find commitments end when power, regimes or alignments change, whatever the term, so the score counts both, the change only where the file records it.",
  },
  evaluate(p) {
    const c = p.commitment;
    const years = c?.duration_years;
    const term = c?.indefinite === true ? 1 : years !== undefined ? interpolate(years, YEARS) : 0;
    const notice = c?.withdrawal?.notice_months;
    const legislature = c?.withdrawal?.needs_legislature;
    const stated = 0.5 * term + 0.2 * Math.min(1, (notice ?? 0) / 12) + (legislature === true ? 0.3 : 0);
    // Leeds (2003): commitments are broken after a guarantor's power, regime or alignment changed since signing.
    // The adversary, where it is a guarantor, is not one to rely on either: it counts as changed.
    const changed = weightedShare(p.guarantors, (g) => (isAdversary(p, g) || g.changed_since_signing?.length ? 1 : 0));
    const score = stated * (1 - 0.6 * changed);
    const parts = [
      c?.indefinite === true ? "no end date" : years !== undefined ? `${years} years` : `duration ${NOT_STATED}`,
      notice === undefined ? `withdrawal notice ${NOT_STATED}` : `${notice} months' notice to leave`,
      legislature === undefined
        ? `legislative vote to leave ${NOT_STATED}`
        : legislature
          ? "leaving needs the legislature"
          : "leaving needs no legislative vote",
    ];
    const shifted = p.guarantors.filter((g) => !isAdversary(p, g) && g.changed_since_signing?.length);
    if (shifted.length)
      parts.push(
        `changed since signing: ${shifted.map((g) => `${g.name} (${g.changed_since_signing!.join(", ")})`).join("; ")}`,
      );
    const path = !c
      ? ["commitment"]
      : c.indefinite === true
        ? ["commitment", "indefinite"]
        : ["commitment", "duration_years"];
    return { score, message: parts.join("; "), path };
  },
});
