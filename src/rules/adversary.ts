import type { Guarantor, Proposal } from "../schema/proposal.js";

const norm = (s: string) => s.trim().toLowerCase();

/**
 * A guarantor is the adversary when its stance says so, or when its stance is not
 * stated and its name is the proposal's adversary. An unstated stance is otherwise
 * not assumed to be hostile: that would turn every omission into a knock-out.
 */
export const isAdversary = (p: Proposal, g: Guarantor) =>
  g.stance === "adversary" || (g.stance === undefined && p.adversary !== undefined && norm(g.name) === norm(p.adversary));
