import { NOT_STATED } from "../scale.js";
import { fmt } from "../../util/number.js";
import { NYT_2022_DRAFTS, PIFER } from "../sources.js";
import { defineItem } from "../kernel.js";

/**
 * The cap on Ukraine's army in the Russian draft of spring 2022, as recorded with its press
 * sources in proposals/consensus-guarantors-2022.yaml.
 */
export const ADVERSARY_CAP = 85_000;

export default defineItem({
  meta: {
    id: "no-force-cap",
    title: "No cap on the beneficiary's own forces",
    weight: 10,
    sources: [NYT_2022_DRAFTS, PIFER],
    rationale:
      "Russia's draft treaty of April 2022, as The New York Times published it in June 2024, capped Ukraine's army at 85,000; Pifer makes a large, well-armed Ukrainian army the first element of a guarantee. None of the five articles reports the cap, so this item cites the press report, and it has the lowest weight.",
    scoring:
      "beneficiary_forces.size_cap: null (no cap) 1; a cap above the 85,000 of the 2022 Russian draft 0.5; a cap at or below it 0. A proposal silent on a cap contributes nothing here.",
    research: [],
    disagreement:
      "No study in the project's review tests caps on a beneficiary's army; the item rests on the 2022 draft treaty alone.",
  },
  evaluate(p) {
    const cap = p.beneficiary_forces?.size_cap;
    const path = ["beneficiary_forces", "size_cap"];
    if (cap === undefined)
      return {
        share: 0,
        message: `size cap ${NOT_STATED}`,
        path: p.beneficiary_forces ? path : ["beneficiary_forces"],
      };
    if (cap === null) return { share: 1, message: `no cap on ${p.beneficiary}'s forces`, path };
    if (cap > ADVERSARY_CAP)
      return {
        share: 0.5,
        message: `capped at ${fmt(cap)}, above the ${fmt(ADVERSARY_CAP)} of the 2022 Russian draft`,
        path,
      };
    return {
      share: 0,
      message: `capped at ${fmt(cap)}, at or below the ${fmt(ADVERSARY_CAP)} of the 2022 Russian draft`,
      path,
    };
  },
});
