// Output that streams: to standard output with back-pressure, or to a file that no reader
// ever sees half of (written under a temporary name, renamed when complete). A device, a
// FIFO or a path under /dev or /proc is written in place: a rename would replace it.
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import {
  accessSync,
  constants,
  createWriteStream,
  lstatSync,
  readdirSync,
  realpathSync,
  statSync,
  unlinkSync,
  type WriteStream,
} from "node:fs";
import { appendFile, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { displayName } from "../util/sanitize.js";
import { UsageError } from "./errors.js";
import type { Writer } from "./io.js";

/** Temporary files in progress, removed if the run is interrupted (see main.ts). */
export const inProgress = new Set<string>();

export function removeInProgress(): void {
  for (const tmp of inProgress) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  inProgress.clear();
}

// Unpredictable, and opened with O_EXCL: nobody can plant a file or a link under the name first.
// The pid lets a later run tell a killed run's leftover from a live run's file.
const tmpName = (path: string) => `${path}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
const TMP = /^\.(\d+)\.[0-9a-f]+\.tmp$/;

/** Output kept in memory until it is this large: a run killed before then (SIGKILL) leaves no temporary file. */
export const SPILL_BYTES = 4 * 1024 * 1024;

export const append = (path: string, text: string) => appendFile(path, text);

/** Where a streamed report goes: `put` waits when the reader is slower than the run. */
export interface Out {
  put(text: string): Promise<void>;
  /** Finish: a file is renamed into place. */
  close(): Promise<void>;
  /** Give up: a file's temporary copy is removed. */
  abort(): Promise<void>;
}

export function toWriter(w: Writer): Out {
  return {
    async put(text) {
      if (text && w.write(text) === false && w.once) await new Promise<void>((resolve) => w.once!("drain", resolve));
    },
    close: async () => undefined,
    abort: async () => undefined,
  };
}

const lstat = (p: string) => {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
};
const stat = (p: string) => {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
};

/**
 * Written in place rather than replaced: a path under /dev or /proc (/dev/stdout, /dev/null),
 * or an existing file that is neither a regular file, a folder nor a link (a FIFO, a device).
 * A link elsewhere is replaced, never written through: the tree may have planted it.
 */
export function inPlace(path: string): boolean {
  const abs = resolve(path);
  if (process.platform !== "win32" && /^\/(?:dev|proc)\//.test(abs)) return true;
  const info = lstat(abs);
  return info !== undefined && !info.isFile() && !info.isDirectory() && !info.isSymbolicLink();
}

/** Refuse, in words and before any work, an output path that cannot be written. */
export function checkWritable(path: string): void {
  const cannot = (why: string) => new UsageError(`cannot write ${displayName(path)}: ${why}`);
  if (path === "") throw cannot("the file name is empty");
  if (standardStream(path)) return;
  if (stat(path)?.isDirectory()) throw cannot("it is a folder");
  if (inPlace(path)) {
    try {
      accessSync(path, constants.W_OK);
    } catch (e) {
      throw cannot((e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "no permission to write it");
    }
    return;
  }
  const dir = dirname(resolve(path));
  const folder = stat(dir);
  if (!folder) throw cannot(`no such folder ${displayName(dir)}`);
  if (!folder.isDirectory()) throw cannot(`${displayName(dir)} is not a folder`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw cannot(`no permission to write in ${displayName(dir)}`);
  }
}

const STANDARD: Record<string, "/dev/stdout" | "/dev/stderr"> = {
  "/dev/stdout": "/dev/stdout",
  "/dev/fd/1": "/dev/stdout",
  "/proc/self/fd/1": "/dev/stdout",
  "/dev/stderr": "/dev/stderr",
  "/dev/fd/2": "/dev/stderr",
  "/proc/self/fd/2": "/dev/stderr",
};

/** /dev/stdout or /dev/stderr under any of their names: written through the process's own stream (a socket cannot be reopened). */
export const standardStream = (path: string) => (process.platform === "win32" ? undefined : STANDARD[resolve(path)]);

/** One name per output target, so two outputs to the same place are caught: standard output is /dev/stdout. */
export function outputIdentity(path: string | undefined): string {
  if (path === undefined) return "/dev/stdout";
  const abs = resolve(path);
  const std = standardStream(abs);
  if (std) return std;
  try {
    return join(realpathSync(dirname(abs)), basename(abs));
  } catch {
    return abs;
  }
}

/** Refuse two outputs to one place: they would interleave, or one would rename over the other. */
export function refuseSharedOutputs(paths: readonly (string | undefined)[]): void {
  const seen = new Set<string>();
  for (const p of paths) {
    const id = outputIdentity(p);
    if (seen.has(id))
      throw new UsageError(
        `--output: two formats would go to ${id === "/dev/stdout" ? "standard output" : displayName(p!)}; give each its own file`,
      );
    seen.add(id);
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Remove temporary copies of `path` left by runs that were killed (SIGKILL cannot be caught). */
export function pruneLeftovers(path: string): void {
  const dir = dirname(resolve(path));
  const base = basename(path);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = name.startsWith(base) ? TMP.exec(name.slice(base.length)) : null;
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      // not ours to remove, or gone already
    }
  }
}

const problem = (path: string, e: unknown) =>
  new UsageError(`cannot write ${displayName(path)}: ${(e as Error).message}`);

function streamTo(path: string, stream: WriteStream) {
  let failed: Error | undefined;
  stream.on("error", (e) => (failed = e));
  return {
    async write(text: string) {
      if (failed) throw problem(path, failed);
      // once() rejects if the stream errors while we wait, so a failed write never hangs the run.
      if (text && !stream.write(text)) await once(stream, "drain").catch((e) => Promise.reject(problem(path, e)));
    },
    async end() {
      await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve()))).catch(
        (e) => Promise.reject(problem(path, e)),
      );
      if (failed) throw problem(path, failed);
    },
  };
}

/** A file, or standard output (no name, or /dev/stdout and its aliases), or standard error. */
export function outputTo(path: string | undefined, io: { stdout: Writer; stderr: Writer }): Out {
  const std = path === undefined ? "/dev/stdout" : standardStream(path);
  if (std) return toWriter(std === "/dev/stdout" ? io.stdout : io.stderr);
  return toFile(path!);
}

export function toFile(path: string): Out {
  checkWritable(path);
  if (inPlace(path)) {
    const s = streamTo(path, createWriteStream(path, { flags: "a" }));
    return { put: (text) => s.write(text), close: () => s.end(), abort: () => s.end().catch(() => undefined) };
  }
  pruneLeftovers(path);
  const tmp = tmpName(path);
  let held: string[] = [];
  let heldBytes = 0;
  let s: ReturnType<typeof streamTo> | undefined;
  const spill = async () => {
    inProgress.add(tmp);
    s = streamTo(path, createWriteStream(tmp, { flags: "wx" }));
    const text = held.join("");
    held = [];
    await s.write(text);
  };
  return {
    async put(text) {
      if (s) return s.write(text);
      held.push(text);
      heldBytes += Buffer.byteLength(text);
      if (heldBytes >= SPILL_BYTES) await spill();
    },
    async close() {
      if (s) await s.end();
      else {
        inProgress.add(tmp);
        await writeFile(tmp, held.join(""), { flag: "wx" }).catch((e) => Promise.reject(problem(path, e)));
      }
      await rename(tmp, path);
      inProgress.delete(tmp);
    },
    async abort() {
      held = [];
      if (s) await s.end().catch(() => undefined);
      await unlink(tmp).catch(() => undefined);
      inProgress.delete(tmp);
    },
  };
}
