import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { CommanderError, type Command } from "commander";
import { EXIT, UsageError } from "./errors.js";
import { nodeIO, type IO } from "./io.js";
import { buildProgram } from "./program.js";
import { removeInProgress } from "./write.js";
import { clean, cleanLines } from "../util/sanitize.js";
import { didYouMean } from "../util/did-you-mean.js";

/** Run the command line; returns the exit code. The only place that maps failures to codes. */
export async function main(argv: readonly string[], io: IO): Promise<number> {
  const result = { code: EXIT.ok as number };
  try {
    const program = buildProgram(io, result);
    refuseUnknownCommand(program, argv[0], io.cwd);
    await program.parseAsync([...argv], { from: "user" });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version "exit" with 0; every parsing error is a usage error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`guarantee-score: ${cleanLines(e.message)}\n`);
      return EXIT.usage;
    }
    // A crash is never exit 1 (that means "a file failed"); say what happened, without a stack.
    io.stderr.write(`guarantee-score: internal error: ${clean((e as Error)?.message ?? String(e))}\n`);
    if (io.env.GUARANTEE_SCORE_DEBUG) io.stderr.write(`${(e as Error)?.stack ?? ""}\n`);
    return EXIT.usage;
  }
}

/**
 * `score` is the default command, so `guarantee-score chek drafts` would score "chek" as a file.
 * A first word that names no command and no file, and reads as a word rather than a path, is
 * refused before anything runs.
 */
function refuseUnknownCommand(program: Command, first: string | undefined, cwd: string): void {
  if (first === undefined || !/^[a-z][a-z0-9-]*$/i.test(first)) return;
  const names = ["help", ...program.commands.flatMap((c) => [c.name(), ...c.aliases()])];
  if (names.includes(first) || existsSync(resolve(cwd, first))) return;
  const guess = didYouMean(first, names);
  throw new UsageError(
    `unknown command '${first}'${guess ? ` (did you mean ${guess}?)` : ""}; the commands are ${names.slice(1).join(", ")}`,
  );
}

/** Conventional exit codes of a run cut short by a signal: 128 + the signal's number. */
export const SIGNAL_EXIT = { SIGINT: 130, SIGPIPE: 141, SIGTERM: 143 } as const;

/** Entry point of the binary. */
export async function run(): Promise<void> {
  // Every early end: no half-written report left behind, then the code, nothing else.
  const quit = (code: number): never => {
    removeInProgress();
    process.exit(code);
  };
  // A closed pipe (`guarantee-score … | head`, or `2>&1 | head`) ends the run quietly with the
  // code a process killed by SIGPIPE has: never 0, since the reader did not see every result.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") quit(SIGNAL_EXIT.SIGPIPE);
      if (stream === process.stdout) {
        try {
          process.stderr.write(`guarantee-score: cannot write the output (${e.code ?? e.message})\n`);
        } catch {
          // standard error is gone too
        }
      }
      quit(EXIT.usage);
    });
  }
  // Ctrl-C or a CI timeout: no stack trace, no half-written report, the conventional code.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => quit(SIGNAL_EXIT[signal]));
  // An error thrown outside main's chain (an event handler, a stream): exit 2 like any
  // internal error, without a stack unless asked for.
  const crash = (e: unknown) => {
    try {
      process.stderr.write(`guarantee-score: internal error: ${clean((e as Error)?.message ?? String(e))}\n`);
      if (process.env.GUARANTEE_SCORE_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ""}\n`);
    } catch {
      // standard error is gone
    }
    quit(EXIT.usage);
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
  process.exitCode = await main(process.argv.slice(2), nodeIO());
}
