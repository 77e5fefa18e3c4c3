import { defineRule } from "../kernel.js";
import { NOT_STATED } from "../scale.js";
import { plural } from "../../util/number.js";
import { LANGER, PIFER } from "../sources.js";
import { LEEDS_SAVUN_2007, OMAHONY_2018 } from "../studies.js";

export default defineRule({
  meta: {
    id: "tied-to-aid",
    title: "Tied to military and economic aid",
    weight: 4,
    prior: 4,
    sources: [LANGER, PIFER],
    rationale:
      "Langer wants assistance that escalates when the adversary attacks; Pifer wants definite commitments of named numbers of aircraft, armoured vehicles and artillery, and help building a defence industry.",
    scoring:
      "aid.military.committed 0.1; annual_usd_bn up to 0.1 (full at 20 bn); multi_year 0.2; specific_items 0.1 for one, 0.2 for three or more; escalates_on_aggression 0.2; aid.defense_industry 0.1; aid.economic 0.1.",
    research: [
      {
        stance: "contradicts",
        finding:
          "US military assistance showed no consistent association with interstate conflict, though it went with more repression and civil war in the countries that received it.",
        citation: OMAHONY_2018,
      },
      {
        stance: "qualifies",
        finding:
          "Allowing for changes in the partners, links between them on other issues made it less likely that an alliance was abandoned in violation of its terms.",
        citation: LEEDS_SAVUN_2007,
      },
    ],
    disagreement:
      "Langer and Pifer want aid tied to the guarantee; RAND finds US military aid unrelated to interstate conflict, while Leeds and Savun find that ties beyond the alliance make it less likely to be abandoned.",
  },
  evaluate(p) {
    const m = p.aid?.military;
    const items = m?.specific_items?.length ?? 0;
    const yes = (v: boolean | undefined) => v === true;
    const score =
      (yes(m?.committed) ? 0.1 : 0) +
      0.1 * Math.min(1, (m?.annual_usd_bn ?? 0) / 20) +
      (yes(m?.multi_year) ? 0.2 : 0) +
      (items >= 3 ? 0.2 : items > 0 ? 0.1 : 0) +
      (yes(m?.escalates_on_aggression) ? 0.2 : 0) +
      (yes(p.aid?.defense_industry) ? 0.1 : 0) +
      (yes(p.aid?.economic) ? 0.1 : 0);
    if (!p.aid) return { score: 0, message: `aid ${NOT_STATED}`, path: ["aid"] };
    const say = (v: boolean | undefined) => (v === undefined ? NOT_STATED : v ? "yes" : "no");
    const parts = [
      `military aid committed ${say(m?.committed)}`,
      m?.annual_usd_bn === undefined ? `amount ${NOT_STATED}` : `$${m.annual_usd_bn} bn a year`,
      `multi-year ${say(m?.multi_year)}`,
      items ? plural(items, "named item") : `named items ${NOT_STATED}`,
      `escalates on aggression ${say(m?.escalates_on_aggression)}`,
      `defence industry ${say(p.aid.defense_industry)}`,
      `economic ${say(p.aid.economic)}`,
    ];
    return { score, message: parts.join("; "), path: m ? ["aid", "military"] : ["aid"] };
  },
});
