import { fmt, NOT_STATED } from "../rules/scale.js";
import { PIFER, RUTLAND } from "../rules/sources.js";
import { defineItem } from "./types.js";

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
    sources: [RUTLAND, PIFER],
    rationale:
      "The Russian draft of 2022 capped Ukraine's army at 85,000 (recorded, with its press sources, in the reference library's file on that draft); Pifer makes a large, modern Ukrainian army the first element of a guarantee, and Rutland's paradox puts such strength on the side Moscow will not accept. The five articles do not quote the demand itself, hence the lowest weight.",
    scoring:
      "beneficiary_forces.size_cap: null (no cap) 1; a cap above the 85,000 of the 2022 Russian draft 0.5; a cap at or below it 0. A proposal silent on a cap contributes nothing here.",
  },
  evaluate(p) {
    const cap = p.beneficiary_forces?.size_cap;
    const path = ["beneficiary_forces", "size_cap"];
    if (cap === undefined) return { share: 0, message: `size cap ${NOT_STATED}`, path: p.beneficiary_forces ? path : ["beneficiary_forces"] };
    if (cap === null) return { share: 1, message: `no cap on ${p.beneficiary}'s forces`, path };
    if (cap > ADVERSARY_CAP) return { share: 0.5, message: `capped at ${fmt(cap)}, above the ${fmt(ADVERSARY_CAP)} of the 2022 Russian draft`, path };
    return { share: 0, message: `capped at ${fmt(cap)}, at or below the ${fmt(ADVERSARY_CAP)} of the 2022 Russian draft`, path };
  },
});
