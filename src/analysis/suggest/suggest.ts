// Which single-field changes raise the credibility total most, and what each costs in
// acceptability: every lever is applied to a copy, validated by the format's schema, and
// re-scored by the real engine and the real acceptability items. Pure.
import { measure, quadrantOf } from "../acceptability.js";
import type { AcceptabilityConfig } from "../acceptability-config.js";
import type { AcceptabilityItem } from "../../model/kernel.js";
import type { ScoringConfig } from "../../engine/config.js";
import type { Rule } from "../../model/kernel.js";
import type { Loaded } from "../../schema/load.js";
import { proposalSchema, type Proposal } from "../../schema/proposal.js";
import { applyChange, type Change } from "../change.js";
import { tally } from "../../engine/evaluate.js";
import { maxima } from "../../model/kernel.js";
import { levers } from "./levers.js";
import type { Lever, Suggestion } from "./types.js";

export interface SuggestSettings {
  rules: readonly Rule[];
  scoring: ScoringConfig;
  items: readonly AcceptabilityItem[];
  acceptability: AcceptabilityConfig;
}

/**
 * The two figures a suggestion reports, computed as cheaply as they can be: the total alone
 * (tally, without the criteria's messages and positions), each rule run again only when the
 * change is to a top-level field it read, and the rejected figure only for a change that
 * raises the total. Most levers gain nothing, and re-scoring them was most of the cost of a
 * table scorecard's suggestions.
 */
function scorer(p: Proposal, s: SuggestSettings) {
  const memo = new Map<string, Map<Rule, number>>();
  const itemPoints = maxima(s.items, s.acceptability);
  const base = tally(p, s.rules, s.scoring, memo);
  const reads = new Map(base.enabled.map((rule) => [rule, fieldsRead(p, rule)]));
  const rejected = (q: Proposal) => measure(q, s.items, s.acceptability, itemPoints).rejected;
  return {
    credibilityBefore: base.score,
    rejectedBefore: rejected(p),
    /** The total of `changed`, which differs from the proposal only in the top-level field `field`. */
    credibility: (changed: Proposal, field: Change["path"][number] | undefined) =>
      tally(changed, s.rules, s.scoring, memo, (rule) =>
        typeof field === "string" && reads.get(rule)?.has(field) === false
          ? base.evaluations.get(rule)!
          : rule.evaluate(changed),
      ).score,
    rejected,
    quadrant: (credibility: number, rejected: number) => quadrantOf(credibility, rejected, s.acceptability.thresholds),
  };
}

/**
 * The top-level fields a rule reads of the proposal, found by evaluating it once through a
 * proxy; undefined when it lists them (Object.keys, a spread, `in`), and is then always run
 * again. A rule's result cannot change with a field it did not read: rules are pure, and the
 * same fields read give the same path through it. A changed copy (applyChange, validate) shares
 * every other top-level field with the proposal.
 */
function fieldsRead(p: Proposal, rule: Rule): Set<string> | undefined {
  const read = new Set<string>();
  let all = false;
  const traced = new Proxy(p, {
    get: (target, key, receiver) => {
      read.add(String(key));
      return Reflect.get(target, key, receiver);
    },
    has: (target, key) => {
      all = true;
      return Reflect.has(target, key);
    },
    ownKeys: (target) => {
      all = true;
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor: (target, key) => {
      all = true;
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  rule.evaluate(traced);
  return all ? undefined : read;
}

/**
 * The changed proposal checked against the format. Only the top-level field a change touches
 * is validated again: the rest is the loaded proposal's, valid already, and the format has no
 * rule across fields. (Validating the whole proposal each time was most of a cold run's cost.)
 */
function validate(p: Proposal, path: Change["path"]): Proposal | undefined {
  const changed = p as Record<string, unknown>;
  const key = String(path[0]);
  const field = (proposalSchema.shape as Record<string, Checkable>)[key];
  if (!field) return proposalSchema.safeParse(changed).data;
  // A change inside one item of a list: only that item is checked again. The list's own rule
  // (at least one item) cannot change, and checking 1,000 guarantors per lever took seconds.
  const element = typeof path[1] === "number" && path.length > 2 ? elementOf(field) : undefined;
  if (element) {
    const list = changed[key] as unknown[];
    const r = element.safeParse(list[path[1] as number]);
    if (!r.success) return undefined;
    const checked = [...list];
    checked[path[1] as number] = r.data;
    return { ...changed, [key]: checked } as Proposal;
  }
  const r = field.safeParse(changed[key]);
  return r.success ? ({ ...changed, [key]: r.data } as Proposal) : undefined;
}

type Checkable = {
  safeParse(v: unknown): { success: boolean; data?: unknown };
  _zod: { def: { type: string; innerType?: Checkable; element?: Checkable } };
};

/** The item schema of a list field (through optional), if the field is a list. */
function elementOf(field: Checkable): Checkable | undefined {
  let def = field._zod.def;
  while (def.type === "optional" && def.innerType) def = def.innerType._zod.def;
  return def.type === "array" ? def.element : undefined;
}

export function effect(
  credibility: Suggestion["credibility"],
  acceptability: Suggestion["acceptability"],
  quadrant: Suggestion["quadrant"],
): string {
  const gain = `${credibility.gain >= 0 ? "+" : ""}${credibility.gain} credibility`;
  const c = acceptability.cost;
  const acc =
    c === 0
      ? "no change in acceptability"
      : `${c > 0 ? `acceptability cost ${c}` : `acceptability gain ${-c}`} (rejected ${acceptability.before} → ${acceptability.after})`;
  const moves = quadrant.before !== quadrant.after ? `; moves from ${quadrant.before} to ${quadrant.after}` : "";
  return `${gain}, ${acc}${moves}`;
}

/**
 * Every lever that raises the credibility total, the best value per field, sorted by gain,
 * then by the smaller acceptability cost, then in the order of the file.
 */
export function suggest(loaded: Loaded, s: SuggestSettings): Suggestion[] {
  const score = scorer(loaded.proposal, s);
  const { credibilityBefore, rejectedBefore } = score;
  const quadrantBefore = score.quadrant(credibilityBefore, rejectedBefore);
  const best = new Map<string, Suggestion>();
  levers(loaded.proposal).forEach((lever: Lever) => {
    const changed = validate(applyChange(loaded.proposal, lever.change), lever.change.path);
    if (!changed) return;
    const credibilityAfter = score.credibility(changed, lever.change.path[0]);
    const gain = credibilityAfter - credibilityBefore;
    if (gain <= 0) return;
    const rejectedAfter = score.rejected(changed);
    const credibility = { before: credibilityBefore, after: credibilityAfter, gain };
    const acceptability = { before: rejectedBefore, after: rejectedAfter, cost: rejectedAfter - rejectedBefore };
    const quadrant = { before: quadrantBefore, after: score.quadrant(credibilityAfter, rejectedAfter) };
    const suggestion: Suggestion = {
      ...lever,
      credibility,
      acceptability,
      quadrant,
      label: `${lever.action}: ${effect(credibility, acceptability, quadrant)}`,
    };
    const held = best.get(lever.field);
    if (
      !held ||
      gain > held.credibility.gain ||
      (gain === held.credibility.gain && acceptability.cost < held.acceptability.cost)
    )
      best.set(lever.field, suggestion);
  });
  const order = [...best.keys()];
  return [...best.values()].sort(
    (a, b) =>
      b.credibility.gain - a.credibility.gain ||
      a.acceptability.cost - b.acceptability.cost ||
      order.indexOf(a.field) - order.indexOf(b.field),
  );
}
