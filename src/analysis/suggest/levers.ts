// Every single-field change worth trying on a proposal, generated from the format itself:
// each enumeration's other values, each flag, null where null means "no cap", a few numbers
// taken from the criteria's own anchors, an element added to a list. Which of them raise the
// score is decided by re-scoring (suggest.ts), never by this list.
import { isAdversary, namesAdversary } from "../../model/adversary.js";
import { fmt } from "../../util/number.js";
import { proposalSchema, type Proposal } from "../../schema/proposal.js";
import { formatPath, type PathSegment } from "../../util/path.js";
import type { Lever } from "./types.js";

/** Fields that record facts about the world rather than terms a drafter can choose. */
const FACTS = new Set([
  "format",
  "stage",
  "guarantors[].role",
  "guarantors[].stance",
  "guarantors[].nuclear",
  "enforcement.consequences[].kind",
  "beneficiary_forces.standing_army",
]);

/** Numbers worth trying, from the criteria's anchors: the value at which each scores full, or the 2025 force. */
const NUMBERS: Record<string, readonly number[]> = {
  "commitment.response_hours": [24],
  "commitment.duration_years": [10, 25],
  "commitment.withdrawal.notice_months": [12],
  "aid.military.annual_usd_bn": [20],
  "troops[].count": [15_000],
};

/**
 * Items of each list whose fields are tried: each lever is a re-scoring of the whole proposal,
 * so trying every field of 1,000 guarantors took 25 s. Real proposals have a handful.
 */
export const LIST_LEVERS = 25;

/** The 15,000–20,000 European force discussed in 2025 (Rutland), at its lower end. */
export const CONTINGENT = 15_000;

type Def = {
  type: string;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  entries?: Record<string, string>;
};
type Schema = { _zod: { def: Def } };
const defOf = (s: Schema) => s._zod.def;

const show = (v: unknown) => (v === null ? "null" : typeof v === "number" ? fmt(v) : String(v));

/** A change that cannot stand alone: it would leave the file contradicting itself. */
const contradicts = (generic: string, v: unknown, p: Proposal) =>
  generic === "commitment.indefinite" && v === true && p.commitment?.duration_years !== undefined;

/**
 * `missing` is the first block on the path that the proposal leaves out: a change inside it
 * creates that block with one field, and the action says so.
 */
function walk(
  schema: Schema,
  value: unknown,
  path: PathSegment[],
  generic: string,
  p: Proposal,
  out: Lever[],
  missing?: string,
): void {
  const def = defOf(schema);
  if (def.type === "optional") {
    walk(def.innerType!, value, path, generic, p, out, missing);
    return;
  }
  if (FACTS.has(generic)) return;
  // Nothing is asked of the adversary itself: the lever for it is leaving it out (structural).
  if (path[0] === "guarantors" && typeof path[1] === "number" && isAdversary(p, p.guarantors[path[1]]!)) return;
  if (path[0] === "troops" && typeof path[1] === "number" && namesAdversary(p, p.troops![path[1]]!.nation)) return;
  const field = formatPath(path);
  const name = describe(p, path);
  const creates = missing ? ` (adds ${missing}, the rest of it not stated)` : "";
  const set = (v: unknown) => {
    if (!contradicts(generic, v, p))
      out.push({ change: { op: "set", path, value: v }, field, action: `set ${name} to ${show(v)}${creates}` });
  };
  if (def.type === "nullable") {
    if (value !== null)
      out.push({ change: { op: "set", path, value: null }, field, action: `set ${name} to null (no cap)${creates}` });
    walk(def.innerType!, value, path, generic, p, out, missing);
    return;
  }
  // A guarantor is never made the adversary: that is a fact, not a term to choose.
  if (def.type === "enum") {
    for (const v of Object.values(def.entries!)) {
      if (v !== value && !(generic === "guarantors[].stance" && v === "adversary")) set(v);
    }
  } else if (def.type === "boolean") {
    for (const v of [true, false]) if (v !== value) set(v);
  } else if (def.type === "number" || def.type === "int") {
    // Whether more is better (a term) or less (a response time) is for re-scoring to find.
    for (const v of NUMBERS[generic] ?? []) if (v !== value) set(v);
  } else if (def.type === "object") {
    const obj = (value ?? {}) as Record<string, unknown>;
    const absent = missing ?? (value === undefined && path.length ? field : undefined);
    for (const [k, s] of Object.entries(def.shape!))
      walk(s, obj[k], [...path, k], generic ? `${generic}.${k}` : k, p, out, absent);
  } else if (def.type === "array") {
    const element = def.element!;
    const list = Array.isArray(value) ? value : [];
    if (defOf(element).type === "object") {
      for (const [i, v] of list.slice(0, LIST_LEVERS).entries()) walk(element, v, [...path, i], `${generic}[]`, p, out);
    } else if (defOf(element).type === "enum") {
      for (const v of Object.values(defOf(element).entries!)) {
        if (!list.includes(v))
          out.push({ change: { op: "append", path, value: v }, field, action: `add ${v} to ${name}${creates}` });
      }
    }
  }
}

/** `guarantors[0].ratification (United Kingdom)`: the path, and the name of the element it is in. */
function describe(p: Proposal, path: readonly PathSegment[]): string {
  const field = formatPath(path);
  if (path[0] === "guarantors" && typeof path[1] === "number") return `${field} (${p.guarantors[path[1]]?.name})`;
  if (path[0] === "troops" && typeof path[1] === "number") return `${field} (${p.troops?.[path[1]]?.nation})`;
  return field;
}

/** Changes that add or remove a whole element, which no field walk produces. */
function structural(p: Proposal): Lever[] {
  const out: Lever[] = [];
  const partners = p.guarantors.filter((g) => !isAdversary(p, g));
  const lead = partners.find((g) => g.role === "lead") ?? partners[0];
  if (lead) {
    const value = { nation: lead.name, count: CONTINGENT, role: "deterrence" };
    out.push({
      change: { op: "append", path: ["troops"], value },
      field: "troops",
      action: `add to troops a ${fmt(CONTINGENT)}-strong deterrence contingent from ${lead.name}`,
    });
  }
  if (partners.length) {
    let removals = 0;
    p.guarantors.forEach((g, i) => {
      if (isAdversary(p, g) && removals++ < LIST_LEVERS)
        out.push({
          change: { op: "remove", path: ["guarantors", i] },
          field: `guarantors[${i}]`,
          action: `remove guarantors[${i}] (${g.name}), the adversary, from the guarantors`,
        });
    });
  }
  if (!p.commitment?.triggers?.length) {
    const value = `armed attack on ${p.beneficiary}`;
    out.push({
      change: { op: "append", path: ["commitment", "triggers"], value },
      field: "commitment.triggers",
      action: `add the trigger "${value}" to commitment.triggers`,
    });
  }
  if (!p.enforcement?.consequences?.length) {
    const value = { kind: "military", automatic: true };
    out.push({
      change: { op: "append", path: ["enforcement", "consequences"], value },
      field: "enforcement.consequences",
      action: "add an automatic military consequence to enforcement.consequences",
    });
  }
  return out;
}

export function levers(p: Proposal): Lever[] {
  const out: Lever[] = [];
  walk(proposalSchema as unknown as Schema, p, [], "", p, out);
  return [...out, ...structural(p)];
}
