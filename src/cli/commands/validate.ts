import { DEFAULT_LIMITS, type Limits } from "../../schema/load.js";
import { problemCount } from "../../schema/diagnostic.js";
import { perform, readInput } from "../../run/helper.js";
import type { Validated } from "../../run/jobs.js";
import { formatDiagnostic, type Paint } from "../../present/text.js";
import { clean, displayName } from "../../util/sanitize.js";
import { EXIT } from "../errors.js";
import { expandPaths, mapLimit, uncheckedProblem } from "../../run/files.js";
import type { IO } from "../io.js";
import type { Register, SharedFlags } from "../register.js";

export interface ValidateOptions {
  limits?: Limits;
  paint: Paint;
  /** The run's folder as a real path: links that leave it are refused. Undefined: --follow-symlinks. */
  root?: string;
}

export async function validate(paths: string[], opts: ValidateOptions, io: IO): Promise<number> {
  const { files, missing, skipped, unchecked } = await expandPaths(paths, { root: opts.root });
  for (const m of missing) io.stderr.write(`guarantee-score: ${clean(m)}\n`);
  for (const k of skipped) io.stderr.write(`guarantee-score: skipped ${displayName(k.path)}: ${clean(k.reason)}\n`);
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const results = await mapLimit(files, 16, async (f) =>
    perform({ kind: "validate", input: await readInput(f, limits.maxBytes), limits }),
  );
  // Paths that cannot be checked (unreadable folders, links out of the folder) fail like invalid files.
  for (const u of unchecked)
    results.push({
      ok: false,
      file: u.path,
      diagnostics: [uncheckedProblem(u)],
    });
  for (const r of results) io.stdout.write(describeLoad(r, opts.paint));
  if (missing.length) return EXIT.usage;
  return results.every((r) => r.ok) ? EXIT.ok : EXIT.failed;
}

function describeLoad(r: Validated, paint: Paint): string {
  if (r.ok) return `${displayName(r.file)}: ${paint.pass("ok")}\n`;
  const n = problemCount(r.diagnostics);
  const lines = r.diagnostics.map((d) => `  ${formatDiagnostic(r.file, d, paint)}\n`);
  return `${displayName(r.file)}: ${paint.fail(`${n} problem${n === 1 ? "" : "s"}`)}\n${lines.join("")}`;
}

export const registerValidate: Register = (program, io, result, h) => {
  h.withShared(
    program
      .command("validate")
      .description("check that files follow the proposal format; report every problem with its line and column"),
  )
    .argument("<files...>", "proposal files or folders")
    .action(async (files: string[], o: SharedFlags) => {
      result.code = await validate(
        files,
        { paint: await h.paintFor(o), limits: h.limitsFor(o), root: h.rootFor(o) },
        io,
      );
    });
};
