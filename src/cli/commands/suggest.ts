// guarantee-score suggest FILE: the single-field changes that would raise the credibility
// total most, each re-scored, with its cost in acceptability.
import { stat } from "node:fs/promises";
import { InvalidArgumentError, Option } from "commander";
import { NOTE } from "../../analysis/acceptability.js";
import { acceptabilitySection, suggestionsSection } from "../../present/acceptability-text.js";
import { formatDiagnostic, NO_PAINT, type Paint } from "../../present/text.js";
import { problemCount } from "../../schema/diagnostic.js";
import type { Limits } from "../../schema/load.js";
import type { Suggestion } from "../../analysis/suggest/types.js";
import { perform, readInput } from "../../run/helper.js";
import type { Input } from "../../run/jobs.js";
import { clean, displayName, toJson } from "../../util/sanitize.js";
import { EXIT, UsageError } from "../errors.js";
import type { IO } from "../io.js";
import { runHead } from "../../run/head.js";
import { resolveConfig, type ConfigChoice } from "../settings.js";
import { leavesRoot, outsideDiagnostic } from "../../run/boundary.js";
import type { Register, SharedFlags } from "../register.js";

export const SUGGEST_FORMATS = ["table", "json"] as const;
export type SuggestFormat = (typeof SUGGEST_FORMATS)[number];

export interface SuggestOptions {
  format: SuggestFormat;
  /** How many suggestions to show; all of them when undefined. */
  top?: number;
  config?: ConfigChoice;
  limits: Limits;
  paint: Paint;
  stdinFilename?: string;
  /** The run's folder as a real path: a link that leaves it is refused. Undefined: --follow-symlinks. */
  root?: string;
}

const json = (o: SuggestionOut[] | unknown) => toJson(o, 2);
type SuggestionOut = ReturnType<typeof suggestionOut>;

const suggestionOut = (s: Suggestion, i: number) => ({
  rank: i + 1,
  field: s.field,
  change: { op: s.change.op, path: [...s.change.path], ...(s.change.op === "remove" ? {} : { value: s.change.value }) },
  action: s.action,
  label: s.label,
  credibility: { ...s.credibility },
  acceptability: { ...s.acceptability },
  quadrant: { ...s.quadrant },
});

async function read(file: string, opts: SuggestOptions, io: IO): Promise<Input> {
  if (file === "-")
    return { ok: true, file: opts.stdinFilename ?? "<stdin>", buf: await io.readStdin(opts.limits.maxBytes) };
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new UsageError(`no such file: ${clean(file)}`);
  if (info.isDirectory()) throw new UsageError(`${clean(file)} is a folder: suggest takes one proposal file`);
  const real = await leavesRoot(file, opts.root);
  if (real) return { ok: false, file, diagnostics: [outsideDiagnostic(real, "file")] };
  return readInput(file, opts.limits.maxBytes);
}

export async function suggest(file: string, opts: SuggestOptions, io: IO): Promise<number> {
  const config = await resolveConfig(opts.config, io.cwd, opts.root);
  const head = runHead(config, { failOn: [] });
  const loaded = await perform({ kind: "suggest", input: await read(file, opts, io), limits: opts.limits, config });
  if (!loaded.ok) {
    if (opts.format === "json") {
      const errors = loaded.diagnostics.map((d) => ({
        code: d.code,
        message: d.message,
        path: d.path,
        line: d.line,
        column: d.column,
      }));
      io.stdout.write(
        `${json({ schemaVersion: 1, tool: head.tool, config: head.config, file: loaded.file, valid: false, errors, suggestions: [] })}\n`,
      );
    } else {
      const n = problemCount(loaded.diagnostics);
      io.stdout.write(
        `${opts.paint.bold(displayName(loaded.file))}: ${opts.paint.fail(`invalid, ${n} problem${n === 1 ? "" : "s"}; nothing to suggest`)}\n`,
      );
      for (const d of loaded.diagnostics) io.stdout.write(`  ${formatDiagnostic(loaded.file, d, opts.paint)}\n`);
    }
    return EXIT.failed;
  }
  const { scored, acceptability, suggestions: all } = loaded;
  const shown = opts.top === undefined ? all : all.slice(0, opts.top);
  if (opts.format === "json") {
    const doc = {
      schemaVersion: 1,
      tool: head.tool,
      config: head.config,
      file: loaded.file,
      valid: true,
      id: scored.id,
      title: scored.title,
      score: scored.score,
      tier: scored.tier,
      acceptability: {
        rejected: acceptability.rejected,
        quadrant: acceptability.quadrant,
        thresholds: acceptability.thresholds,
        note: NOTE,
      },
      suggestions: shown.map(suggestionOut),
      more: all.length - shown.length,
    };
    io.stdout.write(`${json(doc)}\n`);
    return EXIT.ok;
  }
  const { paint } = opts;
  const more = all.length > shown.length ? `${all.length - shown.length} more with --top ${all.length}` : undefined;
  const out = [
    // "Title:" first: no line begins with text from the file (GitHub's runner reads ::command lines).
    `${paint.bold(displayName(loaded.file))}\nTitle: ${clean(scored.title)}\n`,
    `Credibility ${paint.bold(`${scored.score}/100`)}: ${clean(scored.tier)}\n`,
    acceptabilitySection(acceptability, paint),
    suggestionsSection(shown, paint, more),
    paint.dim(
      "Each change is applied alone to a copy of the file, checked against the format and re-scored; the best value per field is shown.\n",
    ),
    head.config.file
      ? paint.dim(
          `Configuration: ${displayName(head.config.file)}${head.config.changes.length ? ` (${head.config.changes.map(clean).join("; ")})` : ""}\n`,
        )
      : "",
  ];
  io.stdout.write(out.join(""));
  return EXIT.ok;
}

function parseTop(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
    throw new InvalidArgumentError(`expected a whole number of 1 or more, found "${value}"`);
  return Number(value);
}

export const registerSuggest: Register = (program, io, result, h) => {
  h.withConfig(h.withShared(program.command("suggest")))
    .description(
      "the single-field changes that would raise the credibility score most, each re-scored, with its cost in acceptability",
    )
    .argument("<file>", "one proposal file, or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(SUGGEST_FORMATS).default("table"))
    .addOption(new Option("--top <n>", "show the n best").argParser(parseTop).default(10))
    .option("--stdin-filename <name>", "name to report for standard input")
    .action(
      async (
        file: string,
        o: SharedFlags & { format: SuggestFormat; top: number; config?: ConfigChoice; stdinFilename?: string },
      ) => {
        const paint = o.format === "table" ? await h.paintFor(o) : NO_PAINT;
        result.code = await suggest(
          file,
          {
            format: o.format,
            top: o.top,
            config: o.config,
            limits: h.limitsFor(o),
            paint,
            stdinFilename: o.stdinFilename,
            root: h.rootFor(o),
          },
          io,
        );
      },
    );
};
