// guarantee-score diff BEFORE AFTER: each side a file, - (standard input) or REV:path (git).
import { execFile } from "node:child_process";
import { Option } from "commander";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { DIFF_FORMATS, diffJson, diffMarkdown, diffTable, type DiffFormat } from "../../present/diff.js";
import { criterionIds } from "../../run/catalogue.js";
import { formatDiagnostic, NO_PAINT, type Paint } from "../../present/text.js";
import { problemCount } from "../../schema/diagnostic.js";
import type { Limits } from "../../schema/load.js";
import { formatBytes } from "../../util/number.js";
import { perform, readInput } from "../../run/helper.js";
import type { Input } from "../../run/jobs.js";
import { clean } from "../../util/sanitize.js";
import { didYouMean } from "../../util/did-you-mean.js";
import { EXIT, UsageError } from "../errors.js";
import type { Register, SharedFlags } from "../register.js";
import type { IO } from "../io.js";
import { resolveConfig, type ConfigChoice } from "../settings.js";
import { leavesRoot, outsideDiagnostic } from "../../run/boundary.js";

export interface DiffOptions {
  format: DiffFormat;
  config?: ConfigChoice;
  limits: Limits;
  paint: Paint;
  /** The run's folder as a real path: a link that leaves it is refused. Undefined: --follow-symlinks. */
  root?: string;
  /** true: any regression fails; a list: only regressions of these criteria (or "total"). */
  failOnRegression?: boolean | string[];
}

// Not made at start-up: child_process loads on first use (src/cli/boot.ts), and only diff runs git.
const git = () => promisify(execFile);
// REV:path, but not a file that exists, nor a Windows drive (C:\…).
export const isRevision = (spec: string, cwd: string) =>
  /^[^:]+:.+$/.test(spec) && !existsSync(resolve(cwd, spec)) && !/^[A-Za-z]:[\\/]/.test(spec);

// git's own words, inert and on one line: the first error and any hint (a path relative
// to the repository's root, not to this folder, is the usual slip: git says so).
const gitMessage = (e: unknown) =>
  clean(
    String((e as { stderr?: Buffer }).stderr ?? "")
      .trim()
      .split("\n")
      .filter(Boolean)
      .slice(0, 3)
      .join("; ") ||
      ((e as NodeJS.ErrnoException).code === "ENOENT"
        ? "git is not installed or not on the PATH"
        : (e as Error).message),
  );

async function readRevision(spec: string, io: IO, limits: Limits): Promise<Input> {
  // A leading "-" would reach git as an option (git show --output=…), so it is refused.
  if (spec.startsWith("-"))
    throw new UsageError(`cannot read ${clean(spec)} with git: a revision cannot start with "-"`);
  let content: Buffer;
  try {
    ({ stdout: content } = await git()("git", ["show", "--end-of-options", spec], {
      cwd: io.cwd,
      encoding: "buffer",
      maxBuffer: limits.maxBytes + 1,
    }));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER") {
      const message = `over the limit of ${formatBytes(limits.maxBytes)} (raise it with --max-file-size)`;
      return {
        ok: false,
        file: spec,
        diagnostics: [{ line: 1, column: 1, endLine: 1, endColumn: 1, code: "file-too-large", path: "", message }],
      };
    }
    throw new UsageError(`cannot read ${clean(spec)} with git: ${gitMessage(e)}`);
  }
  // `git show REV:folder` lists the folder and succeeds: only a file (a blob) is a draft.
  const { stdout: type } = await git()("git", ["cat-file", "-t", "--end-of-options", spec], { cwd: io.cwd }).catch(
    () => ({ stdout: "blob" }),
  );
  if (type.trim() !== "blob")
    throw new UsageError(`cannot read ${clean(spec)} with git: it is a ${clean(type.trim())}, not a file`);
  return { ok: true, file: spec, buf: content };
}

async function read(spec: string, io: IO, limits: Limits, root: string | undefined): Promise<Input> {
  if (spec === "-") return { ok: true, file: "<stdin>", buf: await io.readStdin(limits.maxBytes) };
  if (isRevision(spec, io.cwd)) return readRevision(spec, io, limits);
  const path = resolve(io.cwd, spec);
  if (!existsSync(path)) throw new UsageError(`no such file: ${clean(spec)}`);
  const real = await leavesRoot(path, root);
  if (real) return { ok: false, file: spec, diagnostics: [outsideDiagnostic(real, "file")] };
  const input = await readInput(path, limits.maxBytes);
  // Name the file as it was given, not as it was resolved.
  return { ...input, file: spec };
}

/** `--fail-on-regression` alone: true; with a value: the criteria (or "total") to watch. */
export function parseRegressionRules(value: string | boolean | undefined): boolean | string[] | undefined {
  if (typeof value !== "string") return value;
  const known = ["total", ...criterionIds()];
  const ids = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!ids.length)
    throw new UsageError(
      `--fail-on-regression: expected criterion ids (comma-separated) or "total", found "${clean(value)}"`,
    );
  for (const id of ids) {
    if (!known.includes(id)) {
      const guess = didYouMean(id, known);
      // The value is optional, so `--fail-on-regression a.yaml b.yaml` takes a.yaml as the value.
      const hint = /[./\\:]/.test(id)
        ? ` (it looks like a file: put --fail-on-regression after the files, or write --fail-on-regression=RULES)`
        : "";
      throw new UsageError(
        `--fail-on-regression: unknown criterion "${clean(id)}"${guess ? `; did you mean "${guess}"?` : ""}${hint}`,
      );
    }
  }
  return ids;
}

export async function diff(beforeSpec: string, afterSpec: string, opts: DiffOptions, io: IO): Promise<number> {
  if (beforeSpec === "-" && afterSpec === "-") throw new UsageError("only one side can be read from standard input");
  const config = await resolveConfig(opts.config, io.cwd, opts.root);
  const [before, after] = await Promise.all([
    read(beforeSpec, io, opts.limits, opts.root),
    read(afterSpec, io, opts.limits, opts.root),
  ]);
  const result = await perform({ kind: "diff", before, after, limits: opts.limits, config });
  if (!result.ok) {
    for (const r of result.failed) {
      io.stderr.write(
        `${clean(r.file)}: invalid, ${problemCount(r.diagnostics)} problem${problemCount(r.diagnostics) === 1 ? "" : "s"}\n`,
      );
      for (const d of r.diagnostics) io.stderr.write(`  ${formatDiagnostic(r.file, d, opts.paint)}\n`);
    }
    io.stderr.write(
      "guarantee-score: cannot compare: a draft that does not follow the format has no score to compare\n",
    );
    return EXIT.failed;
  }
  const d = result.diff;
  io.stdout.write(
    opts.format === "json" ? diffJson(d) : opts.format === "markdown" ? diffMarkdown(d) : diffTable(d, opts.paint),
  );

  const gate = opts.failOnRegression;
  if (!gate) return EXIT.ok;
  const watched = gate === true ? undefined : gate;
  const totalDown = d.delta < 0 && (!watched || watched.includes("total"));
  const down = d.criteria.filter((c) => c.delta < 0 && (!watched || watched.includes(c.id)));
  if (!totalDown && !down.length) return EXIT.ok;
  // Say which: exit 1 alone leaves the reader to find the regression in the report.
  const what = [
    ...(totalDown ? [`total ${d.before.score} → ${d.after.score}`] : []),
    ...down.map((c) => `${c.id} ${c.before} → ${c.after}`),
  ];
  io.stderr.write(`guarantee-score: --fail-on-regression: regressed: ${what.join("; ")}\n`);
  return EXIT.failed;
}

interface DiffFlags extends SharedFlags {
  format: DiffFormat;
  config?: ConfigChoice;
  failOnRegression?: string | boolean;
}

export const registerDiff: Register = (program, io, result, h) => {
  h.withConfig(h.withShared(program.command("diff")))
    .description(
      "compare two drafts: the fields that changed, and what each change did to each criterion and to the total",
    )
    .argument(
      "<before>",
      "a file, - for standard input, or REV:path read with git (e.g. origin/main:proposals/draft.yaml)",
    )
    .argument("<after>", "a file, -, or REV:path")
    .addOption(new Option("-f, --format <format>", "output format").choices(DIFF_FORMATS).default("table"))
    .option(
      "--fail-on-regression [rules]",
      "exit 1 when the total or any criterion went down; or only these (comma-separated ids, or total)",
    )
    .action(async (before: string, after: string, o: DiffFlags) => {
      const paint = o.format === "table" ? await h.paintFor(o) : NO_PAINT;
      result.code = await diff(
        before,
        after,
        {
          format: o.format,
          config: o.config,
          limits: h.limitsFor(o),
          paint,
          failOnRegression: parseRegressionRules(o.failOnRegression),
          root: h.rootFor(o),
        },
        io,
      );
    });
};
