// Weights fitted to outcomes, and cross-validated. The score is 100 × Σ wⱼ sᵢⱼ / Σ wⱼ aᵢⱼ over the
// criteria that apply (aᵢⱼ = 1), capped by a knock-out. Fitting minimises a smooth stand-in for
// 1 − AUC (the logistic loss of every held–failed pair, averaged per group so that a large group does
// not drown a small one) plus a pull of each log-weight towards its prior, so that with few cases the
// weights stay near the reasoned defaults. Each weight stays at or above its floor. Deterministic:
// the same cases and options give the same weights on every machine.
import { auc } from "./auc.js";

export interface FitCase {
  held: boolean;
  /** One entry per criterion: its 0–1 score, or null where it does not apply. */
  scores: readonly (number | null)[];
  /** The knock-out cap on the total, if one applies. */
  cap?: number;
  /** Which set the case belongs to (the history library, ATOP): each set weighs the same in the loss. */
  group: string;
}

export interface FitOptions {
  /** The reasoned default weights, one per criterion. */
  prior: readonly number[];
  /** The least each weight may fall to. */
  floor: readonly number[];
  /** How strongly log-weights are pulled towards the prior (0: not at all). */
  shrink: number;
  /** Points over which a pair's loss turns from "misordered" to "ordered": smaller is closer to the AUC. */
  temperature: number;
  iterations: number;
}

export const DEFAULT_FIT: Omit<FitOptions, "prior" | "floor"> = { shrink: 0.5, temperature: 5, iterations: 400 };

/** The total of one case under the weights (uncapped, or capped when `capped`). */
export function totalOf(weights: readonly number[], c: FitCase, capped = true): number {
  let n = 0;
  let d = 0;
  c.scores.forEach((s, j) => {
    if (s === null) return;
    n += weights[j]! * s;
    d += weights[j]!;
  });
  const total = d ? (100 * n) / d : 0;
  return capped && c.cap !== undefined ? Math.min(total, c.cap) : total;
}

const softplus = (x: number) => (x > 30 ? x : Math.log1p(Math.exp(x)));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function loss(weights: readonly number[], cases: readonly FitCase[], o: FitOptions, grad?: number[]): number {
  const J = weights.length;
  const totals = cases.map((c) => totalOf(weights, c, false));
  const dTotal = new Float64Array(cases.length);
  let value = 0;
  const groups = [...new Set(cases.map((c) => c.group))];
  for (const g of groups) {
    const held = cases.flatMap((c, i) => (c.group === g && c.held ? [i] : []));
    const failed = cases.flatMap((c, i) => (c.group === g && !c.held ? [i] : []));
    const pairs = held.length * failed.length;
    if (!pairs) continue;
    const scale = 1 / (pairs * groups.length);
    for (const h of held) {
      for (const f of failed) {
        const x = (totals[f]! - totals[h]!) / o.temperature;
        value += softplus(x) * scale;
        const s = (sigmoid(x) * scale) / o.temperature;
        dTotal[f]! += s;
        dTotal[h]! -= s;
      }
    }
  }
  for (let j = 0; j < J; j++) value += (o.shrink / J) * Math.log(weights[j]! / o.prior[j]!) ** 2;
  if (grad) {
    grad.fill(0);
    cases.forEach((c, i) => {
      if (!dTotal[i]) return;
      let d = 0;
      c.scores.forEach((s, j) => {
        if (s !== null) d += weights[j]!;
      });
      if (!d) return;
      c.scores.forEach((s, j) => {
        if (s !== null) grad[j]! += (dTotal[i]! * (100 * s - totals[i]!)) / d;
      });
    });
    // In log-weights: d/dθ = w · d/dw.
    for (let j = 0; j < J; j++)
      grad[j] = grad[j]! * weights[j]! + ((2 * o.shrink) / J) * Math.log(weights[j]! / o.prior[j]!);
  }
  return value;
}

/** Weights that order held above failed as well as the pull to the prior allows (Adam on log-weights). */
export function fitWeights(cases: readonly FitCase[], o: FitOptions): number[] {
  const J = o.prior.length;
  const theta = o.prior.map((p, j) => Math.log(Math.max(p, o.floor[j]!)));
  const m = new Float64Array(J);
  const v = new Float64Array(J);
  const grad = new Array<number>(J).fill(0);
  const rate = 0.05;
  for (let t = 1; t <= o.iterations; t++) {
    loss(theta.map(Math.exp), cases, o, grad);
    for (let j = 0; j < J; j++) {
      m[j] = 0.9 * m[j]! + 0.1 * grad[j]!;
      v[j] = 0.999 * v[j]! + 0.001 * grad[j]! ** 2;
      const step = (rate * (m[j]! / (1 - 0.9 ** t))) / (Math.sqrt(v[j]! / (1 - 0.999 ** t)) + 1e-8);
      theta[j] = Math.max(Math.log(o.floor[j]!), theta[j]! - step);
    }
  }
  return theta.map(Math.exp);
}

/** Folds for cross-validation: leave-one-out where `k` ≥ the number of cases, else k stratified folds. */
export function folds(cases: readonly FitCase[], k: number): number[] {
  const fold = new Array<number>(cases.length).fill(0);
  if (k >= cases.length) return fold.map((_, i) => i);
  // Deal each group's held and failed cases in turn, so every fold keeps the mix.
  const counters = new Map<string, number>();
  cases.forEach((c, i) => {
    const key = `${c.group}|${c.held}`;
    const n = counters.get(key) ?? 0;
    counters.set(key, n + 1);
    fold[i] = n % k;
  });
  return fold;
}

/** Each case scored by weights fitted without it (its fold left out): the held-out totals. */
export function heldOutTotals(cases: readonly FitCase[], o: FitOptions, fold: readonly number[]): number[] {
  const out = new Array<number>(cases.length).fill(0);
  for (const f of new Set(fold)) {
    const train = cases.filter((_, i) => fold[i] !== f);
    const w = fitWeights(train, o);
    cases.forEach((c, i) => {
      if (fold[i] === f) out[i] = totalOf(w, c);
    });
  }
  return out;
}

/** AUC of the given totals within one group. */
export function groupAuc(cases: readonly FitCase[], totals: readonly number[], group: string): number {
  const { held, failed } = groupTotals(cases, totals, group);
  return auc(held, failed);
}

/** One group's totals, those of the cases that held apart from those that failed. */
export function groupTotals(cases: readonly FitCase[], totals: readonly number[], group: string) {
  const held: number[] = [];
  const failed: number[] = [];
  cases.forEach((c, i) => {
    if (c.group === group) (c.held ? held : failed).push(totals[i]!);
  });
  return { held, failed };
}
