// Find, read and validate the configuration; turn it into the engine's settings.
import { stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { defaultConfig, DEFAULT_KNOCKOUT_CAP, DEFAULT_TIERS, type ScoringConfig } from "../engine/config.js";
import type { Gates, Waiver } from "../engine/gates.js";
import { items as itemRegistry } from "../model/acceptability/index.js";
import { mergeSelection, type AcceptabilityItem, type Rule } from "../model/kernel.js";
import { DEFAULT_LIMITS, parseYaml, readText, validateData, type Failed } from "../schema/load.js";
import { clean } from "../util/sanitize.js";
import { configSchema, type ConfigFile } from "./config-schema.js";
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
  /** The acceptability axis (analysis/acceptability.ts). */
  acceptability: AcceptabilityConfig;
  /** The file the settings came from; undefined for the defaults. */
  file?: string;
  /**
   * That file as the user names it: as given to --config, else relative to the working folder.
   * Reports show this, so that they read the same from any checkout.
   */
  name?: string;
}

/** The configuration file as reports name it. */
export const configName = (config: ToolConfig): string | undefined => config.name ?? config.file;

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

export function defaultToolConfig(
  rules: readonly Rule[],
  items: readonly AcceptabilityItem[] = itemRegistry,
): ToolConfig {
  return {
    scoring: defaultConfig(rules),
    gates: { failOn: [] },
    waivers: [],
    acceptability: defaultAcceptabilityConfig(items),
  };
}

export async function loadConfig(
  file: string,
  rules: readonly Rule[],
  items: readonly AcceptabilityItem[] = itemRegistry,
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
    return { ok: true, config: { ...defaultToolConfig(rules, items), file } };
  if (!parsed.ok) return parsed;
  const ids = (registry: readonly { meta: { id: string } }[]) => registry.map((e) => e.meta.id);
  const checked = validateData(configSchema(ids(rules), ids(items)), parsed);
  if (!checked.ok) return checked;
  return { ok: true, config: toToolConfig(checked.value, rules, items, file) };
}

function toToolConfig(
  c: ConfigFile,
  rules: readonly Rule[],
  items: readonly AcceptabilityItem[],
  file: string,
): ToolConfig {
  return {
    file,
    scoring: {
      ...mergeSelection(rules, c),
      // Tier names are labels that every report prints: made inert once, here.
      tiers: c.tiers
        ? c.tiers.map((t) => ({ min: t.min, name: clean(t.name) })).sort((a, b) => b.min - a.min)
        : DEFAULT_TIERS,
      knockoutCap: c.knockout_cap ?? DEFAULT_KNOCKOUT_CAP,
    },
    gates: { minScore: c.gates?.min_score, failOn: c.gates?.fail_on ?? [] },
    waivers: c.waivers ?? [],
    acceptability: toAcceptabilityConfig(c.acceptability, items),
  };
}
