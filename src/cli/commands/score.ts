// guarantee-score [score] FILE...: a scorecard per file, in one format, without gates.
import type { Format } from "../../present/formats.js";
import type { Paint } from "../../present/text.js";
import type { Limits } from "../../schema/load.js";
import type { IO } from "../io.js";
import { resolveConfig, type ConfigChoice } from "../settings.js";
import { outputTargets, streamRun } from "../stream.js";

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
export async function score(paths: string[], opts: ScoreOptions, io: IO): Promise<number> {
  const targets = outputTargets([{ format: opts.format }], io.env);
  const config = await resolveConfig(opts.config, io.cwd, opts.root);
  return streamRun(
    paths,
    targets,
    config,
    {
      ...opts,
      detail: "scorecards",
      gates: { failOn: [] },
      gating: false,
      // The table scorecard ends with the three changes that would raise the total most.
      suggestions: opts.format === "table" ? 3 : undefined,
    },
    io,
  );
}
