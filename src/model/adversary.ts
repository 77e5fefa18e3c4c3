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

/** A contingent is the adversary's own when its nation is the adversary or a guarantor that is the adversary. */
export const isAdversaryTroop = (p: Proposal, nation: string) =>
  namesAdversary(p, nation) || p.guarantors.some((g) => isAdversary(p, g) && norm(g.name) === norm(nation));

/**
 * How far a guarantor is bound to act: 0 for the adversary and for a guarantor whose own law forbids
 * it to carry out the promise; 0.5 for one bound only after another guarantor acts (a chain); else 1.
 */
export function bound(p: Proposal, g: Guarantor): number {
  if (isAdversary(p, g) || g.barred_by_law === true) return 0;
  const chained = g.acts_after !== undefined ? 0.5 : 1;
  // Leeds (2003): commitments are broken after the guarantor's power, regime or alignment changed since signing.
  return g.changed_since_signing?.length ? chained * 0.5 : chained;
}
