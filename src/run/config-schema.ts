// The configuration file (.guarantee-score.yaml), validated like a proposal (zod/mini: the
// start-up path). Criteria and acceptability items are weighted and disabled alike.
import * as z from "zod/mini";

const text = z.string().check(z.trim(), z.minLength(1, "expected non-empty text"));
const percent = z.number().check(z.gte(0), z.lte(100));

/** `weights:` and `disable:` for one registry; at least one entry must stay enabled. */
function selection(ids: readonly string[], what: string) {
  const names = ids as [string, ...string[]];
  return {
    weights: z.optional(
      z.strictObject(Object.fromEntries(ids.map((id) => [id, z.optional(z.number().check(z.positive()))]))),
    ),
    disable: z.optional(
      z
        .array(z.enum(names))
        .check(z.refine((d) => new Set(d).size < ids.length, `expected at least one ${what} left enabled`)),
    ),
  };
}

export function configSchema(ruleIds: readonly string[], itemIds: readonly string[]) {
  const gateIds: [string, ...string[]] = ["knockout", ...ruleIds];
  return z.strictObject({
    ...selection(ruleIds, "criterion"),
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
    acceptability: z.optional(
      z.strictObject({
        ...selection(itemIds, "acceptability item"),
        thresholds: z.optional(z.strictObject({ credible: z.optional(percent), rejected: z.optional(percent) })),
      }),
    ),
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
