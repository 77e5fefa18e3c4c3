// --cache in front of the pool: every file's bytes are read and hashed first; a file cached for
// the same bytes and settings comes from the cache, the others are scored as usual (on threads
// when the pool decides so) and their results kept for the next run.
import { VERSION } from "../util/version.js";
import { readLimitedSync, type Limits } from "../schema/load.js";
import type { Analysed, ScoreExtras } from "./analyse-file.js";
import { bytesHash, CODE_HASH, ResultCache, settingsKey } from "./cache.js";
import type { ToolConfig } from "./config.js";
import { restoreSources, scoreInOrder, stripSources } from "./pool.js";

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** A cached value shaped like a result: anything else (a damaged or forged entry) is scored again. */
const isAnalysed = (v: unknown): v is Analysed => {
  const r = (v as Partial<Analysed> | null)?.result;
  if (!isObject(r) || typeof r.file !== "string") return false;
  if (r.valid === false) return Array.isArray(r.errors) && r.errors.every(isObject);
  return (
    r.valid === true &&
    typeof r.score === "number" &&
    Array.isArray(r.criteria) &&
    r.criteria.every((c) => isObject(c) && typeof c.id === "string" && typeof c.points === "number")
  );
};

/** The cache at `file` for a run with these settings: what a result depends on, and nothing the day changes. */
export function openCache(
  file: string,
  config: ToolConfig,
  limits: Limits,
  extras: ScoreExtras,
): ResultCache<Analysed> {
  const key = settingsKey({
    tool: VERSION,
    code: CODE_HASH,
    scoring: config.scoring,
    acceptability: config.acceptability,
    limits,
    suggestions: extras.suggestions ?? 0,
  });
  return ResultCache.open(file, key, isAnalysed);
}

/** scoreInOrder, with each file's result taken from the cache when its bytes are unchanged. */
export async function* cachedInOrder(
  files: readonly string[],
  config: ToolConfig,
  limits: Limits,
  extras: ScoreExtras,
  cache: ResultCache<Analysed>,
): AsyncGenerator<Analysed> {
  const hashes = new Map<string, string>();
  const scratch = { buf: Buffer.allocUnsafe(64 * 1024) };
  for (const f of files) {
    // A file that cannot be read is scored as usual, and says why.
    const read = readLimitedSync(f, limits.maxBytes, scratch);
    if (read.ok) hashes.set(f, bytesHash(read.buf));
  }
  // A hit counts only for the file it was kept for: an entry naming another file would point a report elsewhere.
  const hits = new Map<string, Analysed>();
  for (const f of files) {
    const hash = hashes.get(f);
    const hit = hash === undefined ? undefined : cache.get(f, hash);
    if (hit && hit.result.file === f) hits.set(f, hit);
  }
  const misses = files.filter((f) => !hits.has(f));
  const scored = scoreInOrder(misses, config, limits, extras);
  try {
    for (const f of files) {
      const hash = hashes.get(f);
      const hit = hits.get(f);
      if (hit) {
        yield restoreSources(hit);
        continue;
      }
      const a = (await scored.next()).value as Analysed;
      if (hash !== undefined) cache.set(f, hash, stripSources(a));
      yield a;
    }
  } finally {
    await scored.return(undefined);
  }
}
