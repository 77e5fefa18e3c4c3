// The default weights, fitted to outcomes and checked by cross-validation. Each criterion has a
// reasoned prior (its weight before any fitting); the fit moves the weights only as far as the
// cases justify against a pull back to the prior (fit.ts). Held-out figures score each case with
// weights fitted without it: they are what the fit can claim, the in-sample ones are not.
import type { Rule } from "../../model/kernel.js";
import type { Case } from "./analyse.js";
import { aucInterval, DEFAULT_RESAMPLES, DEFAULT_SEED } from "./bootstrap.js";
import {
  DEFAULT_FIT,
  type FitCase,
  type FitOptions,
  fitWeights,
  folds,
  groupAuc,
  groupTotals,
  heldOutTotals,
  totalOf,
} from "./fit.js";

/** A named set of cases (the history library, ATOP); each set weighs the same in the fit. */
export interface CaseGroup {
  name: string;
  cases: readonly Case[];
}

export interface GroupFigures {
  name: string;
  cases: number;
  /** How the held-out figure was made: "leave-one-out" or "10-fold". */
  validation: string;
  /** AUC under the priors, the weights in use, the fitted weights in-sample, and held out. */
  prior: number;
  current: number;
  inSample: number;
  heldOut: number;
  /** A 95% bootstrap interval of the held-out AUC, over the held-out totals (the refits are not redone). */
  heldOutCi: [number, number];
}

export interface Calibration {
  criteria: { id: string; prior: number; weight: number; fitted: number }[];
  groups: GroupFigures[];
  options: Omit<FitOptions, "prior" | "floor"> & { floor: string };
}

/** Folds at or below this many cases are one case each (leave-one-out); above it, ten. */
const LEAVE_ONE_OUT_UP_TO = 100;
const K = 10;

/** A weight may fall to a quarter of its prior, and never below 1 point. */
export const floorOf = (prior: number) => Math.max(1, prior / 4);

export const priorOf = (r: Rule) => r.meta.prior ?? r.meta.weight;

/** Whole numbers summing to `total`, in proportion (largest remainder; ties to the earlier id). */
export function roundToTotal(weights: readonly number[], total = 100): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum ? (total * w) / sum : 0));
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i]! += 1;
    left--;
  }
  return out;
}

function fitCase(c: Case, ids: readonly string[], group: string): FitCase {
  const byId = new Map(c.criteria.map((p) => [p.id, p]));
  return {
    held: c.result === "held",
    group,
    scores: ids.map((id) => {
      const p = byId.get(id);
      return !p || p.skipped ? null : p.score;
    }),
    ...(c.cap !== undefined ? { cap: c.cap } : {}),
  };
}

/** The seeded interval `backtest` gives, of one group's AUC under these totals. */
function groupInterval(cases: readonly FitCase[], totals: readonly number[], group: string): [number, number] {
  const { held, failed } = groupTotals(cases, totals, group);
  return aucInterval(held, failed, { resamples: DEFAULT_RESAMPLES, seed: DEFAULT_SEED });
}

/** Fit the weights of `rules` to the groups' outcomes and measure them in-sample and held out. */
export function calibrate(groups: readonly CaseGroup[], rules: readonly Rule[]): Calibration {
  const ids = rules.map((r) => r.meta.id);
  const prior = rules.map(priorOf);
  const options: FitOptions = { ...DEFAULT_FIT, prior, floor: prior.map(floorOf) };
  const cases = groups.flatMap((g) => g.cases.map((c) => fitCase(c, ids, g.name)));
  const fitted = roundToTotal(fitWeights(cases, options));
  // One fold numbering across groups: leave-one-out in a small group, ten stratified folds in a large one.
  const fold: number[] = [];
  let offset = 0;
  for (const g of groups) {
    const mine = cases.filter((c) => c.group === g.name);
    const f = folds(mine, mine.length <= LEAVE_ONE_OUT_UP_TO ? mine.length : K);
    fold.push(...f.map((x) => x + offset));
    offset += mine.length;
  }
  const heldOut = heldOutTotals(cases, options, fold);
  const aucOf = (w: readonly number[], name: string) =>
    groupAuc(
      cases,
      cases.map((c) => totalOf(w, c)),
      name,
    );
  const current = rules.map((r) => r.meta.weight);
  return {
    criteria: rules.map((r, j) => ({ id: r.meta.id, prior: prior[j]!, weight: current[j]!, fitted: fitted[j]! })),
    groups: groups.map((g) => ({
      name: g.name,
      cases: g.cases.length,
      validation: g.cases.length <= LEAVE_ONE_OUT_UP_TO ? "leave-one-out" : `${K}-fold`,
      prior: aucOf(prior, g.name),
      current: aucOf(current, g.name),
      inSample: aucOf(fitted, g.name),
      heldOut: groupAuc(cases, heldOut, g.name),
      heldOutCi: groupInterval(cases, heldOut, g.name),
    })),
    options: {
      shrink: options.shrink,
      temperature: options.temperature,
      iterations: options.iterations,
      floor: "max(1, prior / 4)",
    },
  };
}
