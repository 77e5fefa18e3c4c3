// The history library (proposals/history/, docs/history.md): real guarantees with a known
// outcome, shipped beside the reference library. Scored here for the backtest; its headline
// figures with the default settings are computed at build time (scripts/build.mjs), so that a
// scorecard's footer and `explain` cost one small read, not fifty parsed files.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultAcceptabilityConfig } from "./acceptability-config.js";
import { items } from "../model/acceptability/index.js";
import { analyse, type Backtest, type Case } from "./backtest/analyse.js";
import { toCase, type CaseSettings } from "./backtest/case.js";
import { defaultConfig } from "../engine/config.js";
import { rules } from "../model/rules/index.js";
import { DEFAULT_LIMITS, loadFile, type Failed, type Limits } from "../schema/load.js";

/** proposals/history/ in the installed package: two levels up from src/references/ and from dist/bundle/ alike. */
export const HISTORY_DIR = fileURLToPath(new URL("../../proposals/history/", import.meta.url));
export const BACKTEST_CACHE = new URL("./backtest.json", import.meta.url);

export interface Scored {
  cases: Case[];
  /** Files without an outcome: counted and named, not errors. */
  skipped: string[];
  invalid: Failed[];
}

/** Load and score files in order; `display` names each file in the output. */
export async function scoreCases(
  files: readonly string[],
  settings: CaseSettings,
  limits: Limits = DEFAULT_LIMITS,
  display: (file: string) => string = (f) => f,
): Promise<Scored> {
  const out: Scored = { cases: [], skipped: [], invalid: [] };
  for (const file of files) {
    const loaded = await loadFile(file, limits);
    if (!loaded.ok) {
      out.invalid.push({ ...loaded, file: display(file) });
      continue;
    }
    const c = toCase(loaded, settings, display(file));
    if (c) out.cases.push(c);
    else out.skipped.push(display(file));
  }
  return out;
}

/** The library's files, sorted; none when it is absent. */
export async function historyFiles(dir = HISTORY_DIR): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort()
    .map((n) => join(dir, n));
}

/** The headline of a backtest: what a footer line and `explain` show. */
export interface Figures {
  cases: number;
  auc: number;
  ci: [number, number];
  /** AUC of each criterion's score and of each acceptability item's share, by id. */
  parts: Record<string, number>;
  /** How many cases in each tier held and failed: the base rate a scorecard states beside its tier. */
  tiers: { name: string; held: number; failed: number }[];
}

export const defaultSettings = (): CaseSettings => ({
  rules,
  scoring: defaultConfig(rules),
  items,
  acceptability: defaultAcceptabilityConfig(),
});

/** What the default figures depend on besides the code: the criteria, items, weights, tiers and cap. */
export function settingsKey(s: CaseSettings = defaultSettings()): string {
  const { weights, disabled, tiers, knockoutCap } = s.scoring;
  return JSON.stringify({
    rules: s.rules.map((r) => [r.meta.id, weights[r.meta.id] ?? r.meta.weight]),
    disabled,
    tiers,
    knockoutCap,
    items: s.items.map((i) => i.meta.id),
  });
}

export function figuresOf(b: Backtest): Figures {
  return {
    cases: b.cases,
    auc: b.auc,
    ci: b.ci,
    parts: Object.fromEntries([...b.criteria, ...b.items].map((p) => [p.id, p.auc])),
    tiers: b.tiers.map((t) => ({ name: t.name, held: t.held, failed: t.failed })),
  };
}

/** The library scored with the default settings; null when it has no held and failed cases to compare. */
export async function computeFigures(dir = HISTORY_DIR): Promise<Figures | null> {
  const settings = defaultSettings();
  const { cases } = await scoreCases(await historyFiles(dir), settings);
  if (!cases.some((c) => c.result === "held") || !cases.some((c) => c.result === "failed")) return null;
  return figuresOf(analyse(cases, { tiers: settings.scoring.tiers }));
}

/** The default figures: from the build's cache when it matches these settings, else computed now. */
export async function historyFigures(): Promise<Figures | null> {
  const cached = await readFile(BACKTEST_CACHE, "utf8").then(
    (t) => JSON.parse(t) as { figures: Figures | null; settings: string },
    () => undefined,
  );
  if (cached && cached.settings === settingsKey()) return cached.figures;
  return computeFigures();
}
