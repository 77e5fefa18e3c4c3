// The backtest proper: given scored cases whose outcome is known, how well does the score
// (and each criterion, and each acceptability item) put the held ones above the failed ones?
// Pure: no files, no command line, no colour; the same cases and seed give the same figures.
import type { Tier } from "../../engine/config.js";
import { auc } from "./auc.js";
import { aucInterval, DEFAULT_RESAMPLES, DEFAULT_SEED } from "./bootstrap.js";

export type Result = "held" | "failed";

/** One historical guarantee, scored, with what happened to it. */
export interface Case {
  id: string;
  file: string;
  title: string;
  result: Result;
  score: number;
  tier: string;
  /** Each enabled criterion: its points, its 0–1 score, and whether it applied to this case. */
  criteria: readonly { id: string; points: number; score: number; skipped: boolean }[];
  /** The knock-out's cap on the total, when one applied. */
  cap?: number;
  /** Share (0–1) of each enabled acceptability item: not part of the score. */
  items: readonly { id: string; share: number }[];
}

/** A criterion's or an item's AUC (over the cases it applies to), and its mean among held and among failed cases. */
export interface PartFigure {
  id: string;
  auc: number;
  held: number;
  failed: number;
}

/** A criterion on which a misranked case stands out from the cases on the other side. */
export interface Reason {
  id: string;
  /** This case's points on it. */
  points: number;
  /** The mean points of the other side's cases (held cases for a failed one, and the reverse). */
  compared: number;
  difference: number;
}

export interface Misranked {
  id: string;
  file: string;
  title: string;
  result: Result;
  score: number;
  tier: string;
  /** Share of the other side on the wrong side of it: held cases below a failed one, failed cases above a held one (ties half). */
  share: number;
  /** The criteria that put it there, the largest difference first. */
  reasons: Reason[];
}

export interface TierCount {
  name: string;
  min: number;
  held: number;
  failed: number;
}

export interface Backtest {
  cases: number;
  held: number;
  failed: number;
  auc: number;
  ci: [number, number];
  level: number;
  resamples: number;
  seed: number;
  mean: { held: number; failed: number };
  criteria: PartFigure[];
  items: PartFigure[];
  tiers: TierCount[];
  /** The worst failed cases (scored above held ones), then the worst held cases (below failed ones). */
  misranked: Misranked[];
}

export interface AnalyseOptions {
  tiers: readonly Tier[];
  resamples?: number;
  seed?: number;
  level?: number;
  /** How many misranked cases to list on each side (5). */
  worst?: number;
  /** How many criteria to name for each (3). */
  reasons?: number;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

/** Figures for each id found in `of(case)`, in the order of the first case. */
function parts(
  held: readonly Case[],
  failed: readonly Case[],
  of: (c: Case) => readonly { id: string; value: number; rank?: number }[],
): PartFigure[] {
  const ids = of(held[0] ?? failed[0]!).map((p) => p.id);
  const find = (c: Case, id: string) => of(c).find((p) => p.id === id);
  const values = (cs: readonly Case[], id: string) => cs.map((c) => find(c, id)?.value ?? 0);
  // Ranked by its own 0–1 figure where it applies, so that weight moved by a skipped criterion does not count.
  const ranks = (cs: readonly Case[], id: string) =>
    cs.flatMap((c) => {
      const p = find(c, id);
      return p?.rank === undefined ? (p ? [] : [0]) : [p.rank];
    });
  return ids.map((id) => {
    const h = values(held, id);
    const f = values(failed, id);
    const hr = ranks(held, id);
    const fr = ranks(failed, id);
    return { id, auc: hr.length && fr.length ? auc(hr, fr) : 0.5, held: mean(h), failed: mean(f) };
  });
}

/** Share of `others` on the wrong side of a score: below it when `above`, above it otherwise; ties half. */
function wrongShare(score: number, others: readonly Case[], above: boolean): number {
  let n = 0;
  for (const o of others) n += o.score === score ? 0.5 : (above ? o.score < score : o.score > score) ? 1 : 0;
  return n / others.length;
}

export function analyse(cases: readonly Case[], opts: AnalyseOptions): Backtest {
  const held = cases.filter((c) => c.result === "held");
  const failed = cases.filter((c) => c.result === "failed");
  if (!held.length || !failed.length)
    throw new RangeError(
      `a backtest needs held and failed cases; found ${held.length} held and ${failed.length} failed`,
    );
  const resamples = opts.resamples ?? DEFAULT_RESAMPLES;
  const seed = opts.seed ?? DEFAULT_SEED;
  const level = opts.level ?? 0.95;
  const scores = (cs: readonly Case[]) => cs.map((c) => c.score);
  const criteria = parts(held, failed, (c) =>
    c.criteria.map((p) => ({ id: p.id, value: p.points, ...(p.skipped ? {} : { rank: p.score }) })),
  );
  const items = parts(held, failed, (c) => c.items.map((p) => ({ id: p.id, value: p.share, rank: p.share })));

  const worst = opts.worst ?? 5;
  const reasons = opts.reasons ?? 3;
  const misranked = (side: readonly Case[], others: readonly Case[], result: Result): Misranked[] => {
    const above = result === "failed";
    // A failed case stands out where it earns more than held cases do on average; a held case where it earns less than failed ones.
    const compared = new Map(criteria.map((p) => [p.id, above ? p.held : p.failed]));
    return side
      .map((c) => ({ c, share: wrongShare(c.score, others, above) }))
      .filter((x) => x.share > 0)
      .sort(
        (a, b) =>
          b.share - a.share ||
          (above ? b.c.score - a.c.score : a.c.score - b.c.score) ||
          (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0),
      )
      .slice(0, worst)
      .map(({ c, share }) => ({
        id: c.id,
        file: c.file,
        title: c.title,
        result,
        score: c.score,
        tier: c.tier,
        share,
        reasons: c.criteria
          .map((p) => ({
            id: p.id,
            points: p.points,
            compared: compared.get(p.id) ?? 0,
            difference: p.points - (compared.get(p.id) ?? 0),
          }))
          .filter((r) => (above ? r.difference > 0 : r.difference < 0))
          .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || (a.id < b.id ? -1 : 1))
          .slice(0, reasons),
      }));
  };

  return {
    cases: cases.length,
    held: held.length,
    failed: failed.length,
    auc: auc(scores(held), scores(failed)),
    ci: aucInterval(scores(held), scores(failed), { resamples, seed, level }),
    level,
    resamples,
    seed,
    mean: { held: mean(scores(held)), failed: mean(scores(failed)) },
    criteria,
    items,
    tiers: opts.tiers.map((t) => ({
      name: t.name,
      min: t.min,
      held: held.filter((c) => c.tier === t.name).length,
      failed: failed.filter((c) => c.tier === t.name).length,
    })),
    misranked: [...misranked(failed, held, "failed"), ...misranked(held, failed, "held")],
  };
}
