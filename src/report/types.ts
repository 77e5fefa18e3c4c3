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

/** Everything one run produced; every format is a pure function of it. */
export interface RunReport {
  tool: { name: string; version: string };
  config: {
    /** The configuration file used, or null for the defaults. */
    file: string | null;
    /** Each way the settings differ from the defaults, in words; empty for the defaults. */
    changes: string[];
  };
  gates: Gates;
  /** One per file, sorted by path. */
  results: Checked[];
  waivers: WaiverStatus[];
  summary: Summary;
  /** The exit code this run ends with (SARIF records it). */
  exitCode: number;
}

export interface FormatContext {
  paint: Paint;
  /** Columns available for a table. */
  width: number;
  /** A scorecard per file (`score`), or one row per file (`check`). */
  detail: "scorecards" | "summary";
}

export type Formatter = (report: RunReport, ctx: FormatContext) => string | Promise<string>;
