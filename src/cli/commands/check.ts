// guarantee-score check PATH...: files, folders, patterns or standard input, gated, in one or
// more formats at once, for CI.
import type { Gates } from "../../engine/gates.js";
import type { Format } from "../../present/formats.js";
import type { Paint } from "../../present/text.js";
import { criterionIds, knockoutCarriers } from "../../run/catalogue.js";
import { configName, type ToolConfig } from "../../run/config.js";
import type { Limits } from "../../schema/load.js";
import { didYouMean } from "../../util/did-you-mean.js";
import { clean, displayName } from "../../util/sanitize.js";
import { UsageError } from "../errors.js";
import type { IO } from "../io.js";
import { resolveConfig, type ConfigChoice } from "../settings.js";
import { outputTargets, streamRun, type Output } from "../stream.js";
import { Option } from "commander";
import { EXTENSIONS, FORMATS } from "../../present/formats.js";
import { extname } from "node:path";
import { NO_PAINT } from "../../present/text.js";
import { collect, parseScore } from "../options.js";
import type { Register, SharedFlags } from "../register.js";
import { cacheFor, withCache, type CacheFlags } from "../cache-options.js";
import { EXIT_CODES_HELP } from "../help.js";

export interface CheckOptions {
  outputs: Output[];
  config?: ConfigChoice;
  limits: Limits;
  paint: Paint;
  width: number;
  minScore?: number;
  failOn?: string[];
  stdinFilename?: string;
  /** The run's folder as a real path: links that leave it are not followed. Undefined: --follow-symlinks. */
  root?: string;
  quiet?: boolean;
  /** --cache: the result cache's file. */
  cache?: string;
}

/** `--fail-on a,b --fail-on c` → ids, each checked against the criteria. */
export function parseFailOn(values: readonly string[]): string[] {
  const known = ["knockout", ...criterionIds()];
  const ids = values
    .flatMap((v) => v.split(","))
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of ids) {
    if (!known.includes(id)) {
      const guess = didYouMean(id, known);
      throw new UsageError(
        `--fail-on: unknown criterion "${clean(id)}"${guess ? `; did you mean "${guess}"?` : ""} (expected knockout or one of ${criterionIds().join(", ")})`,
      );
    }
  }
  return [...new Set(ids)];
}

/**
 * `-o sarif=report.sarif` (a format to a file), `-o report.sarif` (the format its extension
 * says: .sarif .xml .json .md .html .txt) or `-o report` (no extension: the main format, as
 * for a device or a pipe). `-` is standard output. An unknown extension is refused rather
 * than filled with a table.
 */
export function parseOutput(value: string, formats: readonly string[]): { format?: Format; file?: string } {
  const file = (name: string) => (name === "-" ? undefined : name);
  const eq = value.indexOf("=");
  const head = eq > 0 ? value.slice(0, eq) : "";
  if (eq > 0 && formats.includes(head)) {
    if (eq === value.length - 1) throw new UsageError(`--output: expected a file name after "${head}="`);
    return { format: head as Format, file: file(value.slice(eq + 1)) };
  }
  if (eq > 0 && /^[a-z]+$/.test(head))
    throw new UsageError(`--output: unknown format "${clean(head)}" (expected one of ${formats.join(", ")})`);
  if (!value) throw new UsageError("--output: expected a file name, or format=file");
  if (value === "-") return {};
  const ext = extname(value).toLowerCase();
  if (!ext) return { file: value };
  if (!Object.hasOwn(EXTENSIONS, ext))
    throw new UsageError(
      `--output: cannot tell the format of ${displayName(value)} from its extension (known: ${Object.keys(EXTENSIONS).join(" ")}); name it, e.g. -o table=${displayName(value)}`,
    );
  return { format: EXTENSIONS[ext], file: value };
}

/** The main format's file (undefined: standard output) and the other outputs, from every -o. */
export function outputsFor(main: Format, specs: readonly string[]): Output[] {
  const outputs: Output[] = [];
  let mainOutput: Output | undefined;
  for (const spec of specs) {
    const { format, file } = parseOutput(spec, FORMATS);
    // A file for the main format, named or by its extension, takes it off standard output.
    if ((format ?? main) === main && !mainOutput) mainOutput = { format: main, file };
    else if (format) outputs.push({ format, file });
    else throw new UsageError("--output: the main format can go to one file only; name others as format=file");
  }
  return [mainOutput ?? { format: main }, ...outputs];
}

export async function check(paths: string[], opts: CheckOptions, io: IO): Promise<number> {
  // Before any work: outputs that cannot be written, or that would overwrite each other.
  const targets = outputTargets(opts.outputs, io.env);
  const config = await resolveConfig(opts.config, io.cwd, opts.root);
  const gates = gatesFor(config, opts);
  return streamRun(paths, targets, config, { ...opts, detail: "summary", gates, gating: true }, io);
}

/**
 * The gates of this run. Those named on the command line are kept apart: no waiver in a
 * configuration file excuses them, and a configuration that disables what --fail-on names
 * is refused, since it would silently cancel that gate.
 */
export function gatesFor(config: ToolConfig, opts: Pick<CheckOptions, "minScore" | "failOn">): Gates {
  const failOn = opts.failOn ?? [];
  const where = `the configuration ${displayName(configName(config) ?? "")}`;
  for (const id of failOn) {
    if (config.scoring.disabled.includes(id))
      throw new UsageError(
        `--fail-on ${id}: ${where} disables ${id}, so this gate could never fail; remove it from disable:, or run with --no-config`,
      );
    const carrier = id === "knockout" && knockoutCarriers().find((r) => config.scoring.disabled.includes(r));
    if (carrier)
      throw new UsageError(
        `--fail-on knockout: ${where} disables ${carrier}, which carries the knock-out, so this gate could never fail; remove it from disable:, or run with --no-config`,
      );
  }
  return {
    minScore: opts.minScore ?? config.gates.minScore,
    failOn: [...new Set([...config.gates.failOn, ...failOn])],
    commandLine: [...(opts.minScore !== undefined ? ["min-score"] : []), ...failOn],
  };
}

interface CheckFlags extends SharedFlags, CacheFlags {
  format: Format;
  config?: ConfigChoice;
  output: string[];
  minScore?: number;
  failOn: string[];
  stdinFilename?: string;
  quiet?: boolean;
}

export const registerCheck: Register = (program, io, result, h) => {
  withCache(h.withConfig(h.withShared(program.command("check"))))
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
    .option("-q, --quiet", "report only failures: the table lists failed and invalid files, -f github only errors")
    .addHelpText(
      "after",
      `\nA folder or pattern that matches no file is an error (exit 2), never a green run.\n${EXIT_CODES_HELP}`,
    )
    .action(async (paths: string[], o: CheckFlags) => {
      const outputs = outputsFor(o.format, o.output);
      const paint = o.format === "table" && !outputs[0]!.file ? await h.paintFor(o) : NO_PAINT;
      result.code = await check(
        paths,
        {
          outputs,
          config: o.config,
          limits: h.limitsFor(o),
          paint,
          width: h.widthFor(),
          minScore: o.minScore,
          failOn: parseFailOn(o.failOn),
          stdinFilename: o.stdinFilename,
          root: h.rootFor(o),
          quiet: o.quiet,
          cache: cacheFor(o, io),
        },
        io,
      );
    });
};
