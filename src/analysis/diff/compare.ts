// What a revision did: per criterion and in total, and which changed fields moved each
// criterion, found by re-scoring the first draft with each change applied on its own.
// A criterion that moves only when changes come together (one rule reading two fields
// that changed at once) has an empty `movedBy`: the formats say "the changes together"
// rather than guess.
import { byId } from "../../util/order.js";
import type { ScoringConfig } from "../../engine/config.js";
import type { ScoredFile } from "../../engine/result.js";
import type { Rule } from "../../model/kernel.js";
import type { Proposal } from "../../schema/proposal.js";
import { applyChange, scoreUnlocated } from "../change.js";
import { asChange, type FieldChange } from "./fields.js";

export interface CriterionDelta {
  id: string;
  title: string;
  before: number;
  after: number;
  delta: number;
  /** Paths of the changes that, applied alone to the first draft, move this criterion. */
  movedBy: string[];
}

export interface Side {
  file: string;
  score: number;
  tier: string;
  /** The criterion whose knock-out capped the total, if any. */
  knockout: { rule: string; cap: number; uncapped: number } | null;
}

export interface ReportDiff {
  before: Side;
  after: Side;
  delta: number;
  /** Criteria whose points moved: regressions first, then by size of the move. */
  criteria: CriterionDelta[];
  changes: FieldChange[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

const points = (p: Proposal, rules: readonly Rule[], config: ScoringConfig) =>
  new Map(scoreUnlocated(p, rules, config).criteria.map((c) => [c.id, c.points]));

export function compare(
  before: ScoredFile & { proposal: Proposal },
  after: ScoredFile,
  changes: FieldChange[],
  rules: readonly Rule[],
  config: ScoringConfig,
): ReportDiff {
  const base = points(before.proposal, rules, config);
  const effects = changes.map((c) => ({
    path: c.path,
    points: points(applyChange(before.proposal, asChange(c)), rules, config),
  }));
  const criteria: CriterionDelta[] = [];
  for (const b of before.criteria) {
    const a = after.criteria.find((c) => c.id === b.id);
    if (!a || a.points === b.points) continue;
    const movedBy = effects.filter((e) => e.points.get(b.id) !== base.get(b.id)).map((e) => e.path);
    criteria.push({
      id: b.id,
      title: b.title,
      before: b.points,
      after: a.points,
      delta: round1(a.points - b.points),
      movedBy,
    });
  }
  criteria.sort(
    (x, y) => Math.sign(x.delta) - Math.sign(y.delta) || Math.abs(y.delta) - Math.abs(x.delta) || byId(x.id, y.id),
  );
  const side = (f: ScoredFile): Side => ({
    file: f.file,
    score: f.score,
    tier: f.tier,
    knockout: f.knockout ? { rule: f.knockout.rule, cap: f.knockout.cap, uncapped: f.knockout.uncapped } : null,
  });
  return {
    before: side(before),
    after: side(after),
    delta: after.score - before.score,
    criteria,
    changes,
  };
}
