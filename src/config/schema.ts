// The configuration file (.guarantee-score.yaml), validated like a proposal.
import * as z from "zod";

const text = z.string().trim().min(1, "expected non-empty text");

export function configSchema(ruleIds: readonly string[]) {
  const ids = ruleIds as [string, ...string[]];
  const gateIds: [string, ...string[]] = ["knockout", ...ruleIds];
  return z.strictObject({
    weights: z.strictObject(Object.fromEntries(ruleIds.map((id) => [id, z.number().positive().optional()]))).optional(),
    disable: z.array(z.enum(ids)).optional(),
    tiers: z
      .array(z.strictObject({ min: z.number().min(0).max(100), name: text }))
      .min(1)
      .refine((ts) => ts.some((t) => t.min === 0), "expected one tier with min 0, so every total has a tier")
      .optional(),
    knockout_cap: z.number().min(0).max(100).optional(),
    gates: z
      .strictObject({
        min_score: z.number().min(0).max(100).optional(),
        fail_on: z.array(z.enum(gateIds)).optional(),
      })
      .optional(),
    waivers: z
      .array(
        z.strictObject({
          rule: z.enum([...gateIds, "min-score"]),
          file: text,
          reason: text,
          owner: text,
          expires: z.iso.date(),
        }),
      )
      .optional(),
  });
}

export type ConfigFile = z.infer<ReturnType<typeof configSchema>>;
export type Waiver = NonNullable<ConfigFile["waivers"]>[number];
