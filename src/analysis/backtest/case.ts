// A loaded proposal with an outcome → a backtest case: scored exactly as `score` scores it.
import { measure } from "../acceptability.js";
import type { AcceptabilityConfig } from "../acceptability-config.js";
import type { AcceptabilityItem } from "../../model/kernel.js";
import type { ScoringConfig } from "../../engine/config.js";
import { evaluate } from "../../engine/evaluate.js";
import type { Rule } from "../../model/kernel.js";
import { stringify } from "yaml";
import { type Loaded, loadText } from "../../schema/load.js";
import { atopCases, type AtopTexts } from "./atop.js";
import type { Case } from "./analyse.js";

export interface CaseSettings {
  rules: readonly Rule[];
  scoring: ScoringConfig;
  items: readonly AcceptabilityItem[];
  acceptability: AcceptabilityConfig;
}

/** The case for a loaded file, or undefined when it has no outcome (it is skipped, not an error). */
export function toCase(loaded: Loaded, s: CaseSettings, file = loaded.file): Case | undefined {
  const outcome = loaded.proposal.outcome;
  if (!outcome) return undefined;
  const scored = evaluate(loaded, s.rules, s.scoring);
  const shares = measure(loaded.proposal, s.items, s.acceptability).parts;
  return {
    id: scored.id,
    file,
    title: scored.title,
    result: outcome.result,
    score: scored.score,
    tier: scored.tier,
    criteria: scored.criteria.map((c) => ({
      id: c.id,
      points: c.points,
      score: c.score,
      skipped: c.status === "skipped",
    })),
    ...(scored.knockout ? { cap: scored.knockout.cap } : {}),
    items: shares.map((p) => ({ id: p.item.meta.id, share: p.share })),
  };
}

/** Each invoked commitment in the ATOP files, mapped to a proposal, checked against the format and scored like a file. */
export function atopToCases(texts: AtopTexts, s: CaseSettings): Case[] {
  return atopCases(texts).map((m) => {
    const loaded = loadText(stringify(m.proposal), m.id);
    // The mapping is ours: a proposal it builds that the format rejects is a bug, not bad data.
    if (!loaded.ok)
      throw new Error(
        `the ATOP mapping made an invalid proposal for ${m.id}: ${loaded.diagnostics[0]?.path} ${loaded.diagnostics[0]?.message}`,
      );
    return toCase(loaded, s, m.id)!;
  });
}
