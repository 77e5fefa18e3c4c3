// What a run says before its first file: the tool, the configuration and what it changed, the
// gates, the criteria SARIF describes; and the settings-dependent facts beside it.
import { describeAcceptabilityChanges } from "../analysis/acceptability-config.js";
import { historyFigures } from "../analysis/history.js";
import { describeChanges } from "../engine/config.js";
import type { Gates } from "../engine/gates.js";
import { rules } from "../model/rules/index.js";
import { cite } from "../util/citation.js";
import { VERSION } from "../util/version.js";
import { configName, type ToolConfig } from "./config.js";
import type { BacktestNote, RuleDescriptor, RunHead } from "./result.js";

/**
 * What the configuration file changed, in words: weights, disabled criteria and items, tiers,
 * the knock-out cap and, when the run gates, its gates and every waiver.
 */
export function configChanges(config: ToolConfig, gating: boolean): string[] {
  if (!config.file) return [];
  const out = [...describeChanges(config.scoring, rules), ...describeAcceptabilityChanges(config.acceptability)];
  if (!gating) return out;
  const g = config.gates;
  const gates = [
    ...(g.minScore !== undefined ? [`min_score ${g.minScore}`] : []),
    ...(g.failOn.length ? [`fail_on ${g.failOn.join(", ")}`] : []),
  ];
  if (gates.length) out.push(`gates: ${gates.join("; ")}`);
  for (const w of config.waivers)
    out.push(`waiver: ${w.rule} on ${w.file} until ${w.expires} (owner ${w.owner}: ${w.reason})`);
  return out;
}

export function runHead(config: ToolConfig, gates: Gates, gating = false): RunHead {
  return {
    tool: { name: "guarantee-score", version: VERSION },
    config: { file: configName(config) ?? null, changes: configChanges(config, gating) },
    gates,
    rules: ruleDescriptors(),
  };
}

/** Every criterion in words, for the formats (which import no registry). */
export const ruleDescriptors = (): RuleDescriptor[] =>
  rules.map(({ meta: m }) => ({
    id: m.id,
    title: m.title,
    weight: m.weight,
    rationale: m.rationale,
    scoring: m.scoring,
    sources: m.sources.map(cite),
  }));

/** Whether these are the default settings, for which the build has scored the libraries already. */
export const usesDefaults = (config: ToolConfig, what: "scoring" | "all" = "all") =>
  describeChanges(config.scoring, rules).length === 0 &&
  (what === "scoring" || describeAcceptabilityChanges(config.acceptability).length === 0);

/** The scorecards' footer line: the default settings' figure, computed at build time (never a reason for a slower run). */
export async function backtestNote(config: ToolConfig): Promise<BacktestNote | undefined> {
  const figures = await historyFigures();
  return figures
    ? {
        auc: figures.auc,
        cases: figures.cases,
        sameSettings: usesDefaults(config, "scoring"),
        ...(usesDefaults(config, "scoring") ? { tiers: figures.tiers } : {}),
      }
    : undefined;
}

export const today = (env: Record<string, string | undefined>) => env.GUARANTEE_SCORE_TODAY ?? utcDate(new Date());

/**
 * toISOString().slice(0, 10), read from the UTC fields: the first toISOString of a run took
 * about 1 ms, in every score and check.
 */
export function utcDate(d: Date): string {
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) return d.toISOString().slice(0, 10);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${String(year).padStart(4, "0")}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}
