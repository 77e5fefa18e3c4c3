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
import { type Change, type ItemStep, isObject, itemSteps, stepKey } from "../change.js";

/** A step of a difference's path: a key, or a list item picked by its identity and occurrence. */
export type Step = string | ItemStep;

export interface FieldChange {
  /** `guarantors[United Kingdom].ratification`, `commitment.triggers[armed attack]`. */
  path: string;
  steps: Step[];
  kind: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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

/** A difference as a change to apply to the first draft: what re-scoring a single edit needs. */
export const asChange = (c: FieldChange): Change =>
  c.kind === "removed" ? { op: "remove", path: c.steps } : { op: "set", path: c.steps, value: c.after };
