// The proposal file format, version 1 (see docs/proposal-format.md).
// This schema is the single source of truth: the TypeScript type and the
// published JSON Schema are both derived from it.
import * as z from "zod";

// Ordered weakest → strongest where the order carries meaning; rules rely on it.
export const STAGES = ["draft", "proposed", "signed", "in-force", "lapsed", "violated"] as const;
export const ROLES = ["lead", "member", "backstop", "mediator"] as const;
export const STANCES = ["aligned", "neutral", "adversary"] as const;
export const RATIFICATIONS = ["none", "signed", "executive", "ratified"] as const;
export const FORMS = ["treaty", "executive-agreement", "political-declaration", "memorandum", "alliance-membership"] as const;
export const OBLIGATIONS = ["none", "respect", "consult", "assist", "defend"] as const;
export const DECISIONS = ["unilateral", "majority", "consensus", "consensus-with-adversary"] as const;
export const CONSEQUENCE_KINDS = ["military", "sanctions", "aid-surge", "economic", "diplomatic"] as const;
export const PUBLICITY = ["public", "partly-secret", "secret"] as const;
export const TROOP_ROLES = ["deterrence", "tripwire", "air-defense", "training", "peacekeeping", "monitoring"] as const;
export const CAPABILITIES = ["air-power", "isr", "intelligence", "air-defense", "logistics", "naval", "nuclear"] as const;
export const NATO = ["none", "path", "member"] as const;

const text = z.string().trim().min(1, "expected non-empty text");
const date = z.iso.date();
const count = z.int().nonnegative();
const amount = z.number().nonnegative();

export const sourceSchema = z.strictObject({
  title: text,
  author: text.optional(),
  date: date.optional(),
  url: text.optional(),
});

export const guarantorSchema = z.strictObject({
  name: text,
  role: z.enum(ROLES).optional(),
  stance: z.enum(STANCES).optional(),
  ratification: z.enum(RATIFICATIONS).optional(),
  nuclear: z.boolean().optional(),
});

export const commitmentSchema = z.strictObject({
  form: z.enum(FORMS).optional(),
  obligation: z.enum(OBLIGATIONS).optional(),
  triggers: z.array(text).optional(),
  response_hours: amount.optional(),
  decision: z.enum(DECISIONS).optional(),
  duration_years: z.number().positive().optional(),
  indefinite: z.boolean().optional(),
  withdrawal: z
    .strictObject({
      notice_months: amount.optional(),
      needs_legislature: z.boolean().optional(),
    })
    .optional(),
});

export const consequenceSchema = z.strictObject({
  kind: z.enum(CONSEQUENCE_KINDS),
  automatic: z.boolean().optional(),
  detail: text.optional(),
});

export const enforcementSchema = z.strictObject({
  consequences: z.array(consequenceSchema).optional(),
  snapback: z.boolean().optional(),
});

export const aidSchema = z.strictObject({
  military: z
    .strictObject({
      committed: z.boolean().optional(),
      multi_year: z.boolean().optional(),
      annual_usd_bn: amount.optional(),
      specific_items: z.array(text).optional(),
      escalates_on_aggression: z.boolean().optional(),
    })
    .optional(),
  defense_industry: z.boolean().optional(),
  economic: z.boolean().optional(),
});

export const troopSchema = z.strictObject({
  nation: text,
  count: count.optional(),
  role: z.enum(TROOP_ROLES).optional(),
  location: text.optional(),
});

export const backstopSchema = z.strictObject({
  provider: text.optional(),
  capabilities: z.array(z.enum(CAPABILITIES)).optional(),
  obligation: z.enum(OBLIGATIONS).optional(),
});

export const monitoringSchema = z.strictObject({
  body: text.optional(),
  permanent: z.boolean().optional(),
  tied_to_triggers: z.boolean().optional(),
});

export const beneficiaryForcesSchema = z.strictObject({
  standing_army: count.optional(),
  // null is meaningful here: "the arrangement imposes no cap".
  size_cap: count.nullable().optional(),
});

export const proposalSchema = z.strictObject({
  format: z.literal(1).optional(),
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, "expected a slug of lower-case letters, digits, '.', '_' or '-'")
    .optional(),
  title: text,
  date: date.optional(),
  stage: z.enum(STAGES).optional(),
  beneficiary: text,
  adversary: text.optional(),
  summary: text.optional(),
  sources: z.array(sourceSchema).optional(),
  guarantors: z.array(guarantorSchema).min(1, "expected at least one guarantor"),
  commitment: commitmentSchema.optional(),
  enforcement: enforcementSchema.optional(),
  publicity: z.enum(PUBLICITY).optional(),
  aid: aidSchema.optional(),
  troops: z.array(troopSchema).optional(),
  backstop: backstopSchema.optional(),
  monitoring: monitoringSchema.optional(),
  beneficiary_forces: beneficiaryForcesSchema.optional(),
  nato: z.enum(NATO).optional(),
});

export type Proposal = z.infer<typeof proposalSchema>;
export type Guarantor = z.infer<typeof guarantorSchema>;
export type Troop = z.infer<typeof troopSchema>;
export type Obligation = (typeof OBLIGATIONS)[number];
