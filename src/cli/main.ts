import { CommanderError } from "commander";
import { EXIT, UsageError } from "./errors.js";
import { nodeIO, type IO } from "./io.js";
import { buildProgram } from "./program.js";
import { removeInProgress } from "./write.js";

/** Run the command line; returns the exit code. The only place that maps failures to codes. */
export async function main(argv: readonly string[], io: IO): Promise<number> {
  const result = { code: EXIT.ok as number };
  try {
    await buildProgram(io, result).parseAsync([...argv], { from: "user" });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version "exit" with 0; every parsing error is a usage error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`guarantee-score: ${e.message}\n`);
      return EXIT.usage;
    }
    // A crash is never exit 1 (that means "a file failed"); say what happened, without a stack.
    io.stderr.write(`guarantee-score: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (io.env.GUARANTEE_SCORE_DEBUG) io.stderr.write(`${(e as Error)?.stack ?? ""}\n`);
    return EXIT.usage;
  }
}

/** Entry point of the binary. */
export async function run(): Promise<void> {
  // A closed pipe (`guarantee-score … | head`) ends the run quietly, as other tools do.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") {
      removeInProgress();
      process.exit(process.exitCode ?? 0);
    }
    throw e;
  });
  // Ctrl-C or a CI timeout: no stack trace, no half-written report, the conventional code.
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      removeInProgress();
      process.exit(code);
    });
  }
  process.exitCode = await main(process.argv.slice(2), nodeIO());
}
