// The command line: commander parses, each command module does the work.
import { Command, InvalidArgumentError, Option } from "commander";
import { DEFAULT_LIMITS } from "../schema/load.js";
import { makePaint } from "../present/text.js";
import { useColor } from "./color.js";
import { schema } from "./commands/schema.js";
import { validate } from "./commands/validate.js";
import { score } from "./commands/score.js";
import { explain } from "./commands/explain.js";
import { list } from "./commands/list.js";
import { registerDiff } from "./commands/diff.js";
import { check, parseFailOn, parseOutput, type Output } from "./commands/check.js";
import { registerSuggest } from "./commands/suggest.js";
import { registerReport } from "./commands/report.js";
import { registerBacktest } from "./commands/backtest.js";
import { FORMATS, type Format } from "../present/formats.js";
import { NO_PAINT } from "../present/text.js";
import type { IO } from "./io.js";
import { parseCount, parseSize } from "./options.js";
import { UsageError } from "./errors.js";
import { boundaryOf } from "../run/boundary.js";
import type { ConfigChoice } from "../run/pipeline.js";
import { cleanLines } from "../util/sanitize.js";

const collect = (value: string, previous: string[]) => [...previous, value];

function parseScore(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || n > 100)
    throw new InvalidArgumentError(`expected a score from 0 to 100, found "${value}"`);
  return n;
}
import { VERSION } from "../util/version.js";

export const EXIT_CODES_HELP = `
Exit codes:
  0  every file is valid (and, for check, passed its gates)
  1  a file is invalid or failed a gate
  2  the command itself is wrong: unknown option, missing file, nothing to do, or an internal error
  130, 143  interrupted (SIGINT, SIGTERM);  141  the output pipe was closed early`;

interface Shared {
  color?: boolean;
  maxFileSize?: number;
  maxAliases?: number;
  maxDepth?: number;
  maxNodes?: number;
  followSymlinks?: boolean;
}

interface Scoring extends Shared {
  format: Format;
  config?: ConfigChoice;
}

interface Checking extends Scoring {
  output: string[];
  minScore?: number;
  failOn: string[];
  stdinFilename?: string;
}

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

  const paintFor = (o: Shared) => makePaint(useColor({ flag: o.color, env: io.env, isTTY: io.stdoutIsTTY }));
  const limitsFor = (o: Shared) => ({
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
  const rootFor = (o: Shared) => boundaryOf(io.cwd, o.followSymlinks);
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

  withShared(
    program
      .command("validate")
      .description("check that files follow the proposal format; report every problem with its line and column"),
  )
    .argument("<files...>", "proposal files or folders")
    .action(async (files: string[], o: Shared) => {
      result.code = await validate(files, { paint: await paintFor(o), limits: limitsFor(o), root: rootFor(o) }, io);
    });

  const widthFor = () => (io.stdoutIsTTY ? Math.max(80, process.stdout.columns ?? 120) : 120);
  const scoreCommand = (name: string, opts: { isDefault?: boolean } = {}) =>
    withConfig(withShared(program.command(name, opts)))
      .argument("<files...>", "proposal files or folders")
      .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("table"))
      .action(async (files: string[], o: Scoring) => {
        const paint = o.format === "table" ? await paintFor(o) : NO_PAINT;
        result.code = await score(
          files,
          { format: o.format, config: o.config, limits: limitsFor(o), paint, width: widthFor(), root: rootFor(o) },
          io,
        );
      });
  scoreCommand("score", { isDefault: true }).description(
    "score proposals against the credibility criteria (the default command)",
  );

  withConfig(withShared(program.command("check")))
    .description("check files, folders, quoted patterns or - (standard input) against gates, for CI")
    .argument(
      "<paths...>",
      "files, folders (searched for *.yaml and *.yml), quoted glob patterns, or - for standard input",
    )
    .addOption(
      new Option("-f, --format <format>", "format printed on standard output").choices(FORMATS).default("table"),
    )
    .option(
      "-o, --output <[format=]file>",
      "write the main format to a file, or another format to a file (repeatable: -o sarif=r.sarif -o junit=r.xml)",
      collect,
      [],
    )
    .addOption(
      new Option(
        "--min-score <n>",
        "fail a file that scores below n (0-100); no configuration waiver excuses it",
      ).argParser(parseScore),
    )
    .option(
      "--fail-on <rules>",
      "fail a file that fails any of these criteria (comma-separated ids, or knockout); no configuration waiver excuses it",
      collect,
      [],
    )
    .option("--stdin-filename <name>", "name to report for standard input")
    .addHelpText(
      "after",
      `\nA folder or pattern that matches no file is an error (exit 2), never a green run.\n${EXIT_CODES_HELP}`,
    )
    .action(async (paths: string[], o: Checking) => {
      const outputs: Output[] = [];
      let mainToFile: string | undefined;
      for (const spec of o.output) {
        const { format, file } = parseOutput(spec, FORMATS);
        if (format) outputs.push({ format, file });
        else if (mainToFile)
          throw new UsageError("--output: the main format can go to one file only; name others as format=file");
        else mainToFile = file;
      }
      outputs.unshift({ format: o.format, file: mainToFile });
      const paint = o.format === "table" && !mainToFile ? await paintFor(o) : NO_PAINT;
      result.code = await check(
        paths,
        {
          format: o.format,
          outputs,
          config: o.config,
          limits: limitsFor(o),
          paint,
          width: widthFor(),
          minScore: o.minScore,
          failOn: parseFailOn(o.failOn),
          stdinFilename: o.stdinFilename,
          detail: "summary",
          gate: true,
          root: rootFor(o),
        },
        io,
      );
    });

  withConfig(program.command("list"))
    .description("the reference library: the proposals the source documents describe, ranked by score")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"))
    .action(async (o: { format: "table" | "json"; config?: ConfigChoice }) => {
      result.code = await list({ ...o, width: widthFor() }, io);
    });

  withConfig(program.command("explain"))
    .description("list the criteria with their weights, or explain one: why it matters, how it scores, its sources")
    .argument("[rule]", "criterion id, e.g. ratified")
    .action(async (rule: string | undefined, o: { config?: ConfigChoice }) => {
      result.code = await explain(rule, o, io);
    });

  program
    .command("schema")
    .description(
      "print a JSON Schema: of the proposal format (default), of the JSON report (`schema report`) or of the backtest's (`schema backtest`)",
    )
    .argument("[name]", "proposal | report | backtest", "proposal")
    .action(async (name: string) => {
      result.code = await schema(name, io);
    });

  program
    .command("init")
    .description("start a new proposal: every field present and commented, or a copy of a reference (--from)")
    .argument("[file]", "file to write, or - for standard output", "proposal.yaml")
    .option("--from <reference>", "start from this reference of the library (see `guarantee-score list`)")
    .option("--force", "overwrite the file if it exists")
    .action(async (file: string, o: { from?: string; force?: boolean }) => {
      result.code = await (await import("./commands/init.js")).init(file, o, io);
    });

  program
    .command("completion")
    .description("print a shell completion script: completion bash|zsh|fish")
    .argument("<shell>", "bash | zsh | fish")
    .action(async (shell: string) => {
      result.code = await (await import("./commands/completion.js")).completion(shell, program, io);
    });

  const helpers = { withShared, withConfig, paintFor, limitsFor, widthFor, rootFor };
  registerDiff(program, io, result, helpers);
  registerSuggest(program, io, result, helpers);
  registerReport(program, io, result, helpers);
  registerBacktest(program, io, result, helpers);

  return program;
}
