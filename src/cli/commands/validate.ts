import { DEFAULT_LIMITS, type Limits } from "../../schema/load.js";
import { perform, readInput } from "../helper.js";
import type { Validated } from "../jobs.js";
import { formatDiagnostic, type Paint } from "../../report/text.js";
import { clean } from "../../util/sanitize.js";
import { EXIT } from "../errors.js";
import { expandPaths, mapLimit } from "../files.js";
import type { IO } from "../io.js";
import { problemCount } from "../../schema/diagnostic.js";

export interface ValidateOptions {
  limits?: Limits;
  paint: Paint;
}

export async function validate(paths: string[], opts: ValidateOptions, io: IO): Promise<number> {
  const { files, missing } = await expandPaths(paths);
  for (const m of missing) io.stderr.write(`guarantee-score: ${clean(m)}\n`);
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const results = await mapLimit(files, 16, async (f) => perform({ kind: "validate", input: await readInput(f, limits.maxBytes), limits }));
  for (const r of results) io.stdout.write(describeLoad(r, opts.paint));
  if (missing.length) return EXIT.usage;
  return results.every((r) => r.ok) ? EXIT.ok : EXIT.failed;
}

function describeLoad(r: Validated, paint: Paint): string {
  if (r.ok) return `${clean(r.file)}: ${paint.pass("ok")}\n`;
  const n = problemCount(r.diagnostics);
  const lines = r.diagnostics.map((d) => `  ${formatDiagnostic(r.file, d, paint)}\n`);
  return `${clean(r.file)}: ${paint.fail(`${n} problem${n === 1 ? "" : "s"}`)}\n${lines.join("")}`;
}
