import { formatters, type Format } from "../../report/index.js";
import type { Paint } from "../../report/text.js";
import type { Limits } from "../../schema/load.js";
import { clean } from "../../util/sanitize.js";
import { expandPaths } from "../files.js";
import type { IO } from "../io.js";
import { resolveConfig, runReport, scoreFiles, today } from "../pipeline.js";

export interface ScoreOptions {
  format: Format;
  config?: string;
  limits: Limits;
  paint: Paint;
  width: number;
}

export async function score(paths: string[], opts: ScoreOptions, io: IO): Promise<number> {
  const config = await resolveConfig(opts.config, io.cwd);
  const { files, missing } = await expandPaths(paths);
  for (const m of missing) io.stderr.write(`guarantee-score: ${clean(m)}\n`);
  const results = await scoreFiles(files, config, opts.limits);
  // Scoring alone gates nothing: a file passes when it is valid.
  const report = runReport(results, config, { failOn: [] }, { today: today(io.env), usageProblem: missing.length > 0 });
  io.stdout.write(await formatters[opts.format](report, { paint: opts.paint, width: opts.width }));
  return report.exitCode;
}
