export interface Writer {
  /** false: the reader is behind; wait for "drain" before writing more. */
  write(text: string): boolean | undefined;
  once?(event: "drain", listener: () => void): unknown;
}

/** Everything a command may touch of the outside world, so tests can run commands without a process. */
export interface IO {
  stdout: Writer;
  stderr: Writer;
  env: Record<string, string | undefined>;
  cwd: string;
  stdoutIsTTY: boolean;
  /** Standard input, read to at most one byte past `maxBytes`: enough to tell it is too large. */
  readStdin(maxBytes?: number): Promise<Uint8Array>;
}

export function nodeIO(): IO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    async readStdin(maxBytes = Infinity) {
      // `check - < /dev/zero` or 3 GB piped in: reading stops past the limit (leaving the loop closes the stream).
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        size += (chunk as Buffer).length;
        if (size > maxBytes) break;
      }
      const all = Buffer.concat(chunks);
      return size > maxBytes ? all.subarray(0, maxBytes + 1) : all;
    },
  };
}
