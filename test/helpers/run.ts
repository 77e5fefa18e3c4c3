// Run the BUILT binary (bin/guarantee-score.js → dist/bundle/), as a user would.
// Reusable by every end-to-end test: `run(["validate", file], { cwd })`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = resolve(ROOT, "bin/guarantee-score.js");
const ENTRY = resolve(ROOT, "dist/bundle/cli.js");

export interface RunOptions {
  /** Working directory of the child; defaults to the project root. */
  cwd?: string;
  /** Extra environment; a key set to undefined removes that variable. */
  env?: Record<string, string | undefined>;
  /** Text written to the child's stdin. */
  input?: string;
  /** Milliseconds before the child is killed (a hang is a failure, not a stuck suite). */
  timeout?: number;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Throws a clear message when the project has not been built. */
export function assertBuilt(): void {
  if (!existsSync(ENTRY)) {
    throw new Error(
      `${ENTRY} is missing: end-to-end tests run the built binary. Build first: npm run build (npm test does it for you).`,
    );
  }
}

export function run(args: readonly string[], opts: RunOptions = {}): RunResult {
  assertBuilt();
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: "1",
    FORCE_COLOR: undefined,
    // Tables fit COLUMNS when it is set: pinned, so that no output depends on the shell the
    // tests run in (the width a pipe got before tables fitted the terminal). test/cli/width.test.ts
    // removes it to see the default.
    COLUMNS: "120",
    ...opts.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env,
    input: opts.input ?? "",
    encoding: "utf8",
    timeout: opts.timeout ?? 20_000,
    // SIGKILL: a child stuck where it cannot answer SIGTERM must not hold up the suite.
    killSignal: "SIGKILL",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  if (r.status === null)
    throw new Error(
      `guarantee-score ${args.join(" ")} was killed by ${r.signal ?? "a signal"} (a hang?)\nstderr: ${r.stderr}`,
    );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Lines of a stack trace ("    at fn (file:1:2)") must never reach a user. */
export const STACK_TRACE = /^\s+at\s/m;
