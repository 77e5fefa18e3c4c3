export interface Writer {
  /** false: the reader is behind; wait for "drain" before writing more. */
  write(text: string): boolean | void;
  once?(event: "drain", listener: () => void): unknown;
}

/** Everything a command may touch of the outside world, so tests can run commands without a process. */
export interface IO {
  stdout: Writer;
  stderr: Writer;
  env: Record<string, string | undefined>;
  cwd: string;
  stdoutIsTTY: boolean;
  readStdin(): Promise<Uint8Array>;
}

export function nodeIO(): IO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
