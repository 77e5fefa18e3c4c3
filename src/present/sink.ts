import type { Checked, Gates, WaiverStatus } from "../engine/gates.js";
import type { Paint } from "./text.js";

export interface Summary {
  files: number;
  passed: number;
  /** Valid files that failed a gate. */
  failed: number;
  invalid: number;
  /** Gate failures excused by a waiver, across all files. */
  waived: number;
}

/** An entry of a searched folder that was not checked, and why (node_modules, .git, a link out of the folder or in a loop). */
export interface SkippedEntry {
  path: string;
  reason: string;
}

/** What is known before the first file is scored. */
export interface RunHead {
  tool: { name: string; version: string };
  config: {
    /** The configuration file used, or null for the defaults. */
    file: string | null;
    /** Each way the settings differ from the defaults, in words; empty for the defaults. */
    changes: string[];
  };
  gates: Gates;
  /** Entries of the searched folders left out, with the reason. */
  skipped?: readonly SkippedEntry[];
  /** The folder the run started in: SARIF locates files relative to it. */
  root?: string;
  /** The score's AUC on the history library, for the scorecards' footer; absent when not asked for or there is none. */
  backtest?: BacktestNote;
}

export interface BacktestNote {
  auc: number;
  cases: number;
  /** False when this run's weights, criteria, tiers or cap differ from the defaults the figure was computed with. */
  sameSettings: boolean;
}

/** What is known once every file is scored. */
export interface RunTail {
  waivers: WaiverStatus[];
  summary: Summary;
  /** The exit code this run ends with (SARIF records it). */
  exitCode: number;
}

/** Everything one run produced. */
export interface RunReport extends RunHead, RunTail {
  /** One per file, sorted by path. */
  results: Checked[];
}

export interface FormatContext {
  paint: Paint;
  /** Columns available for a table. */
  width: number;
  /** A scorecard per file (`score`), or one row per file (`check`). */
  detail: "scorecards" | "summary";
}

/**
 * A format writes as the run goes: the head, then each file in path order, then the
 * tail. Nothing forces it to keep every file, so memory stays flat however many there are.
 */
export interface Sink {
  begin(head: RunHead): string;
  file(result: Checked): string;
  end(tail: RunTail): string;
}

/** Creating a sink may load the libraries its format needs, hence the promise. */
export type Formatter = (ctx: FormatContext) => Sink | Promise<Sink>;

/** A whole report in one string: what tests and small runs want. */
export async function render(format: Formatter, report: RunReport, ctx: FormatContext): Promise<string> {
  const sink = await format(ctx);
  let out = sink.begin(report);
  for (const r of report.results) out += sink.file(r);
  return out + sink.end(report);
}
