// One change to one field of a proposal, as diff finds them between two drafts and suggest
// tries them: its path, applyChange to make the changed proposal, and scoreUnlocated to score
// it (a changed proposal has no text, so no positions).
import { LineCounter, parseDocument } from "yaml";
import type { ScoringConfig } from "../engine/config.js";
import { evaluate } from "../engine/evaluate.js";
import type { ScoredFile } from "../engine/result.js";
import type { Rule } from "../model/kernel.js";
import type { Loaded } from "../schema/load.js";
import type { Proposal } from "../schema/proposal.js";
import type { PathSegment } from "../util/path.js";

/** A list item picked by its identity (a guarantor's name, a contingent's nation) and occurrence (1 = first). */
export interface ItemStep {
  list: string;
  id: string;
  n: number;
}

/** A key, a list index, or a list item by identity. */
export type Step = PathSegment | ItemStep;

/**
 * Set a value (creating missing parents), append an element to a list (creating the list), or
 * remove a key or a list element.
 */
export type Change =
  | { op: "set"; path: readonly Step[]; value: unknown }
  | { op: "append"; path: readonly Step[]; value: unknown }
  | { op: "remove"; path: readonly Step[] };

// How the items of each list are told apart.
const IDENTITY: Record<string, (item: Record<string, unknown>) => string> = {
  guarantors: (g) => String(g.name),
  troops: (t) => String(t.nation),
  sources: (s) => String(s.title),
  consequences: (c) => `${String(c.kind)}${c.detail ? `: ${String(c.detail)}` : ""}`,
};

export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date);

function identityOf(list: string, item: unknown): string {
  const f = IDENTITY[list];
  if (f && isObject(item)) return f(item);
  return typeof item === "string" ? item : JSON.stringify(item);
}

/** Each item of a list as a step: its identity, and which occurrence of that identity it is. */
export function itemSteps(list: string, items: readonly unknown[]): ItemStep[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const id = identityOf(list, item);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return { list, id, n };
  });
}

export const stepKey = (s: { id: string; n: number }) => JSON.stringify([s.id, s.n]);

// Each list of the original proposal, its items by identity and occurrence: computed once, since
// every change to a list of 5,000 items would otherwise look for its item among them.
const indexes = new WeakMap<readonly unknown[], Map<string, number>>();
function indexIn(list: unknown, step: Step): number {
  if (typeof step === "number") return step;
  if (typeof step === "string" || !Array.isArray(list)) return -1;
  let index = indexes.get(list);
  if (!index) {
    index = new Map(itemSteps(step.list, list).map((s, i) => [stepKey(s), i]));
    indexes.set(list, index);
  }
  return index.get(stepKey(step)) ?? -1;
}

/**
 * The proposal with one change applied, not validated. Only the mappings and lists on the
 * change's path are copied; the rest, the new value included, is shared with the original,
 * which nothing modifies (rules are pure): copying the whole draft once per change was quadratic.
 */
export function applyChange(p: Proposal, change: Change): Proposal {
  const root: Record<string, unknown> = { ...p };
  let node: Record<string, unknown> | unknown[] = root; // in the copy
  let original: unknown = p; // the same place in `p`
  const path = change.path;
  for (let i = 0; i < path.length - 1; i++) {
    const s = path[i]!;
    const at = indexIn(original, s);
    const from =
      typeof s === "string"
        ? isObject(original)
          ? original[s]
          : undefined
        : at >= 0
          ? (original as unknown[])[at]
          : undefined;
    // Create what the change needs to sit in when it is missing: a mapping before a key, else a list.
    const next = path[i + 1];
    const child = Array.isArray(from) ? [...from] : isObject(from) ? { ...from } : typeof next === "string" ? {} : [];
    if (typeof s === "string") (node as Record<string, unknown>)[s] = child;
    else if (at >= 0) (node as unknown[])[at] = child;
    else (node as unknown[]).push(child);
    node = child;
    original = from;
  }
  const last = path.at(-1);
  if (last === undefined) return root as Proposal;
  if (typeof last === "string" && !Array.isArray(node)) {
    if (change.op === "remove") delete node[last];
    else if (change.op === "set") node[last] = change.value;
    else node[last] = [...((node[last] as unknown[] | undefined) ?? []), change.value];
    return root as Proposal;
  }
  const list = node as unknown[];
  const at = indexIn(original, last);
  if (change.op === "remove") {
    if (at >= 0) list.splice(at, 1);
  } else if (at >= 0) list[at] = change.value;
  else list.push(change.value);
  return root as Proposal;
}

// Positions play no part in a total: one empty document serves every changed proposal. Made on
// first use: a run that scores no changed copy (every run but diff) never parses it.
let blank: { doc: Loaded["doc"]; lineCounter: LineCounter } | undefined;
const blankDoc = () => {
  if (!blank) {
    const lineCounter = new LineCounter();
    blank = { doc: parseDocument("{}", { lineCounter }), lineCounter };
  }
  return blank;
};

/** A proposal that has no text of its own (a changed copy) scored by the real engine; every position is 1:1. */
export function scoreUnlocated(p: Proposal, rules: readonly Rule[], config: ScoringConfig, file = ""): ScoredFile {
  const { doc, lineCounter } = blankDoc();
  const loaded: Loaded = { ok: true, file, id: p.id ?? "", proposal: p, doc, lineCounter };
  return evaluate(loaded, rules, config);
}
