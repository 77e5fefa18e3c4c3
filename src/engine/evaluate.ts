// Score a loaded proposal: run every enabled rule, weight, cap, locate. Pure and deterministic.
import type { Loaded } from "../schema/load.js";
import { locate } from "../schema/locate.js";
import { formatPath } from "../util/path.js";
import { tierFor, type ScoringConfig } from "./config.js";
import type { CitedSource, CriterionResult, Knockout, ScoredFile, Status } from "./result.js";
import { maxima, type Rule } from "../model/kernel.js";

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

export function evaluate(loaded: Loaded, rules: readonly Rule[], config: ScoringConfig): ScoredFile {
  const enabled = rules.filter((r) => !config.disabled.includes(r.meta.id));
  const evaluations = new Map(enabled.map((rule) => [rule, rule.evaluate(loaded.proposal)]));
  // A criterion that does not apply gives its weight to the others: it is normalised as if disabled.
  const skipped = enabled.filter((r) => evaluations.get(r)!.notApplicable).map((r) => r.meta.id);
  const points = maxima(rules, { ...config, disabled: [...config.disabled, ...skipped] });
  let raw = 0;
  let knockout: Knockout | null = null;
  const criteria: CriterionResult[] = enabled.map((rule) => {
    const e = evaluations.get(rule)!;
    const max = points.get(rule) ?? 0;
    const score = e.notApplicable ? 0 : Math.min(1, Math.max(0, e.score));
    raw += max * score;
    // Only a rule that declares it can knock out: explain and --fail-on knockout name the declared ones.
    if (e.knockout && rule.meta.knockout && !knockout)
      knockout = { rule: rule.meta.id, reason: e.knockout.reason, cap: config.knockoutCap, uncapped: 0 };
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
  const uncapped = Math.round(raw);
  const ko = knockout as Knockout | null;
  const score = ko ? Math.min(uncapped, ko.cap) : uncapped;
  if (ko) ko.uncapped = uncapped;
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
