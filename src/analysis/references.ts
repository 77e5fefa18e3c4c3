// The reference library: the proposals the source documents describe, shipped in the
// package and scored with the same settings as the user's files, so comparisons are fair.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ScoringConfig } from "../engine/config.js";
import { evaluate } from "../engine/evaluate.js";
import type { ScoredFile } from "../engine/result.js";
import { items } from "../model/acceptability/index.js";
import type { Rule } from "../model/kernel.js";
import { loadFile } from "../schema/load.js";
import { byId } from "../util/order.js";
import { assessAcceptability, type Acceptability, type Quadrant } from "./acceptability.js";
import { defaultAcceptabilityConfig, type AcceptabilityConfig } from "./acceptability-config.js";

/** proposals/ in the installed package: two levels up from src/analysis/ and from dist/bundle/ alike. */
export const REFERENCE_DIR = fileURLToPath(new URL("../../proposals/", import.meta.url));

export interface Reference {
  id: string;
  title: string;
  score: number;
  tier: string;
  /** The acceptability axis (0–100 rejected, and the quadrant), for charts and quadrant checks. */
  rejected: number;
  quadrant: Quadrant;
  /** The assumption its rejected figure rests on, if any (another adversary than Russia). */
  assumption?: string;
}

export interface Placement {
  /** The reference scoring closest at or below, if any. */
  below: Reference | null;
  /** The reference scoring closest above, if any. */
  above: Reference | null;
  /** "scores 47: between bilateral-agreements-2024 (47) and …", as the scorecards print it. */
  text: string;
}

/** A reference scored, with its acceptability: what `list` ranks and the build caches. */
export type ScoredReference = ScoredFile & { acceptability: Acceptability };

/** Score every reference, highest first. A reference that fails to load is a packaging bug. */
export async function scoreReferences(
  rules: readonly Rule[],
  config: ScoringConfig,
  dir = REFERENCE_DIR,
  acceptability: AcceptabilityConfig = defaultAcceptabilityConfig(),
): Promise<ScoredReference[]> {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  const scored: ScoredReference[] = [];
  for (const name of names) {
    const loaded = await loadFile(join(dir, name));
    if (!loaded.ok) throw new Error(`reference ${name} is invalid: ${loaded.diagnostics[0]?.message}`);
    const s = evaluate(loaded, rules, config);
    scored.push({ ...s, acceptability: assessAcceptability(loaded, s.score, items, acceptability) });
  }
  return scored.sort((a, b) => b.score - a.score || byId(a.id, b.id));
}

export const asReference = (s: ScoredReference): Reference => ({
  id: s.id,
  title: s.title,
  score: s.score,
  tier: s.tier,
  rejected: s.acceptability.rejected,
  quadrant: s.acceptability.quadrant,
  ...(s.acceptability.assumption ? { assumption: s.acceptability.assumption } : {}),
});

/**
 * The library scored with the default settings is written beside the bundle at build
 * time (scripts/build.mjs): parsing ten commented files on every run would cost more
 * than scoring the user's file. Any other settings score the library afresh.
 */
export const REFERENCE_CACHE = new URL("./references.json", import.meta.url);

export async function referencesFor(
  rules: readonly Rule[],
  config: ScoringConfig,
  defaults: boolean,
  acceptability: AcceptabilityConfig,
): Promise<Reference[]> {
  if (defaults) {
    const cached = await readFile(REFERENCE_CACHE, "utf8").then(
      (t) => JSON.parse(t) as Reference[],
      () => undefined,
    );
    if (cached) return cached;
  }
  return (await scoreReferences(rules, config, REFERENCE_DIR, acceptability)).map(asReference);
}

/** Where a score falls among the references, leaving out the proposal itself. */
export function place(score: number, selfId: string, refs: readonly Reference[]): Placement {
  const others = refs.filter((r) => r.id !== selfId);
  const below = others.filter((r) => r.score <= score).sort((a, b) => b.score - a.score || byId(a.id, b.id))[0] ?? null;
  const above = others.filter((r) => r.score > score).sort((a, b) => a.score - b.score || byId(a.id, b.id))[0] ?? null;
  return { below, above, text: describePlacement(score, below, above) };
}

/** "scores 48: between bilateral-agreements-2024 (47) and coalition-backstop-2025 (50)". */
function describePlacement(score: number, below: Reference | null, above: Reference | null): string {
  const ref = (r: Reference) => `${r.id} (${r.score})`;
  if (below && above) return `scores ${score}: between ${ref(below)} and ${ref(above)}`;
  if (above) return `scores ${score}: below every reference; the lowest is ${ref(above)}`;
  if (below) return `scores ${score}: at or above every reference; the highest is ${ref(below)}`;
  return `scores ${score}`;
}
