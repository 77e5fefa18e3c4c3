// Write a scoring run (run/score-files.ts) in one or more formats as it goes: to standard
// output, to files, and, with -f github in GitHub Actions, the Markdown report appended to
// $GITHUB_STEP_SUMMARY. Shared by `score` and `check`.
import type { Gates } from "../engine/gates.js";
import { formatters, type Format } from "../present/formats.js";
import type { FormatContext, Sink } from "../present/sink.js";
import { NO_PAINT, type Paint } from "../present/text.js";
import type { ToolConfig } from "../run/config.js";
import { expandPaths } from "../run/files.js";
import { backtestNote, runHead, today } from "../run/head.js";
import type { RunTail } from "../run/result.js";
import { references, scoreFiles } from "../run/score-files.js";
import type { Limits } from "../schema/load.js";
import { clean, displayName } from "../util/sanitize.js";
import { EXIT } from "./errors.js";
import type { IO } from "./io.js";
import { append, checkWritable, outputTo, refuseSharedOutputs, type Out } from "./write.js";

export const STDIN = "-";

export interface Output {
  format: Format;
  /** Absent: standard output. */
  file?: string;
}

interface Target extends Output {
  /** The step summary is appended to, never replaced. */
  append: boolean;
}

/** The run's outputs, refused before any work when one cannot be written or two would overwrite each other. */
export function outputTargets(outputs: readonly Output[], env: IO["env"]): Target[] {
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  const withSummary = summaryFile && outputs.some((o) => o.format === "github");
  const targets = [
    ...outputs.map((o) => ({ format: o.format, file: o.file, append: false })),
    ...(withSummary ? [{ format: "markdown" as const, file: summaryFile, append: true }] : []),
  ];
  refuseSharedOutputs(targets.map((t) => t.file));
  for (const t of targets) if (t.file && !t.append) checkWritable(t.file);
  return targets;
}

export interface StreamOptions {
  limits: Limits;
  paint: Paint;
  width: number;
  /** Scorecards per file (score) or one row per file (check). */
  detail: FormatContext["detail"];
  gates: Gates;
  /** Whether the command gates: the configuration's gates and waivers are then part of what it changed. */
  gating: boolean;
  /** check --quiet: only failures in the table and the annotations. */
  quiet?: boolean;
  /** Keep this many suggestions per file (the table scorecard shows them). */
  suggestions?: number;
  stdinFilename?: string;
  /** The run's folder as a real path: links that leave it are not followed. Undefined: --follow-symlinks. */
  root?: string;
  /** --cache: the result cache's file. */
  cache?: string;
}

/** Score files, folders, patterns or standard input and write every target; returns the exit code. */
export async function streamRun(
  paths: readonly string[],
  targets: readonly Target[],
  config: ToolConfig,
  opts: StreamOptions,
  io: IO,
): Promise<number> {
  const { files, missing, skipped, unchecked } = await expandPaths(
    paths.filter((p) => p !== STDIN),
    { root: opts.root },
  );
  for (const m of missing) io.stderr.write(`guarantee-score: ${clean(m)}\n`);
  for (const k of skipped) io.stderr.write(`guarantee-score: skipped ${displayName(k.path)}: ${clean(k.reason)}\n`);
  const stdin = paths.includes(STDIN)
    ? { ok: true as const, file: opts.stdinFilename ?? "<stdin>", buf: await io.readStdin(opts.limits.maxBytes) }
    : undefined;
  const run = await scoreFiles(
    { files, unchecked, stdin },
    {
      config,
      limits: opts.limits,
      gates: opts.gates,
      today: today(io.env),
      suggestions: opts.suggestions,
      cache: opts.cache,
      warn: (m) => io.stderr.write(`guarantee-score: ${m}\n`),
    },
  );

  const chart = targets.some((t) => t.format === "html")
    ? { references: await references(config), thresholds: config.acceptability.thresholds }
    : undefined;
  // Machine formats are never coloured, whatever the terminal.
  const ctx = (format: Format) => ({
    paint: format === "table" ? opts.paint : NO_PAINT,
    width: opts.width,
    detail: opts.detail,
    chart,
    quiet: opts.quiet,
  });
  const sinks = await Promise.all(
    targets.map(async (t) => ({
      sink: await formatters[t.format](ctx(t.format)),
      out: t.append ? appendTo(t.file!) : outputTo(t.file, io),
    })),
  );
  const emit = async (pick: (s: Sink) => string) => {
    for (const { sink, out } of sinks) await out.put(pick(sink));
  };
  try {
    // The scorecards end with the score's backtest figure, computed at build time.
    const wantsNote = opts.detail === "scorecards" && targets.some((t) => t.format === "table" && !t.append);
    const note = wantsNote ? await backtestNote(config) : undefined;
    const head = {
      ...runHead(config, opts.gates, opts.gating),
      skipped,
      root: io.cwd,
      ...(note ? { backtest: note } : {}),
    };
    await emit((s) => s.begin(head));
    for await (const r of run.results) await emit((s) => s.file(r));
    const { summary } = run;
    const exitCode = missing.length ? EXIT.usage : summary.passed === summary.files ? EXIT.ok : EXIT.failed;
    const tail: RunTail = { summary, waivers: run.waivers(), exitCode };
    await emit((s) => s.end(tail));
    for (const { out } of sinks) await out.close();
    return exitCode;
  } catch (e) {
    for (const { out } of sinks) await out.abort();
    throw e;
  }
}

function appendTo(file: string): Out {
  let text = "";
  return {
    put: async (t) => {
      text += t;
    },
    close: () => append(file, text),
    abort: async () => undefined,
  };
}
