// How a format is driven: it writes as the run goes, from the plain data of run/result.ts.
import type { FileReport, RunHead, RunReport, RunTail } from "../run/result.js";
import type { Paint } from "./text.js";

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
  file(result: FileReport): string;
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
