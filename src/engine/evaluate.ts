// Score a loaded proposal: run every enabled rule, weight, cap, locate. Pure and deterministic.
import type { Loaded } from "../schema/load.js";
import { locate } from "../schema/locate.js";
import { formatPath } from "../util/path.js";
import { tierFor, type ScoringConfig } from "./config.js";
import type { CitedSource, CriterionResult, Knockout, ScoredFile, Status } from "./result.js";
import { maxima, type Evaluation, type Rule } from "../model/kernel.js";
import type { Proposal } from "../schema/proposal.js";

const EPSILON = 1e-9;
const round1 = (n: number) => Math.round(n * 10) / 10;

export function statusOf(score: number): Status {
  return score >= 1 - EPSILON ? "pass" : score <= EPSILON ? "fail" : "partial";
}

/** Fields picked one by one: the result is plain data whatever the schema grows. */
const citedSource = (s: CitedSource): CitedSource => ({
  title: s.title,
  ...(s.author !== undefined ? { author: s.author } : {}),
  ...(s.date !== undefined ? { date: s.date } : {}),
  ...(s.url !== undefined ? { url: s.url } : {}),
});

/** What a total is made of: each enabled rule's evaluation and points, the knockout, the total. */
export interface Tally {
  enabled: readonly Rule[];
  evaluations: Map<Rule, Evaluation>;
  points: Map<Rule, number>;
  knockout: Knockout | null;
  score: number;
}

/**
 * The total of a proposal, without the criteria's messages or positions: evaluate's score, and
 * what suggest re-scores each changed copy with. `memo` keeps the points per set of skipped
 * criteria across calls with the same rules and config; `evaluateRule` may give a rule's
 * evaluation of `p` without running it (suggest's, for a rule the change cannot reach).
 */
export function tally(
  p: Proposal,
  rules: readonly Rule[],
  config: ScoringConfig,
  memo?: Map<string, Map<Rule, number>>,
  evaluateRule: (rule: Rule) => Evaluation = (rule) => rule.evaluate(p),
): Tally {
  const enabled = rules.filter((r) => !config.disabled.includes(r.meta.id));
  const evaluations = new Map(enabled.map((rule) => [rule, evaluateRule(rule)]));
  // A criterion that does not apply gives its weight to the others: it is normalised as if disabled.
  const skipped = enabled.filter((r) => evaluations.get(r)!.notApplicable).map((r) => r.meta.id);
  const key = skipped.join("\n");
  let points = memo?.get(key);
  if (!points) {
    points = maxima(rules, { ...config, disabled: [...config.disabled, ...skipped] });
    memo?.set(key, points);
  }
  let raw = 0;
  let knockout: Knockout | null = null;
  for (const rule of enabled) {
    const e = evaluations.get(rule)!;
    raw += (points.get(rule) ?? 0) * scoreOf(e);
    // Only a rule that declares it can knock out: explain and --fail-on knockout name the declared ones.
    if (e.knockout && rule.meta.knockout && !knockout)
      knockout = { rule: rule.meta.id, reason: e.knockout.reason, cap: config.knockoutCap, uncapped: 0 };
  }
  const uncapped = Math.round(raw);
  if (knockout) knockout.uncapped = uncapped;
  return { enabled, evaluations, points, knockout, score: knockout ? Math.min(uncapped, knockout.cap) : uncapped };
}

const scoreOf = (e: Evaluation) => (e.notApplicable ? 0 : Math.min(1, Math.max(0, e.score)));

export function evaluate(loaded: Loaded, rules: readonly Rule[], config: ScoringConfig): ScoredFile {
  const { enabled, evaluations, points, knockout: ko, score } = tally(loaded.proposal, rules, config);
  const criteria: CriterionResult[] = enabled.map((rule) => {
    const e = evaluations.get(rule)!;
    const max = points.get(rule) ?? 0;
    const score = scoreOf(e);
    return {
      id: rule.meta.id,
      title: rule.meta.title,
      status: e.notApplicable ? "skipped" : statusOf(score),
      score: Math.round(score * 1000) / 1000,
      points: round1(max * score),
      max: round1(max),
      message: e.message,
      path: formatPath(e.path),
      ...locate(loaded.doc, loaded.lineCounter, e.path),
      sources: rule.meta.sources,
    };
  });
  return {
    file: loaded.file,
    id: loaded.id,
    title: loaded.proposal.title,
    ...(loaded.proposal.stage ? { stage: loaded.proposal.stage } : {}),
    ...(loaded.proposal.summary ? { summary: loaded.proposal.summary } : {}),
    ...(loaded.proposal.sources?.length ? { sources: loaded.proposal.sources.map(citedSource) } : {}),
    valid: true,
    score,
    tier: tierFor(score, config.tiers),
    knockout: ko,
    criteria,
    errors: [],
  };
}
