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
import { EXIT, UsageError } from "./errors.js";
import { check, type Gates } from "../engine/gates.js";
import { place, referencesFor, type Reference } from "../references/library.js";
import { mapLimit } from "./files.js";
import { scoreOnThreads, useThreads } from "./pool.js";

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
  if (useThreads(files.length)) return scoreOnThreads(files, config, limits);
  return mapLimit(files, 16, async (f) => scoreLoaded(await loadFile(f, limits), config));
}

/** Gate the results and assemble what every format prints. `usageProblem` forces exit 2. */
export function runReport(
  results: FileResult[],
  config: ToolConfig,
  gates: Gates,
  opts: { today: string; usageProblem?: boolean; references?: readonly Reference[] },
): RunReport {
  const refs = opts.references;
  const placed = refs ? results.map((r) => (r.valid ? { ...r, nearest: place(r.score, r.id, refs) } : r)) : results;
  const sorted = placed.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const { checked, waivers } = check(sorted, gates, config.waivers, opts.today);
  const summary = {
    files: checked.length,
    passed: checked.filter((r) => r.gate.passed).length,
    failed: checked.filter((r) => r.valid && !r.gate.passed).length,
    invalid: checked.filter((r) => !r.valid).length,
    waived: checked.reduce((n, r) => n + r.gate.waived.length, 0),
  };
  return {
    tool: { name: "guarantee-score", version: VERSION },
    config: { file: config.file ?? null, changes: config.file ? describeChanges(config.scoring, rules) : [] },
    gates,
    results: checked,
    waivers,
    summary,
    exitCode: opts.usageProblem ? EXIT.usage : summary.passed === summary.files ? EXIT.ok : EXIT.failed,
  };
}

export const today = (env: Record<string, string | undefined>) => env.GUARANTEE_SCORE_TODAY ?? new Date().toISOString().slice(0, 10);

/** The reference library scored with this run's settings, for placing each result. */
export function references(config: ToolConfig): Promise<Reference[]> {
  return referencesFor(rules, config.scoring, describeChanges(config.scoring, rules).length === 0);
}
