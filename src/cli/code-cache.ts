// The V8 code cache of the start-up bundle (see boot.ts): where it lives, how it is checked
// before V8 sees it, how it is written and how old ones go. V8 checks only a cache's length
// and flags; flipped bytes made every run die ("Fatal error … unreachable code", exit 133),
// including --version. So a cache is used only when its checksum matches and nobody else can
// write it, and it lives in the user's cache folder, never in the install folder, which a
// pull request's tree may hold. Every failure means "no cache": never an error.
import { createRequire } from "node:module";

// Built-ins are required, not imported, as in boot.ts: an ESM facade costs start-up time.
const req = createRequire(import.meta.url);
const fs = req("node:fs") as typeof import("node:fs");
const { join } = req("node:path") as typeof import("node:path");

export const CACHE_NAME = "guarantee-score";
/** Caches kept for other builds, Node versions or flags; the oldest go first. */
export const KEEP = 8;
/** A cache not rewritten for this long belongs to a build nobody runs any more. */
export const STALE_MS = 30 * 24 * 3600 * 1000;
const MAGIC = Buffer.from("GSC1");
const HEADER = MAGIC.length + 4;

type Env = Record<string, string | undefined>;

/** $XDG_CACHE_HOME/guarantee-score, else the platform's per-user cache folder; undefined when there is no home. */
export function cacheFolder(env: Env, platform: string): string | undefined {
  // The XDG specification ignores a relative path.
  if (env.XDG_CACHE_HOME?.startsWith("/")) return join(env.XDG_CACHE_HOME, CACHE_NAME);
  if (platform === "win32") return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, CACHE_NAME, "Cache") : undefined;
  const home = env.HOME;
  if (!home) return undefined;
  return platform === "darwin" ? join(home, "Library", "Caches", CACHE_NAME) : join(home, ".cache", CACHE_NAME);
}

/** CRC-32 of the data: catches flipped bytes and a torn write. undefined where zlib lacks crc32 (Node before 20.15). */
export function checksum(data: Uint8Array): number | undefined {
  const zlib = req("node:zlib") as { crc32?: (data: Uint8Array) => number };
  return zlib.crc32?.(data);
}

/** The file as written: a magic number, the checksum, then V8's data. */
export function seal(data: Uint8Array): Buffer | undefined {
  const sum = checksum(data);
  if (sum === undefined) return undefined;
  const header = Buffer.alloc(HEADER);
  MAGIC.copy(header);
  header.writeUInt32BE(sum, MAGIC.length);
  return Buffer.concat([header, data]);
}

// Only the user (or root) may be able to change the cache: a file planted by someone else
// would be run as this user's code.
const private_ = (info: import("node:fs").Stats) =>
  process.platform === "win32" || ((info.uid === process.getuid?.() || info.uid === 0) && (info.mode & 0o022) === 0);

/** The cache's V8 data, if the folder and the file are the user's alone and the checksum matches. */
export function readCache(file: string, folder: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    if (!private_(fs.statSync(folder))) return undefined;
    fd = fs.openSync(file, "r");
    const info = fs.fstatSync(fd);
    if (!info.isFile() || !private_(info) || info.size <= HEADER) return undefined;
    const all = fs.readFileSync(fd);
    if (!all.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const data = all.subarray(HEADER);
    return checksum(data) === all.readUInt32BE(MAGIC.length) ? data : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Write the cache under a temporary name, rename it into place, and prune old ones. */
export function writeCache(file: string, folder: string, data: Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const sealed = seal(data);
    if (!sealed) return;
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!private_(fs.statSync(folder))) return;
    // A temporary name, then a rename: a run starting meanwhile never reads half a file.
    fs.writeFileSync(tmp, sealed, { mode: 0o600, flag: "wx" });
    fs.renameSync(tmp, file);
    prune(folder, file);
  } catch {
    // An unwritable cache folder: every run compiles, as without a cache.
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing more to tidy
    }
  }
}

/** Remove caches older than STALE_MS, all but the KEEP newest others, and temporary files a killed run left. */
export function prune(folder: string, keep: string, now = Date.now()): void {
  const others: { path: string; mtime: number }[] = [];
  for (const name of fs.readdirSync(folder)) {
    const path = join(folder, name);
    if (path === keep || !name.startsWith("cli-")) continue;
    const mtime = fs.statSync(path).mtimeMs;
    if (name.endsWith(".tmp") ? now - mtime > 3600 * 1000 : name.endsWith(".cache") && now - mtime > STALE_MS)
      fs.rmSync(path, { force: true });
    else if (name.endsWith(".cache")) others.push({ path, mtime });
  }
  others.sort((a, b) => b.mtime - a.mtime);
  for (const old of others.slice(KEEP - 1)) fs.rmSync(old.path, { force: true });
}
