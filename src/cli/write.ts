// Output that streams: to standard output with back-pressure, or to a file that no reader
// ever sees half of (written under a temporary name, renamed when complete).
import { createWriteStream, unlinkSync } from "node:fs";
import { appendFile, rename, unlink } from "node:fs/promises";
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

export function toFile(path: string): Out {
  const tmp = tmpName(path);
  inProgress.add(tmp);
  const stream = createWriteStream(tmp);
  let failed: Error | undefined;
  stream.on("error", (e) => (failed = e));
  const finished = () => new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return {
    async put(text) {
      if (failed) throw failed;
      if (text && !stream.write(text)) await new Promise<void>((resolve) => stream.once("drain", resolve));
    },
    async close() {
      await finished();
      if (failed) throw failed;
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
