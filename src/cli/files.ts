// Turn command-line paths into proposal files. A directory stands for every
// *.yaml and *.yml file under it, a quoted pattern for the files it matches.
// A path that yields nothing is the caller's usage error, never a silent green run.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { compileGlob, isGlob, posix } from "../util/glob.js";

const PROPOSAL_FILE = /\.ya?ml$/i;

export interface Expanded {
  files: string[];
  /** One line per path that yielded no file, saying why. */
  missing: string[];
}

export async function expandPaths(paths: readonly string[]): Promise<Expanded> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info && isGlob(p)) {
      const matched = await matchGlob(p);
      if (matched.length) files.push(...matched);
      else missing.push(`no *.yaml or *.yml file matches the pattern ${p}`);
    } else if (!info) missing.push(`no such file or directory: ${p}`);
    else if (info.isDirectory()) {
      const found = await walk(p);
      if (found.length) files.push(...found);
      else missing.push(`no *.yaml or *.yml file in the folder ${p}`);
    } else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}

async function matchGlob(pattern: string): Promise<string[]> {
  const segments = posix(pattern).split("/");
  const firstGlob = segments.findIndex(isGlob);
  const base = segments.slice(0, firstGlob).join("/") || ".";
  const re = compileGlob(posix(pattern));
  const candidates = await walk(base).catch(() => []);
  return candidates.filter((f) => re.test(posix(f)));
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && PROPOSAL_FILE.test(e.name)) out.push(full);
  }
  return out.sort();
}

/** Run `fn` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
