// Turn command-line paths into proposal files. A directory stands for every *.yaml and *.yml
// file under it, dot-files and links that stay in the run's folder included; a quoted pattern for
// the files it matches. A path that yields nothing is the caller's usage error, never a
// silent green run. What a folder holds and is not checked is listed with the reason.
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { CONFIG_NAME } from "./config.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import { compileGlob, isGlob, posix } from "../util/glob.js";
import { inside, inTree, leavesRoot, outsideMessage } from "./boundary.js";

const PROPOSAL_FILE = /\.ya?ml$/i;

/** An entry of a searched folder that was not checked, and why (node_modules, .git, a link out of the folder or in a loop). */
export interface Skipped {
  path: string;
  reason: string;
}

/** A path that cannot be checked: reported as an invalid file, with this code and message. */
export interface Unchecked {
  path: string;
  code: string;
  message: string;
}

/** How a path that cannot be checked is reported: one problem, at its first line. */
export const uncheckedProblem = (u: Unchecked): Diagnostic => ({
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  code: u.code,
  path: "",
  message: u.message,
});

export interface Expanded {
  files: string[];
  /** One line per path that yielded no file, saying why. */
  missing: string[];
  /** Entries of searched folders left out: node_modules, .git, links out of the folder or in a loop. */
  skipped: Skipped[];
  /** Unreadable folders, and links out of the run's folder: each fails like an invalid file. */
  unchecked: Unchecked[];
}

export interface ExpandOptions {
  /** The run's folder as a real path: links that leave it are not followed. Undefined: follow every link. */
  root?: string;
}

const NEVER_SEARCHED: Record<string, string> = {
  node_modules: "dependencies (node_modules is never searched)",
  ".git": "git's own files (.git is never searched)",
};

export async function expandPaths(paths: readonly string[], opts: ExpandOptions = {}): Promise<Expanded> {
  const out: Expanded = { files: [], missing: [], skipped: [], unchecked: [] };
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info && isGlob(p)) {
      const matched = await matchGlob(p, opts, out);
      if (!matched) out.missing.push(`no *.yaml or *.yml file matches the pattern ${p}`);
    } else if (!info) out.missing.push(`no such file or directory: ${p}`);
    else {
      const real = await leavesRoot(p, opts.root);
      if (real)
        out.unchecked.push({
          path: p,
          code: "link-outside",
          message: outsideMessage(real, info.isDirectory() ? "folder" : "file"),
        });
      else if (info.isDirectory()) {
        const [files, unchecked] = [out.files.length, out.unchecked.length];
        await new Walk(opts, out).folder(p);
        pushAll(out.files, out.files.splice(files).sort());
        if (out.files.length === files && out.unchecked.length === unchecked)
          out.missing.push(`no *.yaml or *.yml file in the folder ${p}`);
      } else out.files.push(p);
    }
  }
  out.files = [...new Set(out.files)];
  return out;
}

async function matchGlob(pattern: string, opts: ExpandOptions, out: Expanded): Promise<number> {
  const segments = posix(pattern).split("/");
  const firstGlob = segments.findIndex(isGlob);
  const base = segments.slice(0, firstGlob).join("/") || ".";
  if (
    !(await stat(base).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  )
    return 0;
  const real = await leavesRoot(base, opts.root);
  if (real) {
    out.unchecked.push({ path: base, code: "link-outside", message: outsideMessage(real, "folder") });
    return 1;
  }
  const re = compileGlob(posix(pattern));
  const found: Expanded = { files: [], missing: [], skipped: [], unchecked: [] };
  await new Walk(opts, found).folder(base);
  const matches = (p: string) => re.test(posix(p));
  const files = found.files.filter(matches).sort();
  const unchecked = found.unchecked.filter((u) => matches(u.path) || u.code === "unreadable-folder");
  pushAll(out.files, files);
  pushAll(out.unchecked, unchecked);
  pushAll(
    out.skipped,
    found.skipped.filter((s) => matches(s.path) || !PROPOSAL_FILE.test(s.path)),
  );
  return files.length + unchecked.length;
}

// push(...items) passes each item as an argument: a folder of 100,000 files would overflow the stack.
function pushAll<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

/** One search of a folder tree: each real folder is searched once, so links cannot loop. */
class Walk {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly opts: ExpandOptions,
    private readonly out: Expanded,
  ) {}

  async folder(dir: string, real?: string): Promise<void> {
    real ??= await realpath(dir).catch(() => dir);
    this.seen.set(real, dir);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      this.out.unchecked.push({
        path: dir,
        code: "unreadable-folder",
        message: `cannot read the folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isSymbolicLink()) await this.link(full);
      else if (e.isDirectory()) await this.subfolder(full, await realpath(full).catch(() => full));
      else if (PROPOSAL_FILE.test(e.name)) this.candidate(full, e.isFile());
    }
  }

  private skip(path: string, reason: string) {
    this.out.skipped.push({ path, reason });
  }

  private async subfolder(path: string, real: string) {
    const name = basename(path);
    if (Object.hasOwn(NEVER_SEARCHED, name)) return this.skip(path, NEVER_SEARCHED[name]!);
    const earlier = this.seen.get(real);
    if (earlier !== undefined)
      return this.skip(path, `a link to a folder searched already, as ${earlier} (a loop, or two ways to one folder)`);
    await this.folder(path, real);
  }

  private candidate(path: string, regular: boolean) {
    if (!regular) this.skip(path, "not a regular file");
    else if (basename(path) === CONFIG_NAME) this.skip(path, "the configuration file, not a proposal");
    else this.out.files.push(path);
  }

  private async link(path: string) {
    const target = await stat(path).catch((e: NodeJS.ErrnoException) => e.code ?? "unreadable");
    if (typeof target === "string") {
      if (PROPOSAL_FILE.test(path) || target === "ELOOP")
        this.skip(path, target === "ELOOP" ? "a link in a loop" : `a link to nothing (${target})`);
      return;
    }
    if (!target.isDirectory() && !PROPOSAL_FILE.test(path)) return;
    const real = await realpath(path).catch(() => path);
    const { root } = this.opts;
    if (root !== undefined && inside(resolve(path), root) && !inTree(real, root)) {
      if (target.isDirectory()) this.skip(path, outsideMessage(real, "folder"));
      else this.out.unchecked.push({ path, code: "link-outside", message: outsideMessage(real, "file") });
    } else if (target.isDirectory()) await this.subfolder(path, real);
    else this.candidate(path, target.isFile());
  }
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
