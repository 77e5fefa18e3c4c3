// Field-level changes between two drafts. Lists of things with a name are matched by
// that name, not by position, so reordering guarantors or contingents is not a change.
//
// Paths: keys joined by dots; a list item is named by its identity in brackets, unquoted
// when that reads unambiguously (`guarantors[United Kingdom].ratification`,
// `commitment.triggers[armed attack]`), as a JSON string otherwise (`sources["A [draft]"]`),
// cut with a hash when longer than MAX_IDENTITY (`sources["The first 64 characters…" ~3fa2c1]`).
// Identities: guarantors by `name`, troops by `nation`, sources by `title`, consequences by
// `kind: detail`, lists of plain values by the value (compared as sets). When an identity
// occurs more than once in a list (two contingents from one nation), the second and later
// items are told apart by occurrence: `troops[United Kingdom #2]`. Nothing is dropped.
import type { Proposal } from "../../schema/proposal.js";

/** A step of a change's path: a key, or a list item picked by its identity and occurrence (1 = first). */
export type Step = string | { list: string; id: string; n: number };

export interface FieldChange {
  /** `guarantors[United Kingdom].ratification`, `commitment.triggers[armed attack]`. */
  path: string;
  steps: Step[];
  kind: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
}

// How the items of each list are told apart.
const IDENTITY: Record<string, (item: Record<string, unknown>) => string> = {
  guarantors: (g) => String(g.name),
  troops: (t) => String(t.nation),
  sources: (s) => String(s.title),
  consequences: (c) => `${String(c.kind)}${c.detail ? `: ${String(c.detail)}` : ""}`,
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function identityOf(list: string, item: unknown): string {
  const f = IDENTITY[list];
  if (f && isObject(item)) return f(item);
  return typeof item === "string" ? item : JSON.stringify(item);
}

/** Each item of a list as a step: its identity, and which occurrence of that identity it is. */
export function itemSteps(list: string, items: readonly unknown[]): { list: string; id: string; n: number }[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const id = identityOf(list, item);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return { list, id, n };
  });
}

const stepKey = (s: { id: string; n: number }) => JSON.stringify([s.id, s.n]);

// An identity is written bare unless that could be misread: brackets, quotes, a suffix
// that looks like an occurrence, surrounding blanks, or nothing at all. A long one is cut,
// with a hash of the whole that keeps paths apart: a 2,000-character title repeated by
// alias in every path made the report 40 times the size of the files.
export const MAX_IDENTITY = 80;
const label = (id: string) => {
  if (id.length > MAX_IDENTITY) return `${JSON.stringify(`${id.slice(0, MAX_IDENTITY - 16)}…`)} ~${hash(id)}`;
  return !id || /[[\]"]/.test(id) || /^\s|\s$/.test(id) || / #\d+$/.test(id) ? JSON.stringify(id) : id;
};

// FNV-1a, as six hex digits: enough to tell two cut identities apart in one report.
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0").slice(0, 6);
}

export function formatSteps(steps: readonly Step[]): string {
  return steps
    .map((s, i) => (typeof s === "string" ? (i ? `.${s}` : s) : `[${label(s.id)}${s.n > 1 ? ` #${s.n}` : ""}]`))
    .join("");
}

// Sorted by path step by step, so that a quoted identity sorts by its text, not by its quote.
const cmp = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);
function byPath(a: FieldChange, b: FieldChange): number {
  for (let i = 0; i < Math.min(a.steps.length, b.steps.length); i++) {
    const [x, y] = [a.steps[i]!, b.steps[i]!];
    const c =
      typeof x === "string" || typeof y === "string"
        ? cmp(typeof x === "string" ? x : x.id, typeof y === "string" ? y : y.id)
        : cmp(x.id, y.id) || cmp(x.n, y.n);
    if (c) return c;
  }
  return a.steps.length - b.steps.length || cmp(a.path, b.path);
}

/** Every difference between two drafts, sorted by path. */
export function diffFields(before: Proposal, after: Proposal): FieldChange[] {
  const out: FieldChange[] = [];
  const push = (steps: Step[], kind: FieldChange["kind"], b: unknown, a: unknown) =>
    out.push({
      path: formatSteps(steps),
      steps,
      kind,
      ...(b !== undefined ? { before: b } : {}),
      ...(a !== undefined ? { after: a } : {}),
    });

  const walk = (b: unknown, a: unknown, steps: Step[], key: string): void => {
    if (same(b, a)) return;
    if (b === undefined) return void push(steps, "added", undefined, a);
    if (a === undefined) return void push(steps, "removed", b, undefined);
    if (isObject(b) && isObject(a)) {
      for (const k of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()) walk(b[k], a[k], [...steps, k], k);
      return;
    }
    if (Array.isArray(b) && Array.isArray(a)) {
      const bs = itemSteps(key, b);
      const as = itemSteps(key, a);
      const bm = new Map(bs.map((s, i) => [stepKey(s), b[i]]));
      const am = new Map(as.map((s, i) => [stepKey(s), a[i]]));
      const all = new Map([...bs, ...as].map((s) => [stepKey(s), s]));
      for (const [k, s] of all) walk(bm.get(k), am.get(k), [...steps, s], key);
      return;
    }
    push(steps, "changed", b, a);
  };
  walk(before, after, [], "");
  return out.sort(byPath);
}

// Each list of the first draft, its items by identity and occurrence: computed once, since
// every change to a list of 5,000 items would otherwise look for its item among them.
const indexes = new WeakMap<readonly unknown[], Map<string, number>>();
function indexIn(list: readonly unknown[], step: { list: string; id: string; n: number }): number {
  let index = indexes.get(list);
  if (!index) {
    index = new Map(itemSteps(step.list, list).map((s, i) => [stepKey(s), i]));
    indexes.set(list, index);
  }
  return index.get(stepKey(step)) ?? -1;
}

/**
 * The proposal with one change applied: what re-scoring a single edit needs. Only the
 * mappings and lists on the change's path are copied; the rest is shared with `p`, which
 * nothing changes (rules are pure): copying the whole draft once per change was quadratic.
 */
export function applyChange(p: Proposal, change: FieldChange): Proposal {
  const copy = (v: unknown, nextIsKey: boolean): Record<string, unknown> | unknown[] =>
    Array.isArray(v) ? [...v] : isObject(v) ? { ...v } : nextIsKey ? {} : [];
  const root = { ...(p as Record<string, unknown>) };
  let node: Record<string, unknown> | unknown[] = root; // in the copy
  let original: unknown = p; // the same place in `p`
  const steps = change.steps;
  for (let i = 0; i < steps.length - 1; i++) {
    const s = steps[i]!;
    const at = typeof s === "string" ? -1 : Array.isArray(original) ? indexIn(original, s) : -1;
    const from =
      typeof s === "string"
        ? isObject(original)
          ? original[s]
          : undefined
        : at >= 0
          ? (original as unknown[])[at]
          : undefined;
    // Create what the change needs to sit in when it is missing: a mapping or a list.
    const child = copy(from, typeof steps[i + 1] === "string");
    if (typeof s === "string") (node as Record<string, unknown>)[s] = child;
    else if (at >= 0) (node as unknown[])[at] = child;
    else (node as unknown[]).push(child);
    node = child;
    original = from;
  }
  const last = steps.at(-1);
  if (last === undefined) return root as Proposal;
  if (typeof last === "string") {
    const obj = node as Record<string, unknown>;
    if (change.kind === "removed") delete obj[last];
    else obj[last] = change.after;
  } else {
    const list = node as unknown[];
    const at = Array.isArray(original) ? indexIn(original, last) : -1;
    if (change.kind === "removed") {
      if (at >= 0) list.splice(at, 1);
    } else if (at >= 0) list[at] = change.after;
    else list.push(change.after);
  }
  return root as Proposal;
}
