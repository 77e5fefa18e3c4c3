// guarantee-score report PATH... --format html --output FILE: one self-contained page with
// the scorecards and a chart of credibility against acceptability, among the references.
import { Option } from "commander";
import type { FileReport } from "../../run/result.js";
import { expandPaths } from "../../run/files.js";
import { runHead, today } from "../../run/head.js";
import { references, scoreFiles } from "../../run/score-files.js";
import type { Limits } from "../../schema/load.js";
import { clean, displayName } from "../../util/sanitize.js";
import { EXIT, UsageError } from "../errors.js";
import type { IO } from "../io.js";
import type { Register, SharedFlags } from "../register.js";
import { resolveConfig, type ConfigChoice } from "../settings.js";
import { checkWritable, outputTo } from "../write.js";

export const REPORT_FORMATS = ["html"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  format: ReportFormat;
  /** Absent: standard output. */
  output?: string;
  config?: ConfigChoice;
  limits: Limits;
  /** The run's folder as a real path: links that leave it are refused. Undefined: --follow-symlinks. */
  root?: string;
}

/** Exit 0 when every file is valid, 1 when one is invalid (it is listed, not charted), 2 for a path that matches nothing. */
export async function report(paths: string[], opts: ReportOptions, io: IO): Promise<number> {
  // Before any file is scored: a page that cannot be written is a usage error, said at once.
  if (opts.output) checkWritable(opts.output);
  const config = await resolveConfig(opts.config, io.cwd, opts.root);
  const { files, missing, skipped, unchecked } = await expandPaths(paths, { root: opts.root });
  if (missing.length) throw new UsageError(missing.map(clean).join("\n"));
  for (const k of skipped) io.stderr.write(`guarantee-score: skipped ${displayName(k.path)}: ${clean(k.reason)}\n`);
  const refs = await references(config);
  // The whole set is needed before the chart can be drawn: a page, not a stream.
  const run = await scoreFiles(
    { files, unchecked },
    { config, limits: opts.limits, gates: { failOn: [] }, today: today(io.env), suggestions: 3, references: refs },
  );
  const results: FileReport[] = [];
  for await (const r of run.results) results.push(r);
  const { renderHtml } = await import("../../present/html.js");
  const html = renderHtml({
    head: runHead(config, { failOn: [] }),
    results,
    references: refs,
    thresholds: config.acceptability.thresholds,
  });
  const out = outputTo(opts.output, io);
  try {
    await out.put(html);
    await out.close();
  } catch (e) {
    await out.abort();
    throw e;
  }
  if (opts.output)
    io.stderr.write(
      `guarantee-score: wrote ${displayName(opts.output)} (${results.length} file${results.length === 1 ? "" : "s"}, ${refs.length} references)\n`,
    );
  return results.every((r) => r.valid) ? EXIT.ok : EXIT.failed;
}

export const registerReport: Register = (program, io, result, h) => {
  h.withConfig(h.withShared(program.command("report")))
    .description(
      "write one self-contained HTML page: scorecards and a chart of credibility against acceptability, among the references",
    )
    .argument("<paths...>", "files, folders (searched for *.yaml and *.yml) or quoted glob patterns")
    .addOption(new Option("-f, --format <format>", "output format").choices(REPORT_FORMATS).default("html"))
    .option(
      "-o, --output <file>",
      "write the page to this file (written whole, then renamed into place); default: standard output",
    )
    .action(
      async (paths: string[], o: SharedFlags & { format: ReportFormat; output?: string; config?: ConfigChoice }) => {
        result.code = await report(
          paths,
          { format: o.format, output: o.output, config: o.config, limits: h.limitsFor(o), root: h.rootFor(o) },
          io,
        );
      },
    );
};
