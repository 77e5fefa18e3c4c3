// The acceptability settings: weights, disabled items, quadrant thresholds. Configured in the
// `acceptability:` block of .guarantee-score.yaml, validated like the rest (zod/mini: start-up path).
import * as z from "zod/mini";
import { items as registry } from "../model/acceptability/index.js";
import type { AcceptabilityItem, Thresholds } from "./acceptability-types.js";

export interface AcceptabilityConfig {
  weights: Readonly<Record<string, number>>;
  disabled: readonly string[];
  thresholds: Thresholds;
}

/** Credible from the first tier that calls itself a guarantee (partial guarantee, 40); rejected from half. */
export const DEFAULT_THRESHOLDS: Thresholds = { credible: 40, rejected: 50 };

export function defaultAcceptabilityConfig(items: readonly AcceptabilityItem[] = registry): AcceptabilityConfig {
  return {
    weights: Object.fromEntries(items.map((i) => [i.meta.id, i.meta.weight])),
    disabled: [],
    thresholds: DEFAULT_THRESHOLDS,
  };
}

const percent = z.number().check(z.gte(0), z.lte(100));

/** The `acceptability:` block of the configuration file. */
export function acceptabilitySchema(ids: readonly string[] = registry.map((i) => i.meta.id)) {
  const names = ids as [string, ...string[]];
  return z.strictObject({
    weights: z.optional(
      z.strictObject(Object.fromEntries(ids.map((id) => [id, z.optional(z.number().check(z.positive()))]))),
    ),
    disable: z.optional(
      z
        .array(z.enum(names))
        .check(z.refine((d) => new Set(d).size < ids.length, "expected at least one acceptability item left enabled")),
    ),
    thresholds: z.optional(z.strictObject({ credible: z.optional(percent), rejected: z.optional(percent) })),
  });
}

export type AcceptabilityFile = z.infer<ReturnType<typeof acceptabilitySchema>>;

export function toAcceptabilityConfig(
  c: AcceptabilityFile | undefined,
  items: readonly AcceptabilityItem[] = registry,
): AcceptabilityConfig {
  const base = defaultAcceptabilityConfig(items);
  if (!c) return base;
  const weights = { ...base.weights };
  for (const [id, w] of Object.entries(c.weights ?? {})) if (w !== undefined) weights[id] = w;
  return {
    weights,
    disabled: [...new Set(c.disable ?? [])].sort(),
    thresholds: {
      credible: c.thresholds?.credible ?? DEFAULT_THRESHOLDS.credible,
      rejected: c.thresholds?.rejected ?? DEFAULT_THRESHOLDS.rejected,
    },
  };
}

/** What differs from the defaults, in words, so every report can say so. */
export function describeAcceptabilityChanges(
  config: AcceptabilityConfig | undefined,
  items: readonly AcceptabilityItem[] = registry,
): string[] {
  if (!config) return [];
  const out: string[] = [];
  for (const i of items) {
    const w = config.weights[i.meta.id];
    if (w !== undefined && w !== i.meta.weight)
      out.push(`acceptability weight of ${i.meta.id} ${i.meta.weight} → ${w}`);
  }
  if (config.disabled.length) out.push(`acceptability items disabled: ${config.disabled.join(", ")}`);
  const t = config.thresholds;
  if (t.credible !== DEFAULT_THRESHOLDS.credible)
    out.push(`credible from ${DEFAULT_THRESHOLDS.credible} → ${t.credible}`);
  if (t.rejected !== DEFAULT_THRESHOLDS.rejected)
    out.push(`rejected from ${DEFAULT_THRESHOLDS.rejected} → ${t.rejected}`);
  return out;
}
