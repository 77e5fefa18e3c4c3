// Output that streams: to standard output with back-pressure, or to a file that no reader
// ever sees half of (written under a temporary name, renamed when complete).
import { once } from "node:events";
import { accessSync, constants, createWriteStream, statSync, unlinkSync } from "node:fs";
import { appendFile, rename, unlink } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { clean } from "../util/sanitize.js";
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

const tmpName = (path: string) => `${path}.${process.pid}.${Date.now()}.tmp`;

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

/** Refuse, in words and before any work, an output path that cannot be written. */
export function checkWritable(path: string): void {
  const dir = dirname(resolve(path));
  const cannot = (why: string) => new UsageError(`cannot write ${clean(path)}: ${why}`);
  const stat = (p: string) => {
    try {
      return statSync(p);
    } catch {
      return undefined;
    }
  };
  const folder = stat(dir);
  if (!folder) throw cannot(`no such folder ${clean(dir)}`);
  if (!folder.isDirectory()) throw cannot(`${clean(dir)} is not a folder`);
  if (stat(path)?.isDirectory()) throw cannot("it is a folder");
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw cannot(`no permission to write in ${clean(dir)}`);
  }
}

export function toFile(path: string): Out {
  checkWritable(path);
  const tmp = tmpName(path);
  inProgress.add(tmp);
  const stream = createWriteStream(tmp);
  let failed: Error | undefined;
  stream.on("error", (e) => (failed = e));
  const problem = (e: unknown) => new UsageError(`cannot write ${clean(path)}: ${clean((e as Error).message)}`);
  const finished = () => new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return {
    async put(text) {
      if (failed) throw problem(failed);
      // once() rejects if the stream errors while we wait, so a failed write never hangs the run.
      if (text && !stream.write(text)) await once(stream, "drain").catch((e) => Promise.reject(problem(e)));
    },
    async close() {
      await finished().catch((e) => Promise.reject(problem(e)));
      if (failed) throw problem(failed);
      await rename(tmp, path);
      inProgress.delete(tmp);
    },
    async abort() {
      await finished().catch(() => undefined);
      await unlink(tmp).catch(() => undefined);
      inProgress.delete(tmp);
    },
  };
}
