// Find, read and validate the configuration; turn it into the engine's settings.
import { stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { defaultConfig, DEFAULT_TIERS, type ScoringConfig } from "../engine/config.js";
import type { Gates } from "../engine/gates.js";
import type { Rule } from "../model/kernel.js";
import { DEFAULT_LIMITS, parseYaml, readText, validateData, type Failed } from "../schema/load.js";
import { clean } from "../util/sanitize.js";
import { configSchema, type ConfigFile, type Waiver } from "./config-schema.js";
import {
  defaultAcceptabilityConfig,
  toAcceptabilityConfig,
  type AcceptabilityConfig,
} from "../analysis/acceptability-config.js";

export const CONFIG_NAME = ".guarantee-score.yaml";

export interface ToolConfig {
  scoring: ScoringConfig;
  gates: Gates;
  waivers: readonly Waiver[];
  /** The acceptability axis (src/acceptability/); the defaults when absent. */
  acceptability?: AcceptabilityConfig;
  /** The file the settings came from; undefined for the defaults. */
  file?: string;
}

/** The nearest .guarantee-score.yaml in `dir` or above, if any. */
export async function findConfig(dir: string): Promise<string | undefined> {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const candidate = join(d, CONFIG_NAME);
    if (
      await stat(candidate).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      return candidate;
    if (dirname(d) === d) return undefined;
  }
}

export function defaultToolConfig(rules: readonly Rule[]): ToolConfig {
  return {
    scoring: defaultConfig(rules),
    gates: { failOn: [] },
    waivers: [],
    acceptability: defaultAcceptabilityConfig(),
  };
}

export async function loadConfig(
  file: string,
  rules: readonly Rule[],
): Promise<{ ok: true; config: ToolConfig } | Failed> {
  let text: string;
  try {
    text = await readText(file, DEFAULT_LIMITS.maxBytes);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return {
      ok: false,
      file,
      diagnostics: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          code: "unreadable",
          path: "",
          message: `cannot read the configuration (${reason})`,
        },
      ],
    };
  }
  const parsed = parseYaml(text, file, DEFAULT_LIMITS);
  // An empty (or comment-only) configuration file asks for the defaults.
  if (!parsed.ok && parsed.diagnostics.length === 1 && parsed.diagnostics[0]!.code === "empty")
    return { ok: true, config: { ...defaultToolConfig(rules), file } };
  if (!parsed.ok) return parsed;
  const checked = validateData(configSchema(rules.map((r) => r.meta.id)), parsed);
  if (!checked.ok) return checked;
  return { ok: true, config: toToolConfig(checked.value, rules, file) };
}

function toToolConfig(c: ConfigFile, rules: readonly Rule[], file: string): ToolConfig {
  const base = defaultConfig(rules);
  const weights = { ...base.weights };
  for (const [id, w] of Object.entries(c.weights ?? {})) if (w !== undefined) weights[id] = w;
  return {
    file,
    scoring: {
      weights,
      disabled: [...new Set(c.disable ?? [])].sort(),
      // Tier names are labels that every report prints: made inert once, here.
      tiers: c.tiers
        ? c.tiers.map((t) => ({ min: t.min, name: clean(t.name) })).sort((a, b) => b.min - a.min)
        : DEFAULT_TIERS,
      knockoutCap: c.knockout_cap ?? base.knockoutCap,
      file,
    },
    gates: { minScore: c.gates?.min_score, failOn: c.gates?.fail_on ?? [] },
    waivers: c.waivers ?? [],
    acceptability: toAcceptabilityConfig(c.acceptability),
  };
}
