// guarantee-score backtest [PATH...]: score every file with an outcome and say how well the
// score put the guarantees that held above those that failed (docs/backtest.md). With no path,
// the history library shipped with the tool; with --atop DIR, ATOP and Berkemeier & Fuhrmann.
import { join, relative, resolve } from "node:path";
import { InvalidArgumentError, Option } from "commander";
import { analyse } from "../../analysis/backtest/analyse.js";
import { AtopError, ATOP_FILES, type AtopTexts } from "../../analysis/backtest/atop.js";
import type { CaseGroup } from "../../analysis/backtest/calibrate.js";
import { DEFAULT_RESAMPLES, DEFAULT_SEED } from "../../analysis/backtest/bootstrap.js";
import { atopToCases, type CaseSettings } from "../../analysis/backtest/case.js";
import { HISTORY_DIR, historyFiles, scoreCases, type Scored } from "../../analysis/history.js";
import { backtestJson, backtestMarkdown, backtestTable, type BacktestReport } from "../../present/backtest.js";
import { calibrationJson, calibrationMarkdown, calibrationTable } from "../../present/calibration.js";
import { formatDiagnostic, NO_PAINT, type Paint } from "../../present/text.js";
import { readText, type Limits } from "../../schema/load.js";
import { clean, displayName } from "../../util/sanitize.js";
import { EXIT, UsageError } from "../errors.js";
import { expandPaths, uncheckedProblem } from "../../run/files.js";
import type { IO } from "../io.js";
import { caseSettings, fitWeights } from "../../run/catalogue.js";
import { runHead } from "../../run/head.js";
import { resolveConfig, type ConfigChoice } from "../settings.js";
import type { Register, SharedFlags } from "../register.js";

export const BACKTEST_FORMATS = ["table", "json", "markdown"] as const;
export type BacktestFormat = (typeof BACKTEST_FORMATS)[number];

export interface BacktestOptions {
  format: BacktestFormat;
  config?: ConfigChoice;
  /** The run's folder as a real path: links that leave it are refused. Undefined: --follow-symlinks. */
  root?: string;
  /** The folder of ATOP and Berkemeier & Fuhrmann data, instead of proposal files (with --fit, beside them). */
  atop?: string;
  /** Fit the weights to the outcomes instead, and report them with in-sample and held-out figures. */
  fit?: boolean;
  resamples: number;
  seed: number;
  limits: Limits;
  paint: Paint;
}

/** Said with every ATOP result: what it measures, and what it does not. */
export const ATOP_NOTE =
  "This measures whether allies honoured a commitment once deterrence had failed and war had come: a selected sample, since alliances that deterred were never invoked. It does not measure whether a guarantee deterred. Proposals are mapped from ATOP by the rule in docs/backtest.md; troops, ratification and the adversary are not in ATOP and score alike for every case.";

/** The package root, for naming the shipped library's files as proposals/history/x.yaml. */
const PACKAGE_ROOT = resolve(HISTORY_DIR, "../..");

// The data files are a few hundred kilobytes; the limit only stops a FIFO, a device or a huge file.
const ATOP_MAX_BYTES = 16 * 1024 * 1024;

/** The three files, read one after another, so a missing one is always named in the same order. */
async function readAtop(dir: string): Promise<AtopTexts> {
  const texts: Partial<Record<keyof AtopTexts, string>> = {};
  for (const [role, name] of Object.entries(ATOP_FILES) as [keyof AtopTexts, string][]) {
    texts[role] = await readText(join(dir, name), ATOP_MAX_BYTES).catch((e: NodeJS.ErrnoException) => {
      throw new UsageError(
        `--atop ${clean(dir)}: cannot read ${name} (${e.code ?? e.message}); the folder must hold ${Object.values(ATOP_FILES).join(", ")}`,
      );
    });
  }
  return texts as AtopTexts;
}

/** Each invoked commitment as a proposal in memory, checked against the format and scored like a file. */
async function atopScored(dir: string, settings: CaseSettings): Promise<Scored> {
  const texts = await readAtop(dir);
  try {
    return { cases: atopToCases(texts, settings), skipped: [], invalid: [] };
  } catch (e) {
    if (e instanceof AtopError) throw new UsageError(`--atop ${clean(dir)}: ${clean(e.message)}`);
    throw e;
  }
}

export async function backtest(paths: string[], opts: BacktestOptions, io: IO): Promise<number> {
  const config = await resolveConfig(opts.config, io.cwd, opts.root);
  const settings = caseSettings(config);
  if (opts.fit) return fitted(paths, opts, settings, io);
  let scored: Scored;
  let source: BacktestReport["source"];
  if (opts.atop !== undefined) {
    if (paths.length)
      throw new UsageError("give proposal paths or --atop DIR, not both: the ATOP result is reported on its own");
    const dir = resolve(io.cwd, opts.atop);
    scored = await atopScored(dir, settings);
    source = { kind: "atop", label: `ATOP 4.01 with Berkemeier & Fuhrmann (2018), ${opts.atop}`, note: ATOP_NOTE };
  } else ({ scored, source } = await proposalCases(paths, opts, settings, io));
  requireBothOutcomes(scored, source.label, io);

  const head = runHead(config, { failOn: [] });
  const report: BacktestReport = {
    tool: head.tool,
    config: head.config,
    source,
    analysis: analyse(scored.cases, { tiers: config.scoring.tiers, resamples: opts.resamples, seed: opts.seed }),
    skipped: scored.skipped,
    invalid: scored.invalid.map((f) => ({ file: f.file, errors: f.diagnostics })),
  };
  const render = {
    table: () => backtestTable(report, opts.paint),
    markdown: () => backtestMarkdown(report),
    json: () => backtestJson(report),
  }[opts.format];
  io.stdout.write(render());
  return scored.invalid.length ? EXIT.failed : EXIT.ok;
}

/** The history library (no paths) or the files given, scored as cases. */
async function proposalCases(
  paths: string[],
  opts: BacktestOptions,
  settings: CaseSettings,
  io: IO,
): Promise<{ scored: Scored; source: BacktestReport["source"] }> {
  if (!paths.length) {
    const files = await historyFiles();
    return {
      scored: await scoreCases(files, settings, opts.limits, (f) => relative(PACKAGE_ROOT, f)),
      source: {
        kind: "history",
        label: `the history library (${relative(PACKAGE_ROOT, HISTORY_DIR)}, ${files.length} files)`,
        note: null,
      },
    };
  }
  const { files, missing, skipped, unchecked } = await expandPaths(paths, { root: opts.root });
  if (missing.length) throw new UsageError(missing.map(clean).join("\n"));
  for (const k of skipped) io.stderr.write(`guarantee-score: skipped ${displayName(k.path)}: ${clean(k.reason)}\n`);
  const scored = await scoreCases([...files].sort(), settings, opts.limits);
  // Unreadable folders and links out of the tree are invalid files, listed like the others.
  for (const u of unchecked) scored.invalid.push({ ok: false, file: u.path, diagnostics: [uncheckedProblem(u)] });
  return {
    scored,
    source: { kind: "files", label: `${files.length} file${files.length === 1 ? "" : "s"}`, note: null },
  };
}

/** The invalid files, each problem located, on standard error: they are listed, not scored. */
function listInvalid(scored: Scored, io: IO): void {
  for (const f of scored.invalid)
    for (const d of f.diagnostics) io.stderr.write(`${formatDiagnostic(f.file, d, NO_PAINT)}\n`);
}

/** A backtest, and a fit, need held and failed cases; without both there is nothing to compare (exit 2). */
function requireBothOutcomes(scored: Scored, label: string, io: IO): void {
  const held = scored.cases.filter((c) => c.result === "held").length;
  const failed = scored.cases.length - held;
  if (held && failed) return;
  listInvalid(scored, io);
  const read = `${scored.skipped.length} without an outcome, ${scored.invalid.length} invalid`;
  throw new UsageError(
    scored.cases.length
      ? `a backtest compares guarantees that held with guarantees that failed; ${clean(label)} has ${held} held and ${failed} failed (${read})`
      : `no file in ${clean(label)} has an outcome block, so there is nothing to backtest (${read}); docs/proposal-format.md says how to add one`,
  );
}

/** --fit: the priors fitted to the cases' outcomes (and ATOP's, with --atop), measured in-sample and held out. */
async function fitted(paths: string[], opts: BacktestOptions, settings: CaseSettings, io: IO): Promise<number> {
  const { scored, source } = await proposalCases(paths, opts, settings, io);
  requireBothOutcomes(scored, source.label, io);
  const groups: CaseGroup[] = [{ name: source.label, cases: scored.cases }];
  if (opts.atop !== undefined)
    groups.push({
      name: "ATOP, invoked in war",
      cases: (await atopScored(resolve(io.cwd, opts.atop), settings)).cases,
    });
  const c = fitWeights(groups);
  listInvalid(scored, io);
  const render = {
    table: () => calibrationTable(c, opts.paint),
    markdown: () => calibrationMarkdown(c),
    json: () => calibrationJson(c),
  }[opts.format];
  io.stdout.write(render());
  return scored.invalid.length ? EXIT.failed : EXIT.ok;
}

function parsePositive(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 1_000_000)
    throw new InvalidArgumentError(`expected a whole number from 1 to 1,000,000, found "${value}"`);
  return Number(value);
}

function parseSeed(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > 0xffffffff)
    throw new InvalidArgumentError(`expected a whole number from 0 to 4294967295, found "${value}"`);
  return Number(value);
}

export const registerBacktest: Register = (program, io, result, h) => {
  h.withConfig(h.withShared(program.command("backtest")))
    .description(
      "score guarantees whose outcome is known and say how well the score put those that held above those that failed",
    )
    .argument(
      "[paths...]",
      "proposal files, folders or quoted patterns with an outcome block (default: the history library shipped with the tool)",
    )
    .addOption(new Option("-f, --format <format>", "output format").choices(BACKTEST_FORMATS).default("table"))
    .option(
      "--atop <dir>",
      `backtest on ATOP 4.01 and Berkemeier & Fuhrmann (2018) instead: a folder holding ${Object.values(ATOP_FILES).join(", ")}`,
    )
    .option(
      "--fit",
      "fit the weights to the outcomes (with --atop, to ATOP's too) and report them beside their priors, in-sample and held out",
    )
    .addOption(
      new Option("--resamples <n>", "bootstrap resamples for the interval")
        .argParser(parsePositive)
        .default(DEFAULT_RESAMPLES),
    )
    .addOption(
      new Option("--seed <n>", "seed of the resampling, so the interval is reproducible")
        .argParser(parseSeed)
        .default(DEFAULT_SEED),
    )
    .addHelpText(
      "after",
      "\nExit codes: 0 the figures were computed; 1 they were, but a file is invalid (listed, not scored); 2 nothing to compare (no file has an outcome, or no held or no failed case), a bad path or option.",
    )
    .action(
      async (
        paths: string[],
        o: SharedFlags & {
          format: BacktestFormat;
          config?: ConfigChoice;
          atop?: string;
          fit?: boolean;
          resamples: number;
          seed: number;
        },
      ) => {
        const paint = o.format === "table" ? await h.paintFor(o) : NO_PAINT;
        result.code = await backtest(
          paths,
          {
            format: o.format,
            config: o.config,
            atop: o.atop,
            fit: o.fit,
            resamples: o.resamples,
            seed: o.seed,
            limits: h.limitsFor(o),
            paint,
            root: h.rootFor(o),
          },
          io,
        );
      },
    );
};
