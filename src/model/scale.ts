// Small helpers shared by the rules: graded scales and role weights.
import type { Guarantor, Obligation } from "../schema/proposal.js";

/** Piecewise-linear interpolation through increasing anchor points; flat beyond the ends. */
export function interpolate(x: number, anchors: readonly (readonly [number, number])[]): number {
  const first = anchors[0]!;
  if (x <= first[0]) return first[1];
  for (let i = 1; i < anchors.length; i++) {
    const [x1, y1] = anchors[i]!;
    const [x0, y0] = anchors[i - 1]!;
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return anchors.at(-1)![1];
}

/** How strongly each obligation binds, none < respect < consult < assist < defend. */
export const OBLIGATION_STRENGTH: Record<Obligation, number> = {
  none: 0,
  respect: 0.1,
  consult: 0.3,
  assist: 0.65,
  defend: 1,
};

/** A force or mission the host or the adversary can send home on its own protects less (UNEF, 1967). */
export const ENDED_BY_FACTOR = { host: 0.5, adversary: 0.3, either: 0.3, both: 1, sender: 1 } as const;

/** How much each guarantor counts in shares: a lead matters more than a small member. */
export const ROLE_WEIGHT: Record<NonNullable<Guarantor["role"]>, number> = {
  lead: 3,
  backstop: 2,
  member: 1,
  mediator: 1,
};
export const roleWeight = (g: Guarantor) => (g.role ? ROLE_WEIGHT[g.role] : 1);

/** Weighted share of guarantors, each valued 0–1 by `value`. */
export function weightedShare(guarantors: readonly Guarantor[], value: (g: Guarantor) => number): number {
  let total = 0;
  let got = 0;
  for (const g of guarantors) {
    const w = roleWeight(g);
    total += w;
    got += w * value(g);
  }
  return total ? got / total : 0;
}

/** How every criterion and item words a field the proposal leaves out. */
export const NOT_STATED = "not stated";
