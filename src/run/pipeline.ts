// Shared by the commands that score: settings, the reference library, the run's head.
import { resolve } from "node:path";
import { defaultToolConfig, findConfig, loadConfig, type ToolConfig } from "./config.js";
import { describeChanges } from "../engine/config.js";
import { describeAcceptabilityChanges } from "../analysis/acceptability-config.js";
import type { Gates } from "../engine/gates.js";
import { referencesFor, type Reference } from "../analysis/references.js";
import { rules } from "../model/rules/index.js";
import { formatDiagnostic, NO_PAINT } from "../present/text.js";
import type { RunHead } from "../present/sink.js";
import { VERSION } from "../util/version.js";
import { UsageError } from "../cli/errors.js";
import { boundaryOf, leavesRoot, outsideMessage } from "./boundary.js";
import { displayName } from "../util/sanitize.js";

export { scoreLoaded } from "./score-file.js";

/** --config FILE, --no-config (false), or neither (the nearest .guarantee-score.yaml). */
export type ConfigChoice = string | false | undefined;

/**
 * The configuration named by --config, else the nearest .guarantee-score.yaml, else the
 * defaults; with --no-config, the defaults. A configuration reached through a link out of
 * the run's folder is refused, like a proposal.
 */
export async function resolveConfig(
  choice: ConfigChoice,
  cwd: string,
  root: string | undefined = boundaryOf(cwd, false),
): Promise<ToolConfig> {
  if (choice === false) return defaultToolConfig(rules);
  const file = choice ? resolve(cwd, choice) : await findConfig(cwd);
  if (!file) return defaultToolConfig(rules);
  const shown = displayName(choice || file);
  const real = await leavesRoot(file, root);
  if (real) throw new UsageError(`cannot use the configuration ${shown}: ${outsideMessage(real, "file")}`);
  const loaded = await loadConfig(file, rules);
  if (!loaded.ok) {
    const lines = loaded.diagnostics.map((d) => `  ${formatDiagnostic(choice || file, d, NO_PAINT)}`);
    throw new UsageError(`invalid configuration ${shown}:\n${lines.join("\n")}`);
  }
  return loaded.config;
}

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
    config: { file: config.file ?? null, changes: configChanges(config, gating) },
    gates,
  };
}

/** The reference library scored with this run's settings, for placing each result. */
export function references(config: ToolConfig): Promise<Reference[]> {
  const defaults =
    describeChanges(config.scoring, rules).length === 0 &&
    describeAcceptabilityChanges(config.acceptability).length === 0;
  return referencesFor(rules, config.scoring, defaults, config.acceptability);
}

export const today = (env: Record<string, string | undefined>) =>
  env.GUARANTEE_SCORE_TODAY ?? new Date().toISOString().slice(0, 10);
