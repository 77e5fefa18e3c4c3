// Score files, folders, patterns or standard input; gate; write one or more formats.
import { rules } from "../../model/rules/index.js";
import { formatters, type Format } from "../../present/formats.js";
import { NO_PAINT, type Paint } from "../../present/text.js";
import type { FormatContext, RunTail, Sink } from "../../present/sink.js";
import type { Limits } from "../../schema/load.js";
import { didYouMean } from "../../util/did-you-mean.js";
import { clean, displayName } from "../../util/sanitize.js";
import { UsageError } from "../errors.js";
import { expandPaths, type Unchecked } from "../../run/files.js";
import type { ToolConfig } from "../../run/config.js";
import type { FileResult } from "../../engine/result.js";
import type { IO } from "../io.js";
import { references, resolveConfig, runHead, today, type ConfigChoice } from "../../run/pipeline.js";
import { perform } from "../../run/helper.js";
import { scoreInOrder } from "../../run/pool.js";
import { append, checkWritable, outputTo, refuseSharedOutputs, type Out } from "../write.js";
import { Gatekeeper, KNOCKOUT_RULES, type Gates } from "../../engine/gates.js";
import { place } from "../../analysis/references.js";
import { historyFigures } from "../../analysis/history.js";
import { describeChanges } from "../../engine/config.js";
import type { BacktestNote } from "../../present/sink.js";
import { EXIT } from "../errors.js";

export interface Output {
  format: Format;
  /** Absent: standard output. */
  file?: string;
}

export interface CheckOptions {
  format: Format;
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
  /** Scorecards per file (score) or one row per file (check). */
  detail: FormatContext["detail"];
  /** `score` reads; only `check` gates (exit 1 on a failed gate). */
  gate: boolean;
  /** Attach this many suggestions to each scored file (the table scorecard shows them). */
  suggestions?: number;
}

export const STDIN = "-";

/** `--fail-on a,b --fail-on c` → ids, each checked against the criteria. */
export function parseFailOn(values: readonly string[]): string[] {
  const known = ["knockout", ...rules.map((r) => r.meta.id)];
  const ids = values
    .flatMap((v) => v.split(","))
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of ids) {
    if (!known.includes(id)) {
      const guess = didYouMean(id, known);
      throw new UsageError(
        `--fail-on: unknown criterion "${clean(id)}"${guess ? `; did you mean "${guess}"?` : ""} (expected knockout or one of ${rules.map((r) => r.meta.id).join(", ")})`,
      );
    }
  }
  return [...new Set(ids)];
}

/** `-o sarif=report.sarif` (a format to a file) or `-o report.txt` (the main format to a file). */
export function parseOutput(value: string, formats: readonly string[]): { format?: Format; file: string } {
  const eq = value.indexOf("=");
  const head = eq > 0 ? value.slice(0, eq) : "";
  if (eq > 0 && formats.includes(head)) {
    if (eq === value.length - 1) throw new UsageError(`--output: expected a file name after "${head}="`);
    return { format: head as Format, file: value.slice(eq + 1) };
  }
  if (eq > 0 && /^[a-z]+$/.test(head))
    throw new UsageError(`--output: unknown format "${clean(head)}" (expected one of ${formats.join(", ")})`);
  if (!value) throw new UsageError("--output: expected a file name, or format=file");
  return { file: value };
}

export async function check(paths: string[], opts: CheckOptions, io: IO): Promise<number> {
  // Before any work: outputs that cannot be written, or that would overwrite each other.
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  const withSummary = summaryFile && opts.outputs.some((o) => o.format === "github");
  const targets = [
    ...opts.outputs.map((o) => ({ format: o.format, file: o.file, append: false })),
    ...(withSummary ? [{ format: "markdown" as const, file: summaryFile, append: true }] : []),
  ];
  refuseSharedOutputs(targets.map((t) => t.file));
  for (const t of targets) if (t.file && !t.append) checkWritable(t.file);
  const config = await resolveConfig(opts.config, io.cwd, opts.root);
  const gates = opts.gate ? gatesFor(config, opts) : { failOn: [] };
  const { files, missing, skipped, unchecked } = await expandPaths(
    paths.filter((p) => p !== STDIN),
    { root: opts.root },
  );
  for (const m of missing) io.stderr.write(`guarantee-score: ${clean(m)}\n`);
  for (const k of skipped) io.stderr.write(`guarantee-score: skipped ${displayName(k.path)}: ${clean(k.reason)}\n`);
  const stdin = paths.includes(STDIN)
    ? await perform({
        kind: "score",
        input: { ok: true, file: opts.stdinFilename ?? "<stdin>", buf: await io.readStdin(opts.limits.maxBytes) },
        limits: opts.limits,
        config,
        extras: { suggestions: opts.suggestions },
      })
    : undefined;
  const refs = files.length || stdin?.valid ? await references(config) : [];
  // Results known before scoring (standard input, paths that cannot be checked), placed among the files by name.
  const ready = new Map<string, FileResult>(unchecked.map((u) => [u.path, uncheckedResult(u)]));
  if (stdin) ready.set(stdin.file, stdin);

  // Machine formats are never coloured, whatever the terminal.
  const ctx = (format: Format) => ({
    paint: format === "table" ? opts.paint : NO_PAINT,
    width: opts.width,
    detail: opts.detail,
  });
  const sinks = await Promise.all(
    targets.map(async (t) => ({
      sink: await formatters[t.format](ctx(t.format)),
      out: t.append ? appendTo(t.file!) : outputTo(t.file, io),
    })),
  );

  const keeper = new Gatekeeper(gates, config.waivers, today(io.env));
  const summary = { files: 0, passed: 0, failed: 0, invalid: 0, waived: 0 };
  const emit = async (pick: (s: Sink) => string) => {
    for (const { sink, out } of sinks) await out.put(pick(sink));
  };
  try {
    const head = {
      ...runHead(config, gates, opts.gate),
      skipped,
      root: io.cwd,
      ...(await footerFigures(opts, config.scoring)),
    };
    await emit((s) => s.begin(head));
    // Files in path order, the results known already in their places among them by name.
    const sorted = [...files].sort();
    const order = ready.size ? [...sorted, ...ready.keys()].sort() : sorted;
    const scored = scoreInOrder(sorted, config, opts.limits, { suggestions: opts.suggestions });
    try {
      for (const name of order) {
        const raw = ready.get(name) ?? (await scored.next()).value!;
        const r = keeper.check(raw.valid ? { ...raw, nearest: place(raw.score, raw.id, refs) } : raw);
        summary.files++;
        if (r.gate.passed) summary.passed++;
        else if (r.valid) summary.failed++;
        else summary.invalid++;
        summary.waived += r.gate.waived.length;
        await emit((s) => s.file(r));
      }
    } finally {
      // The consumer knows when it has every file; ending the generator stops its threads.
      await scored.return(undefined);
    }
    const exitCode = missing.length ? EXIT.usage : summary.passed === summary.files ? EXIT.ok : EXIT.failed;
    const tail: RunTail = { summary, waivers: keeper.waivers(), exitCode };
    await emit((s) => s.end(tail));
    for (const { out } of sinks) await out.close();
    return exitCode;
  } catch (e) {
    for (const { out } of sinks) await out.abort();
    throw e;
  }
}

/** A path that cannot be checked (an unreadable folder, a link out of the run's folder) fails like an invalid file. */
export const uncheckedResult = (u: Unchecked): FileResult => ({
  file: u.path,
  valid: false,
  errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, code: u.code, path: "", message: u.message }],
});

/**
 * The gates of this run. Those named on the command line are kept apart: no waiver in a
 * configuration file excuses them, and a configuration that disables what --fail-on names
 * is refused, since it would silently cancel that gate.
 */
export function gatesFor(config: ToolConfig, opts: Pick<CheckOptions, "minScore" | "failOn">): Gates {
  const failOn = opts.failOn ?? [];
  const where = `the configuration ${displayName(config.file ?? "")}`;
  for (const id of failOn) {
    if (config.scoring.disabled.includes(id))
      throw new UsageError(
        `--fail-on ${id}: ${where} disables ${id}, so this gate could never fail; remove it from disable:, or run with --no-config`,
      );
    const carrier = id === "knockout" && KNOCKOUT_RULES.find((r) => config.scoring.disabled.includes(r));
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

/** The scorecards' footer line: the default settings' figure, computed at build time (never a reason for a slower run). */
async function footerFigures(
  opts: CheckOptions,
  scoring: Parameters<typeof describeChanges>[0],
): Promise<{ backtest?: BacktestNote }> {
  if (opts.detail !== "scorecards" || !opts.outputs.some((o) => o.format === "table")) return {};
  const figures = await historyFigures();
  return figures
    ? {
        backtest: {
          auc: figures.auc,
          cases: figures.cases,
          sameSettings: describeChanges(scoring, rules).length === 0,
        },
      }
    : {};
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
