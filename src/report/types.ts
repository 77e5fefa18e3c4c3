import type { FileResult } from "../engine/report.js";
import type { Paint } from "./text.js";

/** Everything one run produced; every format is a pure function of it. */
export interface RunReport {
  tool: { name: string; version: string };
  config: {
    /** The configuration file used, or null for the defaults. */
    file: string | null;
    /** Each way the settings differ from the defaults, in words; empty for the defaults. */
    changes: string[];
  };
  results: FileResult[];
}

export interface FormatContext {
  paint: Paint;
  /** Columns available for a table. */
  width: number;
}

export type Formatter = (report: RunReport, ctx: FormatContext) => string | Promise<string>;
