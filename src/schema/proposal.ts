// The proposal file format, version 1 (see docs/proposal-format.md).
// This schema is the single source of truth: the TypeScript type and the
// published JSON Schema are both derived from it.
// zod/mini, not classic zod: the same schemas and issues, but it loads in a fraction
// of the time, and start-up is most of a one-file run (bench/README.md).
import * as z from "zod/mini";

// Ordered weakest → strongest where the order carries meaning; rules rely on it.
export const STAGES = ["draft", "proposed", "signed", "in-force", "lapsed", "violated"] as const;
export type Stage = (typeof STAGES)[number];
export const ROLES = ["lead", "member", "backstop", "mediator"] as const;
export const STANCES = ["aligned", "neutral", "adversary"] as const;
export const RATIFICATIONS = ["none", "signed", "executive", "ratified"] as const;
export const FORMS = [
  "treaty",
  "executive-agreement",
  "political-declaration",
  "memorandum",
  "alliance-membership",
] as const;
export const OBLIGATIONS = ["none", "respect", "consult", "assist", "defend"] as const;
export const DECISIONS = ["unilateral", "majority", "consensus", "consensus-with-adversary"] as const;
export const CONSEQUENCE_KINDS = ["military", "sanctions", "aid-surge", "economic", "diplomatic"] as const;
export const PUBLICITY = ["public", "partly-secret", "secret"] as const;
export const TROOP_ROLES = ["deterrence", "tripwire", "air-defense", "training", "peacekeeping", "monitoring"] as const;
export const CAPABILITIES = [
  "air-power",
  "isr",
  "intelligence",
  "air-defense",
  "logistics",
  "naval",
  "nuclear",
] as const;
// not-applicable: a beneficiary for which NATO membership is not in question (outside the treaty area).
export const NATO = ["none", "path", "member", "not-applicable"] as const;
// A guarantor's military power set against the adversary's, and how its forces could reach the beneficiary.
export const POWERS = ["stronger", "comparable", "weaker", "much-weaker"] as const;
export const REACHES = ["present", "near", "distant", "none"] as const;
// What had changed in a guarantor since it signed, on the eve of the test (Leeds 2003).
export const CHANGES = ["regime", "power", "alignment"] as const;
// Who can make a deployed force or mission leave: the host alone, the adversary alone, either
// of them alone, only both together, or only the states or body that sent it.
export const ENDED_BY = ["host", "adversary", "either", "both", "sender"] as const;
export const RESULTS = ["held", "failed"] as const;

const text = z.string().check(z.trim(), z.minLength(1, "expected non-empty text"));
const date = z.iso.date();
const count = z.int().check(z.nonnegative());
const amount = z.number().check(z.nonnegative());

export const sourceSchema = z.strictObject({
  title: text,
  author: z.optional(text),
  date: z.optional(date),
  url: z.optional(text),
});

export const guarantorSchema = z.strictObject({
  name: text,
  role: z.optional(z.enum(ROLES)),
  stance: z.optional(z.enum(STANCES)),
  ratification: z.optional(z.enum(RATIFICATIONS)),
  nuclear: z.optional(z.boolean()),
  power: z.optional(z.enum(POWERS)),
  reach: z.optional(z.enum(REACHES)),
  // The name of another guarantor that must act first: this one is bound only after it.
  acts_after: z.optional(text),
  // Its own law forbids it to carry out the promise (a statute, a constitution).
  barred_by_law: z.optional(z.boolean()),
  changed_since_signing: z.optional(z.array(z.enum(CHANGES))),
});

export const commitmentSchema = z.strictObject({
  form: z.optional(z.enum(FORMS)),
  obligation: z.optional(z.enum(OBLIGATIONS)),
  triggers: z.optional(z.array(text)),
  // The text names the state, or the attack, it is meant against (a specific threat).
  names_threat: z.optional(z.boolean()),
  // Parts of the beneficiary's territory the commitment does not cover.
  excludes: z.optional(z.array(text)),
  response_hours: z.optional(amount),
  decision: z.optional(z.enum(DECISIONS)),
  duration_years: z.optional(z.number().check(z.positive())),
  indefinite: z.optional(z.boolean()),
  withdrawal: z.optional(
    z.strictObject({
      notice_months: z.optional(amount),
      needs_legislature: z.optional(z.boolean()),
    }),
  ),
});

export const consequenceSchema = z.strictObject({
  kind: z.enum(CONSEQUENCE_KINDS),
  automatic: z.optional(z.boolean()),
  detail: z.optional(text),
});

export const enforcementSchema = z.strictObject({
  consequences: z.optional(z.array(consequenceSchema)),
  snapback: z.optional(z.boolean()),
});

export const aidSchema = z.strictObject({
  military: z.optional(
    z.strictObject({
      committed: z.optional(z.boolean()),
      multi_year: z.optional(z.boolean()),
      annual_usd_bn: z.optional(amount),
      specific_items: z.optional(z.array(text)),
      escalates_on_aggression: z.optional(z.boolean()),
    }),
  ),
  defense_industry: z.optional(z.boolean()),
  economic: z.optional(z.boolean()),
});

export const troopSchema = z.strictObject({
  nation: text,
  count: z.optional(count),
  role: z.optional(z.enum(TROOP_ROLES)),
  location: z.optional(text),
  ended_by: z.optional(z.enum(ENDED_BY)),
});

export const backstopSchema = z.strictObject({
  provider: z.optional(text),
  capabilities: z.optional(z.array(z.enum(CAPABILITIES))),
  obligation: z.optional(z.enum(OBLIGATIONS)),
});

export const monitoringSchema = z.strictObject({
  body: z.optional(text),
  permanent: z.optional(z.boolean()),
  tied_to_triggers: z.optional(z.boolean()),
  ended_by: z.optional(z.enum(ENDED_BY)),
});

export const beneficiaryForcesSchema = z.strictObject({
  standing_army: z.optional(count),
  // null is meaningful here: "the arrangement imposes no cap".
  size_cap: z.optional(z.nullable(count)),
});

// What happened when the arrangement was tested. Never read by any criterion: it is what the
// backtest holds the score against (docs/proposal-format.md defines held and failed).
export const outcomeSchema = z.strictObject({
  result: z.enum(RESULTS),
  event: z.optional(text),
  date: z.optional(date),
  sources: z.optional(z.array(sourceSchema)),
});

export const proposalSchema = z.strictObject({
  format: z.optional(z.literal(1)),
  id: z.optional(
    z
      .string()
      .check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, "expected a slug of lower-case letters, digits, '.', '_' or '-'")),
  ),
  title: text,
  date: z.optional(date),
  stage: z.optional(z.enum(STAGES)),
  beneficiary: text,
  adversary: z.optional(text),
  summary: z.optional(text),
  sources: z.optional(z.array(sourceSchema)),
  guarantors: z.array(guarantorSchema).check(z.minLength(1, "expected at least one guarantor")),
  commitment: z.optional(commitmentSchema),
  enforcement: z.optional(enforcementSchema),
  publicity: z.optional(z.enum(PUBLICITY)),
  aid: z.optional(aidSchema),
  troops: z.optional(z.array(troopSchema)),
  backstop: z.optional(backstopSchema),
  monitoring: z.optional(monitoringSchema),
  beneficiary_forces: z.optional(beneficiaryForcesSchema),
  nato: z.optional(z.enum(NATO)),
  // Soldiers the adversary can bring against the beneficiary: its forces in or near the theatre.
  adversary_forces: z.optional(count),
  outcome: z.optional(outcomeSchema),
});

export type Proposal = z.infer<typeof proposalSchema>;
export type Guarantor = z.infer<typeof guarantorSchema>;
export type Troop = z.infer<typeof troopSchema>;
export type Obligation = (typeof OBLIGATIONS)[number];
