// Property tests over many generated, valid proposals (fast-check):
//  1. strengthening one field by one step on its order never lowers the total, and weakening
//     it by one step never raises it — both the capped total (`evaluate(...).score`) and the
//     uncapped sum of the criteria's points;
//  2. stating a field the proposal left out never lowers the total: absence is the weakest
//     answer, never rewarded. Exceptions, each named where it is made: a guarantor's stance set
//     to "adversary" (an unstated stance is not assumed hostile), a guarantor's `role` (a weight,
//     not a strength), and `adversary` naming a guarantor whose stance is not stated (see below).
// A failure names the field, its two values and both totals; replay one with FC_SEED=<seed>.
import fc from "fast-check";
import { LineCounter, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/engine/config.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { rules } from "../../src/model/rules/index.js";
import {
  CAPABILITIES,
  CHANGES,
  CONSEQUENCE_KINDS,
  ENDED_BY,
  DECISIONS,
  FORMS,
  NATO,
  OBLIGATIONS,
  POWERS,
  PUBLICITY,
  RATIFICATIONS,
  REACHES,
  RESULTS,
  ROLES,
  STAGES,
  STANCES,
  TROOP_ROLES,
  proposalSchema,
} from "../../src/schema/proposal.js";

const RUNS = 300;
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const params = { numRuns: RUNS, ...(seed !== undefined ? { seed } : {}) };

// ---------------------------------------------------------------------------------------------
// Strength orders, weakest first. Values in one inner list are equally strong.
const OBLIGATION_ORDER = [["none"], ["respect"], ["consult"], ["assist"], ["defend"]] as const;
const RATIFICATION_ORDER = [["none"], ["signed"], ["executive"], ["ratified"]] as const;
const STANCE_ORDER = [["adversary"], ["neutral"], ["aligned"]] as const;
const DECISION_ORDER = [["consensus-with-adversary"], ["consensus"], ["majority"], ["unilateral"]] as const;
const PUBLICITY_ORDER = [["secret"], ["partly-secret"], ["public"]] as const;
// not-applicable is no strength: it takes nato-path out of the score (tested on its own below).
const NATO_ORDER = [["none"], ["path"], ["member"]] as const;
const FORM_ORDER = [
  ["memorandum", "political-declaration"],
  ["executive-agreement"],
  ["treaty", "alliance-membership"],
] as const;
const TROOP_ROLE_ORDER = [
  ["monitoring"],
  ["training"],
  ["peacekeeping"],
  ["tripwire"],
  ["air-defense"],
  ["deterrence"],
] as const;
const POWER_ORDER = [["much-weaker"], ["weaker"], ["comparable"], ["stronger"]] as const;
const REACH_ORDER = [["none"], ["distant"], ["near"], ["present"]] as const;
// Who can send a force home: the adversary or either side alone, the host alone, only both or the sender.
const ENDED_BY_ORDER = [["adversary", "either"], ["host"], ["both", "sender"]] as const;

// The orders must cover each enumeration of the schema exactly, so a new value cannot slip by.
const sameSet = (order: readonly (readonly string[])[], values: readonly string[]) =>
  expect([...order.flat()].sort()).toEqual([...values].sort());

// ---------------------------------------------------------------------------------------------
// Arbitraries over every field of the format. Optional keys are sometimes absent.
const NAMES = [
  "United Kingdom",
  "France",
  "Poland",
  "United States",
  "Germany",
  "Turkey",
  "Russia",
  "russia ",
  "Belarus",
] as const;
const ADVERSARIES = ["Russia", "RUSSIA", "Belarus", "Iran"] as const;
const text = fc.constantFrom(
  "armed attack on territory",
  "naval blockade",
  "a cyber attack on the grid",
  "air interdiction",
  "Observer mission",
);
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const nonneg = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max }),
    fc.double({ min: 0, max, noNaN: true }).map((x) => x + 0),
  );
const positive = (max: number) => fc.oneof(fc.integer({ min: 1, max }), fc.double({ min: 0.01, max, noNaN: true }));
const count = (max: number) => fc.integer({ min: 0, max });

const guarantorArb = fc.record(
  {
    name: pick(NAMES),
    role: pick(ROLES),
    stance: pick(STANCES),
    ratification: pick(RATIFICATIONS),
    nuclear: fc.boolean(),
    power: pick(POWERS),
    reach: pick(REACHES),
    acts_after: pick(NAMES),
    barred_by_law: fc.boolean(),
    changed_since_signing: fc.array(pick(CHANGES), { maxLength: 2 }),
  },
  { requiredKeys: ["name"] },
);
const consequenceArb = fc.record(
  { kind: pick(CONSEQUENCE_KINDS), automatic: fc.boolean(), detail: text },
  { requiredKeys: ["kind"] },
);
const troopArb = fc.record(
  {
    nation: pick(NAMES),
    count: count(400_000),
    role: pick(TROOP_ROLES),
    location: fc.constantFrom("west of the Dnipro", "Kyiv"),
    ended_by: pick(ENDED_BY),
  },
  { requiredKeys: ["nation"] },
);
const sourceArb = fc.record(
  {
    title: fc.constantFrom("Pifer 2025", "Langer 2025"),
    author: fc.constantFrom("Steven Pifer", "Andrew Langer"),
    date: fc.constantFrom("2025-08-26", "2025-08-18"),
    url: fc.constant("https://example.org/a"),
  },
  { requiredKeys: ["title"] },
);
const withdrawalArb = fc.record({ notice_months: nonneg(48), needs_legislature: fc.boolean() }, { requiredKeys: [] });
const commitmentArb = fc.record(
  {
    form: pick(FORMS),
    obligation: pick(OBLIGATIONS),
    triggers: fc.array(text, { maxLength: 3 }),
    names_threat: fc.boolean(),
    excludes: fc.array(fc.constantFrom("Crimea", "Donbas"), { maxLength: 2 }),
    response_hours: nonneg(2_000),
    decision: pick(DECISIONS),
    duration_years: positive(60),
    indefinite: fc.boolean(),
    withdrawal: withdrawalArb,
  },
  { requiredKeys: [] },
);
const enforcementArb = fc.record(
  { consequences: fc.array(consequenceArb, { maxLength: 3 }), snapback: fc.boolean() },
  { requiredKeys: [] },
);
const militaryArb = fc.record(
  {
    committed: fc.boolean(),
    multi_year: fc.boolean(),
    annual_usd_bn: nonneg(40),
    specific_items: fc.array(text, { maxLength: 4 }),
    escalates_on_aggression: fc.boolean(),
  },
  { requiredKeys: [] },
);
const aidArb = fc.record(
  { military: militaryArb, defense_industry: fc.boolean(), economic: fc.boolean() },
  { requiredKeys: [] },
);
const backstopArb = fc.record(
  {
    provider: fc.constantFrom("United States", "France"),
    capabilities: fc.array(pick(CAPABILITIES), { maxLength: 5 }),
    obligation: pick(OBLIGATIONS),
  },
  { requiredKeys: [] },
);
const monitoringArb = fc.record(
  {
    body: fc.constantFrom("Permanent observer mission", "OSCE"),
    permanent: fc.boolean(),
    tied_to_triggers: fc.boolean(),
    ended_by: pick(ENDED_BY),
  },
  { requiredKeys: [] },
);
const outcomeArb = fc.record(
  {
    result: pick(RESULTS),
    event: text,
    date: fc.constant("2014-03-18"),
    sources: fc.array(sourceArb, { maxLength: 1 }),
  },
  { requiredKeys: ["result"] },
);
const forcesArb = fc.record(
  { standing_army: count(1_200_000), size_cap: fc.option(count(1_000_000), { nil: null }) },
  { requiredKeys: [] },
);

const proposalArb = fc.record(
  {
    format: fc.constant(1),
    id: fc.constantFrom("generated", "gen-2.v1"),
    title: fc.constant("Generated proposal"),
    date: fc.constantFrom("2025-08-20", "1994-12-05"),
    stage: pick(STAGES),
    beneficiary: fc.constant("Ukraine"),
    adversary: pick(ADVERSARIES),
    summary: text,
    sources: fc.array(sourceArb, { maxLength: 2 }),
    guarantors: fc.array(guarantorArb, { minLength: 1, maxLength: 4 }),
    commitment: commitmentArb,
    enforcement: enforcementArb,
    publicity: pick(PUBLICITY),
    aid: aidArb,
    troops: fc.array(troopArb, { maxLength: 3 }),
    backstop: backstopArb,
    monitoring: monitoringArb,
    beneficiary_forces: forcesArb,
    nato: pick(NATO),
    adversary_forces: count(1_000_000),
    outcome: outcomeArb,
  },
  { requiredKeys: ["title", "beneficiary", "guarantors"] },
);

// ---------------------------------------------------------------------------------------------
// Plain-data paths. A pattern such as "troops[].count" stands for every troop's count.
type Obj = Record<string | number, unknown>;
type Seg = string | number;
type Path = readonly Seg[];

const getAt = (o: unknown, path: Path): unknown =>
  path.reduce<unknown>((x, k) => (x !== null && typeof x === "object" ? (x as Obj)[k] : undefined), o);

/** A copy of `o` with `path` set to `v` (or removed when `v` is undefined); missing parents become {}. */
function setAt(o: Obj, path: Path, v: unknown): Obj {
  const out = structuredClone(o);
  let node: Obj = out;
  path.forEach((seg, i) => {
    if (i < path.length - 1) {
      node[seg] ??= {};
      node = node[seg] as Obj;
    } else if (v === undefined) delete node[seg];
    else node[seg] = v;
  });
  return out;
}

const parsePattern = (pattern: string): Seg[] =>
  pattern.split(".").flatMap((s) => (s.endsWith("[]") ? [s.slice(0, -2), "[]"] : [s]));

/** Concrete paths of a pattern: one per element of each array it goes through (none if the array is absent or empty). */
function expand(p: Obj, pattern: string): Seg[][] {
  let paths: Seg[][] = [[]];
  for (const seg of parsePattern(pattern)) {
    if (seg !== "[]") paths = paths.map((q) => [...q, seg]);
    else paths = paths.flatMap((q) => ((getAt(p, q) as unknown[] | undefined) ?? []).map((_, i) => [...q, i]));
  }
  return paths;
}

/** `p` changed so that the pattern has at least one concrete path: the arrays it goes through get an element. */
function ensureElement(p: Obj, pattern: string, items: Readonly<Record<string, unknown>>): Obj {
  const segs = parsePattern(pattern);
  let out = p;
  for (let i = 0; i < segs.length; i++) {
    if (segs[i] !== "[]") continue;
    const arrayPattern = segs
      .slice(0, i)
      .join(".")
      .replace(/\.\[\]/g, "[]");
    if (expand(out, arrayPattern + "[]").length === 0) {
      const at = expand(out, arrayPattern)[0]!;
      out = setAt(out, at, [items[arrayPattern]]);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scoring, through the engine, on data validated by the real schema.
const config = defaultConfig(rules);
const lineCounter = new LineCounter();
const doc = parseDocument("{}", { lineCounter });

/** The engine's whole result for a generated proposal. */
function scoredFile(p: Obj) {
  const parsed = proposalSchema.safeParse(p);
  if (!parsed.success)
    throw new Error(`generated an invalid proposal: ${JSON.stringify(p)}\n${JSON.stringify(parsed.error.issues)}`);
  return evaluate(
    { ok: true, file: "generated.yaml", id: "generated", proposal: parsed.data, doc, lineCounter },
    rules,
    config,
  );
}

function total(p: Obj): { score: number; uncapped: number } {
  const r = scoredFile(p);
  return { score: r.score, uncapped: r.criteria.reduce((n, c) => n + c.points, 0) };
}

const show = (v: unknown) => (v === undefined ? "(absent)" : JSON.stringify(v));
const fmtPath = (path: Path) => path.map((s, i) => (typeof s === "number" ? `[${s}]` : i ? `.${s}` : s)).join("");

/**
 * Throw, naming the field and both values, unless `stronger` scores at least as high as `weaker`
 * (capped total and uncapped sum of points). `change` says which way the test moved the field.
 */
function expectOrdered(
  change: "strengthening" | "weakening" | "stating",
  path: Path,
  weaker: Obj,
  stronger: Obj,
): void {
  const [a, b] = [total(weaker), total(stronger)];
  if (b.score >= a.score && b.uncapped >= a.uncapped) return;
  const [from, to, fromTotal, toTotal, verb] =
    change === "weakening" ? [stronger, weaker, b, a, "raised"] : [weaker, stronger, a, b, "lowered"];
  throw new Error(
    `${change} ${fmtPath(path)}: ${show(getAt(from, path))} → ${show(getAt(to, path))} ${verb} the total ` +
      `${fromTotal.score} → ${toTotal.score} (uncapped sum of points ${fromTotal.uncapped} → ${toTotal.uncapped})\n  before: ${JSON.stringify(from)}\n  after:  ${JSON.stringify(to)}`,
  );
}

// ---------------------------------------------------------------------------------------------
// One step on a field's order. `n` picks among equally valid choices, `d` is a positive delta.
interface Dice {
  n: number;
  d: number;
  item: unknown;
}
interface Step {
  up(v: unknown, r: Dice): unknown;
  down(v: unknown, r: Dice): unknown;
}
const NONE = Symbol("no step");

const ranked = (order: readonly (readonly string[])[]): Step => {
  const rank = (v: unknown) => order.findIndex((c) => c.includes(v as string));
  const at = (k: number, r: Dice) => (order[k] ? order[k]![r.n % order[k]!.length] : NONE);
  // A value outside the order (nato: not-applicable) has no step either way.
  return {
    up: (v, r) => (rank(v) < 0 ? NONE : at(rank(v) + 1, r)),
    down: (v, r) => (rank(v) > 0 ? at(rank(v) - 1, r) : NONE),
  };
};
const bool: Step = { up: (v) => (v === false ? true : NONE), down: (v) => (v === true ? false : NONE) };
const higher = (opts: { integer?: boolean; positive?: boolean } = {}): Step => ({
  up: (v, r) => (v as number) + r.d,
  down: (v, r) => {
    const x = v as number;
    if (x <= 0) return NONE;
    const lower = x - r.d;
    if (opts.positive) return lower > 0 ? lower : opts.integer ? NONE : x / 2;
    return Math.max(0, lower);
  },
});
const lower: Step = {
  up: (v, r) => ((v as number) > 0 ? Math.max(0, (v as number) - r.d) : NONE),
  down: (v, r) => (v as number) + r.d,
};
// size_cap: a higher cap is stronger, no cap at all (null) the strongest.
const sizeCap: Step = {
  up: (v, r) => (v === null ? NONE : r.n % 3 === 0 ? null : (v as number) + Math.round(r.d)),
  down: (v, r) =>
    v === null ? Math.round(r.d) : (v as number) > 0 ? Math.max(0, (v as number) - Math.round(r.d)) : NONE,
};
// Lists: adding an item strengthens, removing one weakens.
const list: Step = {
  up: (v, r) => [...(v as unknown[]), r.item],
  down: (v, r) =>
    (v as unknown[]).length ? (v as unknown[]).filter((_, i) => i !== r.n % (v as unknown[]).length) : NONE,
};
// A list of weaknesses: removing one strengthens, adding one weakens.
const fewer: Step = { up: list.down, down: list.up };
const notBool: Step = { up: bool.down, down: bool.up };
const capabilities: Step = {
  up: (v, r) => {
    const missing = CAPABILITIES.filter((c) => !(v as string[]).includes(c));
    return missing.length ? [...(v as string[]), missing[r.n % missing.length]] : NONE;
  },
  down: list.down,
};

interface StrengthField {
  field: string;
  /** Any valid value, used when the generated proposal leaves the field out. */
  value: fc.Arbitrary<unknown>;
  step: Step;
  delta?: fc.Arbitrary<number>;
  item?: fc.Arbitrary<unknown>;
}

const STRENGTH: StrengthField[] = [
  { field: "commitment.obligation", value: pick(OBLIGATIONS), step: ranked(OBLIGATION_ORDER) },
  { field: "backstop.obligation", value: pick(OBLIGATIONS), step: ranked(OBLIGATION_ORDER) },
  { field: "guarantors[].ratification", value: pick(RATIFICATIONS), step: ranked(RATIFICATION_ORDER) },
  { field: "guarantors[].stance", value: pick(STANCES), step: ranked(STANCE_ORDER) },
  { field: "commitment.decision", value: pick(DECISIONS), step: ranked(DECISION_ORDER) },
  { field: "publicity", value: pick(PUBLICITY), step: ranked(PUBLICITY_ORDER) },
  { field: "nato", value: pick(NATO_ORDER.flat()), step: ranked(NATO_ORDER) },
  { field: "guarantors[].power", value: pick(POWERS), step: ranked(POWER_ORDER) },
  { field: "guarantors[].reach", value: pick(REACHES), step: ranked(REACH_ORDER) },
  { field: "troops[].ended_by", value: pick(ENDED_BY), step: ranked(ENDED_BY_ORDER) },
  { field: "monitoring.ended_by", value: pick(ENDED_BY), step: ranked(ENDED_BY_ORDER) },
  // Facts that weaken: a legal bar, a change since signing, territory left out, the adversary's forces.
  { field: "guarantors[].barred_by_law", value: fc.boolean(), step: notBool },
  {
    field: "guarantors[].changed_since_signing",
    value: fc.array(pick(CHANGES), { maxLength: 2 }),
    step: fewer,
    item: pick(CHANGES),
  },
  {
    field: "commitment.excludes",
    value: fc.array(fc.constantFrom("Crimea", "Donbas"), { maxLength: 2 }),
    step: fewer,
    item: fc.constantFrom("Crimea", "Donbas"),
  },
  { field: "adversary_forces", value: count(1_000_000), step: lower, delta: fc.integer({ min: 1, max: 400_000 }) },
  { field: "commitment.form", value: pick(FORMS), step: ranked(FORM_ORDER) },
  { field: "troops[].role", value: pick(TROOP_ROLES), step: ranked(TROOP_ROLE_ORDER) },
  ...[
    "commitment.indefinite",
    "commitment.withdrawal.needs_legislature",
    "enforcement.snapback",
    "enforcement.consequences[].automatic",
    "aid.military.committed",
    "aid.military.multi_year",
    "aid.military.escalates_on_aggression",
    "aid.defense_industry",
    "aid.economic",
    "monitoring.permanent",
    "monitoring.tied_to_triggers",
    "guarantors[].nuclear",
    "commitment.names_threat",
  ].map((field) => ({ field, value: fc.boolean(), step: bool })),
  {
    field: "troops[].count",
    value: count(400_000),
    step: higher({ integer: true }),
    delta: fc.integer({ min: 1, max: 100_000 }),
  },
  {
    field: "beneficiary_forces.standing_army",
    value: count(1_200_000),
    step: higher({ integer: true }),
    delta: fc.integer({ min: 1, max: 400_000 }),
  },
  { field: "aid.military.annual_usd_bn", value: nonneg(40), step: higher(), delta: positive(25) },
  { field: "commitment.duration_years", value: positive(60), step: higher({ positive: true }), delta: positive(30) },
  { field: "commitment.withdrawal.notice_months", value: nonneg(48), step: higher(), delta: positive(24) },
  { field: "commitment.response_hours", value: nonneg(2_000), step: lower, delta: positive(800) },
  {
    field: "beneficiary_forces.size_cap",
    value: fc.option(count(1_000_000), { nil: null }),
    step: sizeCap,
    delta: fc.integer({ min: 1, max: 400_000 }),
  },
  { field: "commitment.triggers", value: fc.array(text, { maxLength: 3 }), step: list, item: text },
  {
    field: "enforcement.consequences",
    value: fc.array(consequenceArb, { maxLength: 3 }),
    step: list,
    item: consequenceArb,
  },
  { field: "aid.military.specific_items", value: fc.array(text, { maxLength: 4 }), step: list, item: text },
  { field: "backstop.capabilities", value: fc.array(pick(CAPABILITIES), { maxLength: 5 }), step: capabilities },
  { field: "troops", value: fc.array(troopArb, { maxLength: 3 }), step: list, item: troopArb },
];

// Elements added when a generated proposal has none where a pattern needs one.
const elementArb = fc.record({
  guarantors: guarantorArb,
  troops: troopArb,
  sources: sourceArb,
  "enforcement.consequences": consequenceArb,
});

describe("strength orders", () => {
  it("cover every value of each enumeration", () => {
    sameSet(OBLIGATION_ORDER, OBLIGATIONS);
    sameSet(RATIFICATION_ORDER, RATIFICATIONS);
    sameSet(STANCE_ORDER, STANCES);
    sameSet(DECISION_ORDER, DECISIONS);
    sameSet(PUBLICITY_ORDER, PUBLICITY);
    sameSet(
      NATO_ORDER,
      NATO.filter((v) => v !== "not-applicable"),
    );
    sameSet(POWER_ORDER, POWERS);
    sameSet(REACH_ORDER, REACHES);
    sameSet(ENDED_BY_ORDER, ENDED_BY);
    sameSet(FORM_ORDER, FORMS);
    sameSet(TROOP_ROLE_ORDER, TROOP_ROLES);
  });
  it("generate valid proposals", () => {
    fc.assert(
      fc.property(proposalArb, (p) => void total(p as Obj)),
      { ...params, numRuns: 100 },
    );
  });
});

describe("monotonicity: one step along a field's order", () => {
  for (const f of STRENGTH) {
    it(`strengthening ${f.field} never lowers the total; weakening it never raises it`, () => {
      const input = fc.record({
        p: proposalArb,
        value: f.value,
        elements: elementArb,
        n: fc.nat(),
        d: f.delta ?? fc.constant(1),
        item: f.item ?? fc.constant(null),
      });
      fc.assert(
        fc.property(input, ({ p, value, elements, n, d, item }) => {
          // Make the field present (a random valid value where the proposal left it out), then step.
          let base = ensureElement(p as Obj, f.field, elements);
          const paths = expand(base, f.field);
          const path = paths[n % paths.length]!;
          if (getAt(base, path) === undefined) base = setAt(base, path, value);
          const dice = { n, d, item };
          const up = f.step.up(getAt(base, path), dice);
          if (up !== NONE) expectOrdered("strengthening", path, base, setAt(base, path, up));
          const down = f.step.down(getAt(base, path), dice);
          if (down !== NONE) expectOrdered("weakening", path, setAt(base, path, down), base);
        }),
        params,
      );
    });
  }

  it("equally strong values score the same (memorandum = political-declaration, treaty = alliance-membership)", () => {
    fc.assert(
      fc.property(proposalArb, fc.constantFrom(...FORM_ORDER.filter((c) => c.length > 1)), (p, [a, b]) => {
        const [x, y] = [setAt(p as Obj, ["commitment", "form"], a), setAt(p as Obj, ["commitment", "form"], b)];
        expect(total(y), `commitment.form: ${a} → ${b}`).toEqual(total(x));
      }),
      params,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Stating a left-out field: any valid value scores at least as high as leaving it out.
interface OptionalField {
  field: string;
  value: fc.Arbitrary<unknown>;
  /** Skip the run (fc.pre) when the stated value falls under a documented exception. */
  except?: (before: Obj, path: Path, value: unknown) => boolean;
}

const norm = (s: string) => s.trim().toLowerCase();
const OPTIONAL: OptionalField[] = [
  { field: "format", value: fc.constant(1) },
  { field: "id", value: fc.constantFrom("a", "b-1") },
  { field: "date", value: fc.constantFrom("2025-08-20") },
  { field: "stage", value: pick(STAGES) },
  {
    field: "adversary",
    value: pick(ADVERSARIES),
    // Naming the adversary identifies a guarantor of that name whose stance is not stated as
    // the adversary (src/model/adversary.ts), which can lower burden-sharing and bring the
    // knock-out. Like a stance set to "adversary", this states hostility rather than omitting it;
    // it is pinned by the test after this block, and reported.
    // Its troops, too, stop counting as protection once they are named the adversary's.
    except: (p, _, v) =>
      (p.guarantors as { name: string; stance?: string }[]).some(
        (g) => g.stance === undefined && norm(g.name) === norm(v as string),
      ) || ((p.troops as { nation: string }[] | undefined) ?? []).some((t) => norm(t.nation) === norm(v as string)),
  },
  { field: "summary", value: text },
  { field: "sources", value: fc.array(sourceArb, { maxLength: 2 }) },
  { field: "sources[].author", value: fc.constant("Someone") },
  { field: "sources[].date", value: fc.constant("2025-01-01") },
  { field: "sources[].url", value: fc.constant("https://example.org") },
  // guarantors[].role is not here: it is a weight in shares, not a strength.
  // A stance of "adversary" is the documented exception: an unstated stance is not assumed hostile.
  { field: "guarantors[].stance", value: pick(STANCES.filter((s) => s !== "adversary")) },
  { field: "guarantors[].ratification", value: pick(RATIFICATIONS) },
  { field: "guarantors[].nuclear", value: fc.boolean() },
  { field: "guarantors[].power", value: pick(POWERS) },
  { field: "guarantors[].reach", value: pick(REACHES) },
  { field: "commitment", value: commitmentArb },
  { field: "commitment.form", value: pick(FORMS) },
  { field: "commitment.obligation", value: pick(OBLIGATIONS) },
  { field: "commitment.triggers", value: fc.array(text, { maxLength: 3 }) },
  { field: "commitment.names_threat", value: fc.boolean() },
  { field: "commitment.response_hours", value: nonneg(100_000) },
  { field: "commitment.decision", value: pick(DECISIONS) },
  { field: "commitment.duration_years", value: positive(100) },
  { field: "commitment.indefinite", value: fc.boolean() },
  { field: "commitment.withdrawal", value: withdrawalArb },
  { field: "commitment.withdrawal.notice_months", value: nonneg(48) },
  { field: "commitment.withdrawal.needs_legislature", value: fc.boolean() },
  { field: "enforcement", value: enforcementArb },
  { field: "enforcement.consequences", value: fc.array(consequenceArb, { maxLength: 3 }) },
  { field: "enforcement.consequences[].automatic", value: fc.boolean() },
  { field: "enforcement.consequences[].detail", value: text },
  { field: "enforcement.snapback", value: fc.boolean() },
  { field: "publicity", value: pick(PUBLICITY) },
  { field: "aid", value: aidArb },
  { field: "aid.military", value: militaryArb },
  { field: "aid.military.committed", value: fc.boolean() },
  { field: "aid.military.multi_year", value: fc.boolean() },
  { field: "aid.military.annual_usd_bn", value: nonneg(40) },
  { field: "aid.military.specific_items", value: fc.array(text, { maxLength: 4 }) },
  { field: "aid.military.escalates_on_aggression", value: fc.boolean() },
  { field: "aid.defense_industry", value: fc.boolean() },
  { field: "aid.economic", value: fc.boolean() },
  { field: "troops", value: fc.array(troopArb, { maxLength: 3 }) },
  { field: "troops[].count", value: count(400_000) },
  { field: "troops[].role", value: pick(TROOP_ROLES) },
  { field: "troops[].location", value: fc.constant("Kyiv") },

  { field: "backstop", value: backstopArb },
  { field: "backstop.provider", value: fc.constant("United States") },
  { field: "backstop.capabilities", value: fc.array(pick(CAPABILITIES), { maxLength: 5 }) },
  { field: "backstop.obligation", value: pick(OBLIGATIONS) },
  { field: "monitoring", value: monitoringArb },
  { field: "monitoring.body", value: fc.constant("Mission") },
  { field: "monitoring.permanent", value: fc.boolean() },
  { field: "monitoring.tied_to_triggers", value: fc.boolean() },

  { field: "beneficiary_forces", value: forcesArb },
  { field: "beneficiary_forces.standing_army", value: count(1_200_000) },
  {
    field: "beneficiary_forces.size_cap",
    value: fc.option(count(1_000_000), { nil: null }),
    // A cap below the army restricts it: the army is scored at the cap, and the report says the file
    // contradicts itself (src/model/rules/self-defense-capacity.ts). Stating that restriction can lower the total.
    except: (p, _, v) =>
      typeof v === "number" &&
      ((p.beneficiary_forces as { standing_army?: number } | undefined)?.standing_army ?? 0) > v,
  },
  { field: "nato", value: pick(NATO_ORDER.flat()) },

  // The outcome block as a whole; its own fields are never scored (a test of the backtest proves it).
  { field: "outcome", value: outcomeArb },
];

// Facts that weaken: stating them never raises the total, and stating their harmless value
// (barred_by_law: false, an empty list, a force only both sides can end) equals leaving them out.
const WEAKENING: OptionalField[] = [
  { field: "guarantors[].acts_after", value: pick(NAMES) },
  { field: "guarantors[].barred_by_law", value: fc.boolean() },
  { field: "guarantors[].changed_since_signing", value: fc.array(pick(CHANGES), { maxLength: 2 }) },
  { field: "commitment.excludes", value: fc.array(fc.constantFrom("Crimea", "Donbas"), { maxLength: 2 }) },
  { field: "troops[].ended_by", value: pick(ENDED_BY) },
  { field: "monitoring.ended_by", value: pick(ENDED_BY) },
];

describe("monotonicity: stating a fact that weakens", () => {
  for (const f of WEAKENING) {
    it(`stating ${f.field} never raises the total`, () => {
      fc.assert(
        fc.property(
          fc.record({ p: proposalArb, value: f.value, elements: elementArb, n: fc.nat() }),
          ({ p, value, elements, n }) => {
            const withElement = ensureElement(p as Obj, f.field, elements);
            const path = expand(withElement, f.field)[n % expand(withElement, f.field).length]!;
            const before = setAt(withElement, path, undefined);
            expectOrdered("stating", path, setAt(before, path, value), before);
          },
        ),
        params,
      );
    });
  }

  it("stating the adversary's forces changes the yardstick; with them stated, more never raises the total (see strength orders)", () => {
    // Without them troops are rated on the fixed scale; with them, as a share: either can be higher.
    const base = {
      title: "t",
      beneficiary: "Ukraine",
      guarantors: [{ name: "United Kingdom" }],
      troops: [{ nation: "United Kingdom", count: 20_000, role: "deterrence" }],
    };
    expect(total({ ...base, adversary_forces: 20_000 }).score).toBeGreaterThan(total(base).score);
    expect(total({ ...base, adversary_forces: 2_000_000 }).score).toBeLessThan(total(base).score);
  });

  it("nato: not-applicable takes nato-path out: the total is the one with that criterion disabled", () => {
    const without = { ...config, disabled: ["nato-path"] };
    fc.assert(
      fc.property(proposalArb, (p) => {
        const parsed = proposalSchema.parse({ ...(p as Obj), nato: "not-applicable" });
        const score = (c: typeof config) =>
          evaluate({ ok: true, file: "g.yaml", id: "g", proposal: parsed, doc, lineCounter }, rules, c).score;
        expect(score(config)).toBe(score(without));
      }),
      params,
    );
  });
});

describe("monotonicity: stating a field that was left out", () => {
  it("covers every optional field of the format except guarantors[].role and inside outcome", () => {
    const listed = new Set([...OPTIONAL, ...WEAKENING].map((f) => f.field).concat("adversary_forces"));
    const walk = (shape: unknown, prefix: string): string[] => {
      const def = (shape as { _zod: { def: Record<string, unknown> } })._zod.def;
      if (def.type === "optional" || def.type === "nullable") return walk(def.innerType, prefix);
      if (def.type === "array") return walk(def.element, `${prefix}[]`);
      if (def.type !== "object") return [];
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, s]) => {
        const name = prefix ? `${prefix}.${k}` : k;
        const optional = (s as { _zod: { def: { type: string } } })._zod.def.type === "optional";
        return [...(optional ? [name] : []), ...walk(s, name)];
      });
    };
    const inOutcome = (f: string) => f.startsWith("outcome.");
    expect(walk(proposalSchema, "").filter((f) => !listed.has(f) && !inOutcome(f))).toEqual(["guarantors[].role"]);
  });

  for (const f of OPTIONAL) {
    it(`stating ${f.field} never lowers the total`, () => {
      fc.assert(
        fc.property(
          fc.record({ p: proposalArb, value: f.value, elements: elementArb, n: fc.nat() }),
          ({ p, value, elements, n }) => {
            const withElement = ensureElement(p as Obj, f.field, elements);
            const paths = expand(withElement, f.field);
            const path = paths[n % paths.length]!;
            const before = setAt(withElement, path, undefined);
            fc.pre(!f.except?.(before, path, value));
            expectOrdered("stating", path, before, setAt(before, path, value));
          },
        ),
        params,
      );
    });
  }

  it("the exception for `adversary`: naming a guarantor of unstated stance as the adversary can lower the total", () => {
    const before = {
      title: "t",
      beneficiary: "Ukraine",
      guarantors: [{ name: "Russia" }],
      commitment: { decision: "consensus", obligation: "respect" },
    };
    const after = { ...before, adversary: "Russia" };
    // Before: no-adversary-veto 0.5 of its weight, bound-individually all of it (one guarantor
    // bound on its own, to respect); nato-path counts, at 0; enforceable and clear-triggers add a
    // little for the obligation. After: Russia is the adversary, so consensus is a veto (knock-out,
    // 0) and no guarantor is bound (0).
    const w = (id: string) => rules.find((r) => r.meta.id === id)!.meta.weight;
    const sum = rules.reduce((n, r) => n + r.meta.weight, 0);
    const pointsOf = (p: Obj, id: string) => scoredFile(p).criteria.find((c) => c.id === id)!.points;
    expect(pointsOf(before, "no-adversary-veto")).toBeCloseTo((100 * 0.5 * w("no-adversary-veto")) / sum, 1);
    expect(pointsOf(before, "bound-individually")).toBeCloseTo((100 * w("bound-individually")) / sum, 1);
    expect(total(before).score).toBeGreaterThan(0);
    expect(total(after).score).toBeLessThan(total(before).score);
    expect(pointsOf(after, "bound-individually")).toBe(0);
  });
});
