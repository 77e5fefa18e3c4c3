// Field-level changes between two drafts. Lists of things with a name are matched by
// that name, not by position, so reordering guarantors or contingents is not a change.
import type { Proposal } from "../schema/proposal.js";

/** A step of a change's path: a key, or a list item picked by its identity. */
export type Step = string | { list: string; id: string };

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
  consequences: (c) => `${c.kind}${c.detail ? `: ${c.detail}` : ""}`,
};

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function formatSteps(steps: readonly Step[]): string {
  return steps.map((s, i) => (typeof s === "string" ? (i ? `.${s}` : s) : `[${s.id}]`)).join("");
}

export function diffFields(before: Proposal, after: Proposal): FieldChange[] {
  const out: FieldChange[] = [];
  const push = (steps: Step[], kind: FieldChange["kind"], b: unknown, a: unknown) =>
    out.push({ path: formatSteps(steps), steps, kind, ...(b !== undefined ? { before: b } : {}), ...(a !== undefined ? { after: a } : {}) });

  const walk = (b: unknown, a: unknown, steps: Step[], key: string) => {
    if (same(b, a)) return;
    if (b === undefined) return push(steps, "added", undefined, a);
    if (a === undefined) return push(steps, "removed", b, undefined);
    if (isObject(b) && isObject(a)) {
      for (const k of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()) walk(b[k], a[k], [...steps, k], k);
      return;
    }
    if (Array.isArray(b) && Array.isArray(a)) {
      const identity = IDENTITY[key];
      const id = (x: unknown) => (identity && isObject(x) ? identity(x) : typeof x === "string" ? x : JSON.stringify(x));
      const bm = new Map(b.map((x) => [id(x), x]));
      const am = new Map(a.map((x) => [id(x), x]));
      for (const k of [...new Set([...bm.keys(), ...am.keys()])].sort()) walk(bm.get(k), am.get(k), [...steps, { list: key, id: k }], k);
      return;
    }
    push(steps, "changed", b, a);
  };
  walk(before, after, [], "");
  return out;
}

/** The proposal with one change applied: what re-scoring a single edit needs. */
export function applyChange(p: Proposal, change: FieldChange): Proposal {
  const root = structuredClone(p) as Record<string, unknown>;
  const identity = (list: string, x: unknown) => {
    const f = IDENTITY[list];
    return f && isObject(x) ? f(x) : typeof x === "string" ? x : JSON.stringify(x);
  };
  let node: unknown = root;
  const steps = change.steps;
  for (let i = 0; i < steps.length - 1; i++) {
    const s = steps[i]!;
    const parent = node as Record<string, unknown> | unknown[];
    let child = typeof s === "string" ? (parent as Record<string, unknown>)[s] : (parent as unknown[]).find((x) => identity(s.list, x) === s.id);
    if (child === undefined) {
      // Create what the change needs to sit in: a mapping or a list.
      const nextIsItem = typeof steps[i + 1] !== "string";
      child = nextIsItem ? [] : {};
      if (typeof s === "string") (parent as Record<string, unknown>)[s] = child;
      else (parent as unknown[]).push(child);
    }
    node = child;
  }
  const last = steps.at(-1)!;
  if (typeof last === "string") {
    const obj = node as Record<string, unknown>;
    if (change.kind === "removed") delete obj[last];
    else obj[last] = structuredClone(change.after);
  } else {
    const list = node as unknown[];
    const at = list.findIndex((x) => identity(last.list, x) === last.id);
    if (change.kind === "removed") list.splice(at, 1);
    else if (at >= 0) list[at] = structuredClone(change.after);
    else list.push(structuredClone(change.after));
  }
  return root as Proposal;
}
