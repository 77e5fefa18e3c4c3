// Shared by the commands that score: settings, the reference library, the run's head.
import { resolve } from "node:path";
import { defaultToolConfig, findConfig, loadConfig, type ToolConfig } from "../config/load.js";
import { describeChanges } from "../engine/config.js";
import { describeAcceptabilityChanges } from "../acceptability/config.js";
import type { Gates } from "../engine/gates.js";
import { referencesFor, type Reference } from "../references/library.js";
import { rules } from "../rules/index.js";
import { formatDiagnostic, NO_PAINT } from "../report/text.js";
import type { RunHead } from "../report/types.js";
import { VERSION } from "../version.js";
import { UsageError } from "./errors.js";

export { scoreLoaded } from "./score-file.js";

/** The configuration named by --config, else the nearest .guarantee-score.yaml, else the defaults. */
export async function resolveConfig(explicit: string | undefined, cwd: string): Promise<ToolConfig> {
  const file = explicit ? resolve(cwd, explicit) : await findConfig(cwd);
  if (!file) return defaultToolConfig(rules);
  const loaded = await loadConfig(file, rules);
  if (!loaded.ok) {
    const lines = loaded.diagnostics.map((d) => `  ${formatDiagnostic(explicit ?? file, d, NO_PAINT)}`);
    throw new UsageError(`invalid configuration ${explicit ?? file}:\n${lines.join("\n")}`);
  }
  return loaded.config;
}

export function runHead(config: ToolConfig, gates: Gates): RunHead {
  return {
    tool: { name: "guarantee-score", version: VERSION },
    config: { file: config.file ?? null, changes: config.file ? [...describeChanges(config.scoring, rules), ...describeAcceptabilityChanges(config.acceptability)] : [] },
    gates,
  };
}

/** The reference library scored with this run's settings, for placing each result. */
export function references(config: ToolConfig): Promise<Reference[]> {
  const defaults = describeChanges(config.scoring, rules).length === 0 && describeAcceptabilityChanges(config.acceptability).length === 0;
  return referencesFor(rules, config.scoring, defaults, config.acceptability);
}

export const today = (env: Record<string, string | undefined>) => env.GUARANTEE_SCORE_TODAY ?? new Date().toISOString().slice(0, 10);
