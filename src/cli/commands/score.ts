import { formatters, type Format } from "../../report/index.js";
import type { Paint } from "../../report/text.js";
import type { Limits } from "../../schema/load.js";
import { clean } from "../../util/sanitize.js";
import { EXIT } from "../errors.js";
import { expandPaths } from "../files.js";
import type { IO } from "../io.js";
import { resolveConfig, runReport, scoreFiles } from "../pipeline.js";

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
  for (const m of missing) io.stderr.write(`guarantee-score: no such file or directory: ${clean(m)}\n`);
  const results = await scoreFiles(files, config, opts.limits);
  io.stdout.write(await formatters[opts.format](runReport(results, config), { paint: opts.paint, width: opts.width }));
  if (missing.length) return EXIT.usage;
  return results.every((r) => r.valid) ? EXIT.ok : EXIT.failed;
}
