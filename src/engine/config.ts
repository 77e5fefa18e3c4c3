// The scoring settings the engine runs with: weights, disabled criteria, tiers, knock-out cap.
import type { Rule } from "../model/kernel.js";

export interface Tier {
  /** Lowest total (inclusive) that reaches this tier. */
  min: number;
  name: string;
}

export interface ScoringConfig {
  weights: Readonly<Record<string, number>>;
  disabled: readonly string[];
  /** Sorted from the highest `min` down; the last has min 0. */
  tiers: readonly Tier[];
  knockoutCap: number;
  /** Where the settings came from, when not the defaults. */
  file?: string;
}

export const DEFAULT_TIERS: readonly Tier[] = [
  { min: 80, name: "alliance-grade" },
  { min: 60, name: "strong guarantee" },
  { min: 40, name: "partial guarantee" },
  { min: 20, name: "weak assurance" },
  { min: 0, name: "paper assurance" },
];

export const DEFAULT_KNOCKOUT_CAP = 25;

export function defaultConfig(rules: readonly Rule[]): ScoringConfig {
  return {
    weights: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.weight])),
    disabled: [],
    tiers: DEFAULT_TIERS,
    knockoutCap: DEFAULT_KNOCKOUT_CAP,
  };
}

/** What differs from the defaults, in words, so every report can say so. */
export function describeChanges(config: ScoringConfig, rules: readonly Rule[]): string[] {
  const out: string[] = [];
  for (const r of rules) {
    const w = config.weights[r.meta.id];
    if (w !== undefined && w !== r.meta.weight) out.push(`weight of ${r.meta.id} ${r.meta.weight} → ${w}`);
  }
  if (config.disabled.length) out.push(`disabled: ${config.disabled.join(", ")}`);
  if (JSON.stringify(config.tiers) !== JSON.stringify(DEFAULT_TIERS))
    out.push(`tiers: ${config.tiers.map((t) => `${t.name} ≥ ${t.min}`).join(", ")}`);
  if (config.knockoutCap !== DEFAULT_KNOCKOUT_CAP)
    out.push(`knock-out cap ${DEFAULT_KNOCKOUT_CAP} → ${config.knockoutCap}`);
  return out;
}

export const tierFor = (score: number, tiers: readonly Tier[]) =>
  (tiers.find((t) => score >= t.min) ?? tiers.at(-1)!).name;
