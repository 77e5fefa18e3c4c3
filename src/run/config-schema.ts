// The configuration file (.guarantee-score.yaml), validated like a proposal.
import * as z from "zod/mini";
import { acceptabilitySchema } from "../analysis/acceptability-config.js";

const text = z.string().check(z.trim(), z.minLength(1, "expected non-empty text"));
const percent = z.number().check(z.gte(0), z.lte(100));

export function configSchema(ruleIds: readonly string[]) {
  const ids = ruleIds as [string, ...string[]];
  const gateIds: [string, ...string[]] = ["knockout", ...ruleIds];
  return z.strictObject({
    weights: z.optional(
      z.strictObject(Object.fromEntries(ruleIds.map((id) => [id, z.optional(z.number().check(z.positive()))]))),
    ),
    disable: z.optional(
      z
        .array(z.enum(ids))
        .check(z.refine((d) => new Set(d).size < ids.length, "expected at least one criterion left enabled")),
    ),
    tiers: z.optional(
      z.array(z.strictObject({ min: percent, name: text })).check(
        z.minLength(1),
        z.refine((ts) => ts.some((t) => t.min === 0), "expected one tier with min 0, so every total has a tier"),
      ),
    ),
    knockout_cap: z.optional(percent),
    gates: z.optional(
      z.strictObject({
        min_score: z.optional(percent),
        fail_on: z.optional(z.array(z.enum(gateIds))),
      }),
    ),
    acceptability: z.optional(acceptabilitySchema()),
    waivers: z.optional(
      z.array(
        z.strictObject({
          rule: z.enum([...gateIds, "min-score"]),
          file: text,
          reason: text,
          owner: text,
          expires: z.iso.date(),
        }),
      ),
    ),
  });
}

export type ConfigFile = z.infer<ReturnType<typeof configSchema>>;
export type Waiver = NonNullable<ConfigFile["waivers"]>[number];
