// The scoring settings the engine runs with: weights, disabled criteria, tiers, knock-out cap.
import { defaultSelection, describeSelection, type Rule, type Selection } from "../model/kernel.js";

export interface Tier {
  /** Lowest total (inclusive) that reaches this tier. */
  min: number;
  name: string;
}

/** The criteria's weights and disabled ones (the kernel's Selection), then tiers and the cap. */
export interface ScoringConfig extends Selection {
  /** Sorted from the highest `min` down; the last has min 0. */
  tiers: readonly Tier[];
  knockoutCap: number;
}

// The names grade the terms a text sets, not whether it will hold: defence pacts invoked in war were
// honoured about half the time (Berkemeier & Fuhrmann 2018), so no name promises more than that.
export const DEFAULT_TIERS: readonly Tier[] = [
  { min: 80, name: "strongest terms" },
  { min: 60, name: "strong terms" },
  { min: 40, name: "partial terms" },
  { min: 20, name: "weak terms" },
  { min: 0, name: "paper assurance" },
];

export const DEFAULT_KNOCKOUT_CAP = 25;

export function defaultConfig(rules: readonly Rule[]): ScoringConfig {
  return { ...defaultSelection(rules), tiers: DEFAULT_TIERS, knockoutCap: DEFAULT_KNOCKOUT_CAP };
}

/** What differs from the defaults, in words, so every report can say so. */
export function describeChanges(config: ScoringConfig, rules: readonly Rule[]): string[] {
  const out = describeSelection(rules, config, { weight: "weight of", disabled: "disabled" });
  if (JSON.stringify(config.tiers) !== JSON.stringify(DEFAULT_TIERS))
    out.push(`tiers: ${config.tiers.map((t) => `${t.name} ≥ ${t.min}`).join(", ")}`);
  if (config.knockoutCap !== DEFAULT_KNOCKOUT_CAP)
    out.push(`knock-out cap ${DEFAULT_KNOCKOUT_CAP} → ${config.knockoutCap}`);
  return out;
}

export const tierFor = (score: number, tiers: readonly Tier[]) =>
  (tiers.find((t) => score >= t.min) ?? tiers.at(-1)!).name;
