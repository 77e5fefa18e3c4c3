// The acceptability settings: the items' weights and disabled ones (the kernel's Selection,
// merged as the criteria's are), and the lines between the quadrants.
import { items as registry } from "../model/acceptability/index.js";
import {
  defaultSelection,
  describeSelection,
  mergeSelection,
  type AcceptabilityItem,
  type Selection,
  type SelectionBlock,
} from "../model/kernel.js";

export interface Thresholds {
  /** A credibility total at or above this counts as credible. */
  credible: number;
  /** A rejected share at or above this counts as rejected. */
  rejected: number;
}

export interface AcceptabilityConfig extends Selection {
  thresholds: Thresholds;
}

/** What the `acceptability:` block of the configuration file says. */
export interface AcceptabilityBlock extends SelectionBlock {
  thresholds?: Partial<Thresholds>;
}

/** Credible from the tier of partial terms (40); rejected from half. */
export const DEFAULT_THRESHOLDS: Thresholds = { credible: 40, rejected: 50 };

export function defaultAcceptabilityConfig(items: readonly AcceptabilityItem[] = registry): AcceptabilityConfig {
  return { ...defaultSelection(items), thresholds: DEFAULT_THRESHOLDS };
}

export function toAcceptabilityConfig(
  c: AcceptabilityBlock | undefined,
  items: readonly AcceptabilityItem[] = registry,
): AcceptabilityConfig {
  if (!c) return defaultAcceptabilityConfig(items);
  return {
    ...mergeSelection(items, c),
    thresholds: {
      credible: c.thresholds?.credible ?? DEFAULT_THRESHOLDS.credible,
      rejected: c.thresholds?.rejected ?? DEFAULT_THRESHOLDS.rejected,
    },
  };
}

/** What differs from the defaults, in words, so every report can say so. */
export function describeAcceptabilityChanges(
  config: AcceptabilityConfig,
  items: readonly AcceptabilityItem[] = registry,
): string[] {
  const out = describeSelection(items, config, {
    weight: "acceptability weight of",
    disabled: "acceptability items disabled",
  });
  const t = config.thresholds;
  if (t.credible !== DEFAULT_THRESHOLDS.credible)
    out.push(`credible from ${DEFAULT_THRESHOLDS.credible} → ${t.credible}`);
  if (t.rejected !== DEFAULT_THRESHOLDS.rejected)
    out.push(`rejected from ${DEFAULT_THRESHOLDS.rejected} → ${t.rejected}`);
  return out;
}
