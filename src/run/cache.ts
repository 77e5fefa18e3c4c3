// The result cache behind --cache, as ESLint's: each file's analysis kept under a hash of its
// bytes, in one file, for the settings it was computed with (the tool's version, a hash of its
// code, the configuration, the limits). Gates and waivers depend on the day and are never kept.
// A cache that cannot be read, is damaged, or is someone else's is ignored and written anew.
import { createHash } from "node:crypto";
import { randomBytes } from "node:crypto";
import { existsSync, lstatSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as zlib from "node:zlib";

export const CACHE_FILE = ".guarantee-score-cache";

/** Set by the build: a hash of the sources and the locked dependencies (scripts/build.mjs). */
declare const GS_CODE_HASH: string | undefined;
/** What a cached result was computed by, beside the version: any change to the code is a new key. */
export const CODE_HASH = typeof GS_CODE_HASH === "string" ? GS_CODE_HASH : "unbuilt";
const MAGIC = "guarantee-score-cache/1";
/** About 6 KB a file: room for some 40,000 files. A larger "cache" is ignored and written anew. */
export const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/** Where --cache-location points: a folder (existing, or written with a trailing slash) holds CACHE_FILE. */
export function cachePath(location: string | undefined): string {
  if (!location) return CACHE_FILE;
  if (/[\\/]$/.test(location)) return join(location, CACHE_FILE);
  try {
    if (statSync(location).isDirectory()) return join(location, CACHE_FILE);
  } catch {
    // Not there yet: a file to create.
  }
  return location;
}

/** A hash of anything JSON can write: the settings a cached result depends on. */
export const settingsKey = (settings: unknown): string =>
  createHash("sha256").update(JSON.stringify(settings)).digest("base64url");

/** A hash of a file's bytes. */
export const bytesHash = (buf: Uint8Array): string => createHash("sha256").update(buf).digest("base64url");

interface Entry<T> {
  hash: string;
  value: T;
}

// The file: a header line (magic, settings key, checksum of the rest), then the entries as
// JSON. The checksum catches a torn or edited file before JSON.parse is trusted with it.
// zlib's CRC-32 (Node 20.15 and later) is fast on a cache of megabytes; SHA-1 before it. Over
// bytes: a CRC of a string converts it to bytes first, which cost as much as reading the file.
const sum = (bytes: Uint8Array) =>
  typeof zlib.crc32 === "function"
    ? (zlib.crc32(bytes) >>> 0).toString(16)
    : createHash("sha1").update(bytes).digest("hex");

export class ResultCache<T> {
  private readonly kept: Map<string, Entry<T>>;
  private readonly used = new Map<string, Entry<T>>();
  /** Whether saving would write anything new: a new or changed entry, or one to drop. */
  private changed = false;
  hits = 0;

  private constructor(
    readonly file: string,
    private readonly key: string,
    kept: Map<string, Entry<T>> | undefined,
  ) {
    this.kept = kept ?? new Map();
    this.loaded = kept !== undefined;
  }

  /** Whether the file was read whole and for these settings: otherwise it is written anew. */
  private readonly loaded: boolean;

  /** The cache at `file` for these settings; empty when missing, damaged, foreign or for other settings. */
  static open<T>(file: string, key: string, isValue: (v: unknown) => v is T): ResultCache<T> {
    return new ResultCache(file, key, read(file, key, isValue));
  }

  /** Whether `path` is cached for bytes that hash to `hash`. */
  has(path: string, hash: string): boolean {
    return this.kept.get(path)?.hash === hash;
  }

  /** The cached value of `path` when its bytes hash to `hash`. */
  get(path: string, hash: string): T | undefined {
    const entry = this.kept.get(path);
    if (!entry || entry.hash !== hash) return undefined;
    this.hits++;
    this.used.set(path, entry);
    return entry.value;
  }

  set(path: string, hash: string, value: T): void {
    this.used.set(path, { hash, value });
    this.changed = true;
  }

  /**
   * Write the entries of this run, and those of earlier runs whose files still exist, through a
   * temporary file renamed into place, so that a reader never sees half a cache.
   */
  save(): void {
    const entries: Record<string, Entry<T>> = {};
    for (const [path, entry] of this.kept)
      if (this.used.has(path) || existsSync(path)) entries[path] = entry;
      else this.changed = true;
    for (const [path, entry] of this.used) entries[path] = entry;
    // A run that found every file unchanged leaves the file as it is: rewriting megabytes was a
    // fifth of a warm run.
    if (!this.changed && this.loaded) return;
    const body = Buffer.from(JSON.stringify(entries));
    // A random name, created exclusively: a link planted at a name one could guess is never written through.
    const tmp = `${this.file}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC} ${this.key} ${sum(body)}\n`), body]), { flag: "wx" });
      renameSync(tmp, this.file);
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
        // Never written.
      }
      throw e;
    }
  }
}

function read<T>(file: string, key: string, isValue: (v: unknown) => v is T): Map<string, Entry<T>> | undefined {
  let bytes: Buffer;
  try {
    // Only a regular file, not a link (to /dev/zero, say), and not one larger than any cache this tool writes.
    const st = lstatSync(file);
    if (!st.isFile() || st.size > MAX_CACHE_BYTES) return undefined;
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const nl = bytes.indexOf(10);
  const [magic, fileKey, check] = bytes.toString("latin1", 0, Math.max(0, nl)).split(" ");
  const body = bytes.subarray(nl + 1);
  if (nl === -1 || magic !== MAGIC || fileKey !== key || check !== sum(body)) return undefined;
  const kept = new Map<string, Entry<T>>();
  try {
    const entries = JSON.parse(body.toString("utf8")) as unknown;
    if (!entries || typeof entries !== "object" || Array.isArray(entries)) return undefined;
    for (const [path, entry] of Object.entries(entries as Record<string, unknown>)) {
      const e = entry as Partial<Entry<unknown>> | null;
      if (e && typeof e.hash === "string" && isValue(e.value)) kept.set(path, { hash: e.hash, value: e.value });
    }
  } catch {
    return undefined;
  }
  return kept;
}
