// guarantee-score [score] FILE...: a scorecard per file, in one format, without gates.
import type { Format } from "../../present/formats.js";
import type { Paint } from "../../present/text.js";
import type { Limits } from "../../schema/load.js";
import type { IO } from "../io.js";
import { resolveConfig, type ConfigChoice } from "../settings.js";
import { outputTargets, streamRun } from "../stream.js";
import { Option } from "commander";
import { FORMATS } from "../../present/formats.js";
import { NO_PAINT } from "../../present/text.js";
import type { Register, SharedFlags } from "../register.js";
import { cacheFor, withCache, type CacheFlags } from "../cache-options.js";

export interface ScoreOptions {
  format: Format;
  config?: ConfigChoice;
  limits: Limits;
  paint: Paint;
  width: number;
  /** The run's folder as a real path; undefined with --follow-symlinks. */
  root?: string;
  /** --cache: the result cache's file. */
  cache?: string;
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

interface ScoreFlags extends SharedFlags, CacheFlags {
  format: Format;
  config?: ConfigChoice;
}

export const registerScore: Register = (program, io, result, h) => {
  withCache(h.withConfig(h.withShared(program.command("score", { isDefault: true }))))
    .argument("<files...>", "proposal files or folders")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("table"))
    .action(async (files: string[], o: ScoreFlags) => {
      const paint = o.format === "table" ? await h.paintFor(o) : NO_PAINT;
      const limits = h.limitsFor(o);
      const options = {
        format: o.format,
        config: o.config,
        limits,
        paint,
        width: h.widthFor(),
        root: h.rootFor(o),
        cache: cacheFor(o, io),
      };
      result.code = await score(files, options, io);
    })
    .description("score proposals against the credibility criteria (the default command)");
};
