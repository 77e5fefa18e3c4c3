import { defineRule } from "../kernel.js";
import { NOT_STATED, OBLIGATION_STRENGTH } from "../scale.js";
import { PIFER, RUTLAND } from "../sources.js";
import { BENSON_2011, FUHRMANN_SECHSER_2014, JOHNSON_LEEDS_WU_2015 } from "../studies.js";

const CAPABILITY = {
  "air-power": 0.3,
  "air-defense": 0.2,
  isr: 0.2,
  intelligence: 0.15,
  nuclear: 0.25,
  logistics: 0.1,
  naval: 0.1,
} as const;

export default defineRule({
  meta: {
    id: "backstop",
    title: "Backed by an outside power",
    weight: 5,
    prior: 5,
    sources: [PIFER, RUTLAND],
    rationale:
      "Pifer reports that Britain and France want an American backstop, intelligence, surveillance and reconnaissance and a commitment to support their force if attacked, which US air power could provide. Rutland notes that air support was offered while ground troops were ruled out.",
    scoring:
      "0.4 × backstop.obligation (none 0, respect 0.1, consult 0.3, assist 0.65, defend 1) plus 0.6 × capabilities (air-power 0.3, nuclear 0.25, air-defense 0.2, isr 0.2, intelligence 0.15, logistics 0.1, naval 0.1; capped at 1); halved when no provider is named.",
    research: [
      {
        stance: "supports",
        finding:
          "Members of defence pacts with more military capability, and more peacetime military coordination, were less likely to be targeted in militarized disputes.",
        citation: JOHNSON_LEEDS_WU_2015,
      },
      {
        stance: "supports",
        finding:
          "Minor powers allied with major powers, in alliances that come into force if the adversary attacks, were unlikely to be attacked violently.",
        citation: BENSON_2011,
      },
      {
        stance: "qualifies",
        finding:
          "A formal alliance with a nuclear state deterred attacks on the protégé; stationing nuclear weapons on its soil added nothing measurable.",
        citation: FUHRMANN_SECHSER_2014,
      },
    ],
    disagreement:
      "Broadly agreed: backing by a strong outside power goes with fewer attacks, though the studies measure alliance and capability, not the list of capabilities this criterion counts.",
  },
  evaluate(p) {
    const b = p.backstop;
    if (!b) return { score: 0, message: `backstop ${NOT_STATED}`, path: ["backstop"] };
    const caps = [...new Set(b.capabilities ?? [])];
    const capScore = Math.min(
      1,
      caps.reduce((n, c) => n + CAPABILITY[c], 0),
    );
    const raw = 0.4 * (b.obligation ? OBLIGATION_STRENGTH[b.obligation] : 0) + 0.6 * capScore;
    const message = [
      `provider ${b.provider ?? NOT_STATED}`,
      `obligation ${b.obligation ?? NOT_STATED}`,
      `capabilities ${caps.length ? caps.join(", ") : NOT_STATED}`,
    ].join("; ");
    return { score: b.provider ? raw : raw / 2, message, path: b.provider ? ["backstop"] : ["backstop", "provider"] };
  },
});
