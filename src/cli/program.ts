// The command line: commander parses; each command module registers its command, parses its
// options and does the work. Commands are listed in --help in the order registered here.
import { Command, Option } from "commander";
import { makePaint } from "../present/text.js";
import { boundaryOf } from "../run/boundary.js";
import { DEFAULT_LIMITS } from "../schema/load.js";
import { cleanLines } from "../util/sanitize.js";
import { VERSION } from "../util/version.js";
import { useColor } from "./color.js";
import { registerBacktest } from "./commands/backtest.js";
import { registerCheck } from "./commands/check.js";
import { registerDiff } from "./commands/diff.js";
import { registerExplain } from "./commands/explain.js";
import { registerList } from "./commands/list.js";
import { registerReport } from "./commands/report.js";
import { registerSchema } from "./commands/schema.js";
import { registerScore } from "./commands/score.js";
import { registerSuggest } from "./commands/suggest.js";
import { registerValidate } from "./commands/validate.js";
import { UsageError } from "./errors.js";
import { EXIT_CODES_HELP } from "./help.js";
import type { IO } from "./io.js";
import { parseCount, parseSize } from "./options.js";
import type { Helpers, Register, SharedFlags } from "./register.js";

const COMMANDS: readonly Register[] = [
  registerValidate,
  registerScore,
  registerCheck,
  registerList,
  registerExplain,
  registerSchema,
  registerDiff,
  registerSuggest,
  registerReport,
  registerBacktest,
];

/** Build the program; each action stores its exit code in `result.code`. */
export function buildProgram(io: IO, result: { code: number }): Command {
  const program = new Command("guarantee-score")
    .description("Validate security-guarantee proposals written in YAML and score their credibility.")
    .version(VERSION, "-v, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // Commander quotes the arguments it rejects: made inert like any other text.
      writeErr: (s) => io.stderr.write(cleanLines(s)),
    })
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText("after", EXIT_CODES_HELP);

  const paintFor = (o: SharedFlags) => makePaint(useColor({ flag: o.color, env: io.env, isTTY: io.stdoutIsTTY }));
  const limitsFor = (o: SharedFlags) => ({
    maxBytes: o.maxFileSize ?? DEFAULT_LIMITS.maxBytes,
    maxAliases: o.maxAliases ?? DEFAULT_LIMITS.maxAliases,
    maxDepth: o.maxDepth ?? DEFAULT_LIMITS.maxDepth,
    maxNodes: o.maxNodes ?? DEFAULT_LIMITS.maxNodes,
  });
  const withShared = (cmd: Command) =>
    cmd
      .option("--color", "force colour")
      .option("--no-color", "never colour (NO_COLOR and a non-terminal output also turn it off)")
      .addOption(
        new Option(
          "--max-file-size <size>",
          `largest file read, e.g. 5MB (default ${DEFAULT_LIMITS.maxBytes / 1024 / 1024}MB)`,
        ).argParser(parseSize),
      )
      .addOption(
        new Option(
          "--max-aliases <n>",
          `YAML alias expansions allowed per file (default ${DEFAULT_LIMITS.maxAliases}), a guard against alias bombs`,
        ).argParser(parseCount),
      )
      .addOption(
        new Option(
          "--max-depth <n>",
          `deepest nesting of mappings and lists (default ${DEFAULT_LIMITS.maxDepth})`,
        ).argParser(parseCount),
      )
      .addOption(
        new Option(
          "--max-nodes <n>",
          `most keys, values and list items per file (default ${DEFAULT_LIMITS.maxNodes})`,
        ).argParser(parseCount),
      )
      .option(
        "--follow-symlinks",
        "read files and folders that symbolic links lead to outside the current folder (by default they are refused)",
      );
  const rootFor = (o: SharedFlags) => boundaryOf(io.cwd, o.followSymlinks);
  // --no-config: defaults and the command line only, whatever configuration file the tree holds.
  const withConfig = (cmd: Command) => {
    const given = new Set<string>();
    return cmd
      .option(
        "-c, --config <file>",
        "configuration file (default: the nearest .guarantee-score.yaml in this folder or above)",
      )
      .option("--no-config", "use no configuration file at all: the defaults and the command line only")
      .on("option:config", () => given.add("config"))
      .on("option:no-config", () => given.add("no-config"))
      .hook("preAction", () => {
        if (given.size === 2) throw new UsageError("--config and --no-config contradict each other: give one");
      });
  };

  const widthFor = () => (io.stdoutIsTTY ? Math.max(80, process.stdout.columns ?? 120) : 120);
  const helpers: Helpers = { withShared, withConfig, paintFor, limitsFor, widthFor, rootFor };
  for (const register of COMMANDS) register(program, io, result, helpers);

  return program;
}
