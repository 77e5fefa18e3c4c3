import type { Guarantor, Proposal } from "../schema/proposal.js";

const norm = (s: string) => s.trim().toLowerCase();

/**
 * A guarantor is the adversary when its stance says so, or when its stance is not
 * stated and its name is the proposal's adversary. An unstated stance is otherwise
 * not assumed to be hostile: that would turn every omission into a knock-out.
 */
export const isAdversary = (p: Proposal, g: Guarantor) =>
  g.stance === "adversary" || (g.stance === undefined && namesAdversary(p, g.name));

/** Whether a name (a guarantor's, a contingent's nation) is the proposal's adversary, ignoring case and edge spaces. */
export const namesAdversary = (p: Proposal, name: string) =>
  p.adversary !== undefined && norm(name) === norm(p.adversary);
