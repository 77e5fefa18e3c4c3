// Shared by the commands that score: resolve settings, load, evaluate, format.
import { defaultToolConfig, findConfig, loadConfig, type ToolConfig } from "../config/load.js";
import { describeChanges } from "../engine/config.js";
import { evaluate } from "../engine/evaluate.js";
import type { FileResult } from "../engine/report.js";
import { rules } from "../rules/index.js";
import { formatDiagnostic, NO_PAINT } from "../report/text.js";
import type { RunReport } from "../report/types.js";
import { DEFAULT_LIMITS, loadFile, type Limits, type LoadResult } from "../schema/load.js";
import { resolve } from "node:path";
import { VERSION } from "../version.js";
import { UsageError } from "./errors.js";
import { mapLimit } from "./files.js";

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

export function scoreLoaded(r: LoadResult, config: ToolConfig): FileResult {
  return r.ok ? evaluate(r, rules, config.scoring) : { file: r.file, valid: false, errors: r.diagnostics };
}

export async function scoreFiles(files: readonly string[], config: ToolConfig, limits: Limits = DEFAULT_LIMITS): Promise<FileResult[]> {
  return mapLimit(files, 16, async (f) => scoreLoaded(await loadFile(f, limits), config));
}

export function runReport(results: FileResult[], config: ToolConfig): RunReport {
  return {
    tool: { name: "guarantee-score", version: VERSION },
    config: { file: config.file ?? null, changes: config.file ? describeChanges(config.scoring, rules) : [] },
    results,
  };
}
