import type { Format } from "../../present/formats.js";
import type { Paint } from "../../present/text.js";
import type { Limits } from "../../schema/load.js";
import type { IO } from "../io.js";
import { check } from "./check.js";
import type { ConfigChoice } from "../../run/pipeline.js";

export interface ScoreOptions {
  format: Format;
  config?: ConfigChoice;
  limits: Limits;
  paint: Paint;
  width: number;
  /** The run's folder as a real path; undefined with --follow-symlinks. */
  root?: string;
}

/** A scorecard per file. No gates: exit 1 only for an invalid file. */
export function score(paths: string[], opts: ScoreOptions, io: IO): Promise<number> {
  // The table scorecard ends with the three changes that would raise the total most.
  const suggestions = opts.format === "table" ? 3 : undefined;
  return check(
    paths,
    { ...opts, outputs: [{ format: opts.format }], detail: "scorecards", gate: false, suggestions },
    io,
  );
}
