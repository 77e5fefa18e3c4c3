import { NOT_STATED } from "../scale.js";
import { FRAGILE_SHIELD, LANGER, RUTLAND } from "../sources.js";
import { defineItem } from "../kernel.js";
import { KENWICK_VASQUEZ_POWERS_2015 } from "../studies.js";

const SHARE = { none: 0, path: 0.75, member: 1, "not-applicable": 0 } as const;

export default defineItem({
  meta: {
    id: "nato-membership",
    title: "A path to NATO membership, or membership",
    weight: 25,
    sources: [RUTLAND, LANGER, FRAGILE_SHIELD],
    rationale:
      "Rutland describes keeping NATO from gaining a foothold in Ukraine as Putin's main goal from the start; Langer notes that Putin has consistently called NATO expansion a red line; A Fragile Shield reports that Moscow has consistently framed NATO expansion as a threat to its security.",
    scoring:
      "nato: member 1, path 0.75 (expansion kept open rather than carried out), none 0. A proposal silent on NATO contributes nothing here.",
    research: [
      {
        stance: "qualifies",
        finding:
          "Before nuclear weapons, forming a defensive alliance went with more disputes and wars; in the nuclear era it reduced some dispute initiation without changing whether war broke out.",
        citation: KENWICK_VASQUEZ_POWERS_2015,
      },
    ],
    disagreement:
      "The sources report that Russia rejects membership outright; Kenwick et al. find that forming an alliance provoked conflict before nuclear weapons and less so after, so the studies neither confirm nor rule out that what is rejected invites attack.",
  },
  evaluate(p) {
    const what =
      p.nato === "member"
        ? "membership"
        : p.nato === "path"
          ? "a path to membership kept open"
          : p.nato === "not-applicable"
            ? "membership not in question"
            : "no path to membership";
    return {
      share: p.nato ? SHARE[p.nato] : 0,
      message: p.nato ? `nato: ${p.nato}, ${what}` : `nato ${NOT_STATED}`,
      path: ["nato"],
    };
  },
});
