// The registry of acceptability items, sorted by id. Explicit, like the rules' registry:
// an item that is not listed here does not exist.
import bindingDefense from "./binding-defense.js";
import excludesAdversary from "./excludes-adversary.js";
import natoMembership from "./nato-membership.js";
import natoTroops from "./nato-troops.js";
import noForceCap from "./no-force-cap.js";
import type { AcceptabilityItem } from "../kernel.js";

export const items: readonly AcceptabilityItem[] = [
  bindingDefense,
  excludesAdversary,
  natoMembership,
  natoTroops,
  noForceCap,
];
