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
import { Option } from "commander";
import { NO_PAINT } from "../../present/text.js";
import { VERSION } from "../../util/version.js";
import { resolveConfig, type ConfigChoice } from "../settings.js";
import { STDIN } from "../stream.js";

export const VALIDATE_FORMATS = ["table", "json"] as const;

export interface ValidateOptions {
  limits?: Limits;
  paint: Paint;
  format?: (typeof VALIDATE_FORMATS)[number];
  /** A configuration file named with --config is checked too: a bad one is a usage error. */
  config?: ConfigChoice;
  /** The run's folder as a real path: links that leave it are refused. Undefined: --follow-symlinks. */
  root?: string;
}

export async function validate(paths: string[], opts: ValidateOptions, io: IO): Promise<number> {
  if (typeof opts.config === "string") await resolveConfig(opts.config, io.cwd, opts.root);
  const { files, missing, skipped, unchecked } = await expandPaths(
    paths.filter((p) => p !== STDIN),
    { root: opts.root },
  );
  for (const m of missing) io.stderr.write(`guarantee-score: ${clean(m)}\n`);
  for (const k of skipped) io.stderr.write(`guarantee-score: skipped ${displayName(k.path)}: ${clean(k.reason)}\n`);
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const results = await mapLimit(files, 16, async (f) =>
    perform({ kind: "validate", input: await readInput(f, limits.maxBytes), limits }),
  );
  if (paths.includes(STDIN)) {
    const buf = await io.readStdin(limits.maxBytes);
    results.push(await perform({ kind: "validate", input: { ok: true, file: "<stdin>", buf }, limits }));
  }
  // Paths that cannot be checked (unreadable folders, links out of the folder) fail like invalid files.
  for (const u of unchecked)
    results.push({
      ok: false,
      file: u.path,
      diagnostics: [uncheckedProblem(u)],
    });
  const code = missing.length ? EXIT.usage : results.every((r) => r.ok) ? EXIT.ok : EXIT.failed;
  if (opts.format === "json") io.stdout.write(`${JSON.stringify(validationJson(results), null, 2)}\n`);
  else for (const r of results) io.stdout.write(describeLoad(r, opts.paint));
  return code;
}

/** `validate -f json`: each file valid or not, with its problems as check's JSON gives them. */
function validationJson(results: readonly Validated[]) {
  const valid = results.filter((r) => r.ok).length;
  return {
    schemaVersion: 1,
    tool: { name: "guarantee-score", version: VERSION },
    results: results.map((r) => ({ file: r.file, valid: r.ok, errors: r.ok ? [] : r.diagnostics })),
    summary: { files: results.length, valid, invalid: results.length - valid },
  };
}

function describeLoad(r: Validated, paint: Paint): string {
  if (r.ok) return `${displayName(r.file)}: ${paint.pass("ok")}\n`;
  const n = problemCount(r.diagnostics);
  const lines = r.diagnostics.map((d) => `  ${formatDiagnostic(r.file, d, paint)}\n`);
  return `${displayName(r.file)}: ${paint.fail(`${n} problem${n === 1 ? "" : "s"}`)}\n${lines.join("")}`;
}

export const registerValidate: Register = (program, io, result, h) => {
  h.withConfig(
    h.withShared(
      program
        .command("validate")
        .description("check that files follow the proposal format; report every problem with its line and column"),
    ),
  )
    .argument("<files...>", "proposal files or folders, or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(VALIDATE_FORMATS).default("table"))
    .action(async (files: string[], o: SharedFlags & Pick<ValidateOptions, "format" | "config">) => {
      result.code = await validate(
        files,
        {
          paint: o.format === "table" ? await h.paintFor(o) : NO_PAINT,
          limits: h.limitsFor(o),
          root: h.rootFor(o),
          format: o.format,
          config: o.config,
        },
        io,
      );
    });
};
