// Property: strengthening any single field never lowers the total, and weakening never
// raises it; stating a field the proposal left out never lowers it (absence is never
// rewarded). Checked over many generated proposals with fast-check.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/engine/config.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { rules } from "../../src/rules/index.js";
import { proposalSchema, type Proposal } from "../../src/schema/proposal.js";
import { LineCounter, parseDocument } from "yaml";

const config = defaultConfig(rules);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const pick = <T extends string>(xs: readonly T[]) => fc.constantFrom(...xs);

const OBLIGATIONS = ["none", "respect", "consult", "assist", "defend"] as const;
const RATIFICATIONS = ["none", "signed", "executive", "ratified"] as const;
const STANCES = ["adversary", "neutral", "aligned"] as const;
const DECISIONS = ["consensus-with-adversary", "consensus", "majority", "unilateral"] as const;
const PUBLICITY = ["secret", "partly-secret", "public"] as const;
const NATO = ["none", "path", "member"] as const;
const TROOP_ROLES = ["monitoring", "training", "peacekeeping", "air-defense", "tripwire", "deterrence"] as const;
const CAPS = ["air-power", "isr", "intelligence", "air-defense", "logistics", "naval", "nuclear"] as const;
const FORM_RANK = { memorandum: 0, "political-declaration": 0, "executive-agreement": 1, treaty: 2, "alliance-membership": 2 } as const;

const guarantor = fc.record({
  name: pick(["United Kingdom", "France", "Poland", "United States", "Russia", "China"]),
  role: opt(pick(["lead", "member", "backstop", "mediator"] as const)),
  stance: opt(pick(STANCES)),
  ratification: opt(pick(RATIFICATIONS)),
});

const proposalArb = fc.record({
  title: fc.constant("Generated"),
  beneficiary: fc.constant("Ukraine"),
  adversary: opt(fc.constant("Russia")),
  guarantors: fc.array(guarantor, { minLength: 1, maxLength: 4 }),
  publicity: opt(pick(PUBLICITY)),
  nato: opt(pick(NATO)),
  commitment: opt(
    fc.record({
      form: opt(pick(Object.keys(FORM_RANK) as (keyof typeof FORM_RANK)[])),
      obligation: opt(pick(OBLIGATIONS)),
      triggers: opt(fc.array(fc.constantFrom("armed attack", "blockade"), { maxLength: 2 })),
      response_hours: opt(fc.integer({ min: 1, max: 2000 })),
      decision: opt(pick(DECISIONS)),
      duration_years: opt(fc.integer({ min: 1, max: 50 })),
      indefinite: opt(fc.boolean()),
      withdrawal: opt(fc.record({ notice_months: opt(fc.integer({ min: 0, max: 36 })), needs_legislature: opt(fc.boolean()) })),
    }),
  ),
  enforcement: opt(
    fc.record({
      consequences: opt(fc.array(fc.record({ kind: pick(["military", "sanctions", "aid-surge", "economic", "diplomatic"] as const), automatic: opt(fc.boolean()) }), { maxLength: 2 })),
      snapback: opt(fc.boolean()),
    }),
  ),
  aid: opt(
    fc.record({
      military: opt(
        fc.record({
          committed: opt(fc.boolean()),
          multi_year: opt(fc.boolean()),
          annual_usd_bn: opt(fc.integer({ min: 0, max: 40 })),
          specific_items: opt(fc.array(fc.constantFrom("F-16", "Abrams", "howitzers"), { maxLength: 4 })),
          escalates_on_aggression: opt(fc.boolean()),
        }),
      ),
      defense_industry: opt(fc.boolean()),
      economic: opt(fc.boolean()),
    }),
  ),
  troops: opt(fc.array(fc.record({ nation: pick(["United Kingdom", "France", "Poland"]), count: opt(fc.integer({ min: 0, max: 400000 })), role: opt(pick(TROOP_ROLES)) }), { maxLength: 3 })),
  backstop: opt(fc.record({ provider: opt(fc.constant("United States")), capabilities: opt(fc.uniqueArray(pick(CAPS), { maxLength: 4 })), obligation: opt(pick(OBLIGATIONS)) })),
  monitoring: opt(fc.record({ body: opt(fc.constant("Mission")), permanent: opt(fc.boolean()), tied_to_triggers: opt(fc.boolean()) })),
  beneficiary_forces: opt(fc.record({ standing_army: opt(fc.integer({ min: 0, max: 1_000_000 })), size_cap: opt(fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null })) })),
});

// Drop undefined keys so the schema sees "absent", as a YAML file would.
const strip = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(strip) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, strip(x)])) : v;

function total(p: unknown): { score: number; uncapped: number } {
  const proposal = proposalSchema.parse(strip(p)) as Proposal;
  const lc = new LineCounter();
  const doc = parseDocument("{}", { lineCounter: lc });
  const r = evaluate({ ok: true, file: "p.yaml", id: "p", proposal, doc, lineCounter: lc }, rules, config);
  return { score: r.score, uncapped: r.criteria.reduce((n, c) => n + c.points, 0) };
}

// Mutations work on plain generated objects; the schema checks every result.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type P = Record<string, any>;
const clone = <T>(x: T): T => structuredClone(x);
const next = <T>(order: readonly T[], v: T | undefined) => (v === undefined ? undefined : order[order.indexOf(v) + 1]);

/** One step stronger on one field, or undefined when that field is already at its strongest or absent. */
const strengthen: Record<string, (p: any) => any> = {
  obligation: (p) => p.commitment?.obligation && next(OBLIGATIONS, p.commitment.obligation) && ((p = clone(p)), (p.commitment.obligation = next(OBLIGATIONS, p.commitment.obligation)), p),
  backstopObligation: (p) => p.backstop?.obligation && next(OBLIGATIONS, p.backstop.obligation) && ((p = clone(p)), (p.backstop.obligation = next(OBLIGATIONS, p.backstop.obligation)), p),
  ratification: (p) => {
    const i = p.guarantors.findIndex((g: any) => g.ratification && next(RATIFICATIONS, g.ratification));
    if (i < 0) return undefined;
    p = clone(p);
    p.guarantors[i].ratification = next(RATIFICATIONS, p.guarantors[i].ratification);
    return p;
  },
  stance: (p) => {
    const i = p.guarantors.findIndex((g: any) => g.stance && next(STANCES, g.stance));
    if (i < 0) return undefined;
    p = clone(p);
    p.guarantors[i].stance = next(STANCES, p.guarantors[i].stance);
    return p;
  },
  decision: (p) => p.commitment?.decision && next(DECISIONS, p.commitment.decision) && ((p = clone(p)), (p.commitment.decision = next(DECISIONS, p.commitment.decision)), p),
  publicity: (p) => p.publicity && next(PUBLICITY, p.publicity) && { ...p, publicity: next(PUBLICITY, p.publicity) },
  nato: (p) => p.nato && next(NATO, p.nato) && { ...p, nato: next(NATO, p.nato) },
  form: (p) => {
    const f = p.commitment?.form as keyof typeof FORM_RANK | undefined;
    const stronger = f && (Object.keys(FORM_RANK) as (keyof typeof FORM_RANK)[]).find((x) => FORM_RANK[x] === FORM_RANK[f] + 1);
    return stronger && ((p = clone(p)), (p.commitment.form = stronger), p);
  },
  troopRole: (p) => {
    const i = (p.troops ?? []).findIndex((t: any) => t.role && next(TROOP_ROLES, t.role));
    return i >= 0 ? ((p = clone(p)), (p.troops[i].role = next(TROOP_ROLES, p.troops[i].role)), p) : undefined;
  },
  troopCount: (p) => (p.troops?.length && p.troops[0].count !== undefined ? ((p = clone(p)), (p.troops[0].count += 5000), p) : undefined),
  addTroops: (p) => ({ ...clone(p), troops: [...(p.troops ?? []), { nation: "Poland", count: 2000, role: "tripwire" }] }),
  addTrigger: (p) => ((p = clone(p)), (p.commitment = { ...(p.commitment ?? {}), triggers: [...(p.commitment?.triggers ?? []), "cyber attack"] }), p),
  addConsequence: (p) => ((p = clone(p)), (p.enforcement = { ...(p.enforcement ?? {}), consequences: [...(p.enforcement?.consequences ?? []), { kind: "sanctions" }] }), p),
  addCapability: (p) => {
    const missing = CAPS.find((c) => !(p.backstop?.capabilities ?? []).includes(c));
    return p.backstop && missing ? ((p = clone(p)), (p.backstop.capabilities = [...(p.backstop.capabilities ?? []), missing]), p) : undefined;
  },
  faster: (p) => (p.commitment?.response_hours > 1 ? ((p = clone(p)), (p.commitment.response_hours = Math.floor(p.commitment.response_hours / 2)), p) : undefined),
  longer: (p) => (p.commitment?.duration_years ? ((p = clone(p)), (p.commitment.duration_years += 5), p) : undefined),
  notice: (p) => (p.commitment?.withdrawal?.notice_months !== undefined ? ((p = clone(p)), (p.commitment.withdrawal.notice_months += 3), p) : undefined),
  army: (p) => (p.beneficiary_forces?.standing_army !== undefined ? ((p = clone(p)), (p.beneficiary_forces.standing_army += 50000), p) : undefined),
  cap: (p) => {
    const c = p.beneficiary_forces?.size_cap;
    if (c === undefined || c === null) return undefined;
    p = clone(p);
    p.beneficiary_forces.size_cap = c > 900000 ? null : c + 50000;
    return p;
  },
  amount: (p) => (p.aid?.military?.annual_usd_bn !== undefined ? ((p = clone(p)), (p.aid.military.annual_usd_bn += 5), p) : undefined),
  flagsTrue: (p) => {
    p = clone(p);
    const flags: [any, string][] = [
      [p.commitment, "indefinite"],
      [p.commitment?.withdrawal, "needs_legislature"],
      [p.enforcement, "snapback"],
      [p.aid?.military, "committed"],
      [p.aid?.military, "multi_year"],
      [p.aid?.military, "escalates_on_aggression"],
      [p.aid, "defense_industry"],
      [p.aid, "economic"],
      [p.monitoring, "permanent"],
      [p.monitoring, "tied_to_triggers"],
    ];
    const f = flags.find(([o, k]) => o && o[k] === false);
    if (!f) return undefined;
    f[0][f[1]] = true;
    return p;
  },
};

describe("monotonicity", () => {
  for (const [field, step] of Object.entries(strengthen)) {
    it(`strengthening ${field} never lowers the total, and weakening it never raises it`, () => {
      fc.assert(
        fc.property(proposalArb, (p) => {
          const stronger = step(p as P);
          if (!stronger) return;
          const [a, b] = [total(p), total(stronger)];
          // Read both ways: p → stronger is a strengthening, stronger → p a weakening.
          expect(b.score, `${field}: ${JSON.stringify(strip(p))} → ${JSON.stringify(strip(stronger))}`).toBeGreaterThanOrEqual(a.score);
          expect(b.uncapped + 1e-6, `${field} (before the cap)`).toBeGreaterThanOrEqual(a.uncapped);
        }),
        { numRuns: 150, seed: 20261125 },
      );
    });
  }

  // Absence scores as the weakest answer: stating any value of an absent field never
  // lowers the total. The one exception, documented in explain no-adversary-veto:
  // an unstated stance is not assumed to be the adversary's.
  const states: Record<string, (p: any) => any[]> = {
    obligation: (p) => (p.commitment?.obligation ? [] : OBLIGATIONS.map((o) => ({ ...clone(p), commitment: { ...(p.commitment ?? {}), obligation: o } }))),
    decision: (p) => (p.commitment?.decision ? [] : DECISIONS.map((d) => ({ ...clone(p), commitment: { ...(p.commitment ?? {}), decision: d } }))),
    publicity: (p) => (p.publicity ? [] : PUBLICITY.map((x) => ({ ...clone(p), publicity: x }))),
    nato: (p) => (p.nato ? [] : NATO.map((x) => ({ ...clone(p), nato: x }))),
    ratification: (p) => (p.guarantors[0].ratification ? [] : RATIFICATIONS.map((x) => ((p = clone(p)), (p.guarantors[0].ratification = x), p))),
    stance: (p) => (p.guarantors[0].stance ? [] : (["neutral", "aligned"] as const).map((x) => ((p = clone(p)), (p.guarantors[0].stance = x), p))),
    troopRole: (p) => (p.troops?.length && !p.troops[0].role ? TROOP_ROLES.map((x) => ((p = clone(p)), (p.troops[0].role = x), p)) : []),
    troopCount: (p) => (p.troops?.length && p.troops[0].count === undefined ? [0, 1000, 50000].map((x) => ((p = clone(p)), (p.troops[0].count = x), p)) : []),
    sizeCap: (p) => (p.beneficiary_forces?.size_cap === undefined ? [0, 85000, null].map((x) => ({ ...clone(p), beneficiary_forces: { ...(p.beneficiary_forces ?? {}), size_cap: x } })) : []),
  };
  for (const [field, fill] of Object.entries(states)) {
    it(`stating ${field} where it was left out never lowers the total`, () => {
      fc.assert(
        fc.property(proposalArb, (p) => {
          const before = total(p).score;
          for (const stated of fill(p as P)) expect(total(stated).score, `${field}: ${JSON.stringify(strip(stated))}`).toBeGreaterThanOrEqual(before);
        }),
        { numRuns: 100, seed: 20261125 },
      );
    });
  }
});
