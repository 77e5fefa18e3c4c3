// guarantee-score diff BEFORE AFTER: each side a file, - (standard input) or REV:path (git).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import { compare } from "../../diff/compare.js";
import { diffFields } from "../../diff/fields.js";
import { diffJson, diffMarkdown, diffTable, type DiffFormat } from "../../diff/format.js";
import { evaluate } from "../../engine/evaluate.js";
import { rules } from "../../rules/index.js";
import { formatDiagnostic, type Paint } from "../../report/text.js";
import { loadBuffer, loadFile, type Limits, type LoadResult } from "../../schema/load.js";
import { clean } from "../../util/sanitize.js";
import { didYouMean } from "../../util/did-you-mean.js";
import { EXIT, UsageError } from "../errors.js";
import type { IO } from "../io.js";
import { resolveConfig } from "../pipeline.js";

export interface DiffOptions {
  format: DiffFormat;
  config?: string;
  limits: Limits;
  paint: Paint;
  /** true: any regression fails; a list: only regressions of these criteria (or "total"). */
  failOnRegression?: boolean | string[];
}

const git = promisify(execFile);
// REV:path, but not a path that exists, nor a Windows drive (C:\…).
const isRevision = (spec: string) => /^[^:]+:.+$/.test(spec) && !existsSync(spec) && !/^[A-Za-z]:[\\/]/.test(spec);

async function read(spec: string, io: IO, limits: Limits): Promise<LoadResult> {
  if (spec === "-") return loadBuffer(await io.readStdin(), "<stdin>", limits);
  if (isRevision(spec)) {
    try {
      const { stdout } = await git("git", ["show", spec], { cwd: io.cwd, encoding: "buffer", maxBuffer: limits.maxBytes + 1 });
      return loadBuffer(stdout, spec, limits);
    } catch (e) {
      const stderr = String((e as { stderr?: Buffer }).stderr ?? (e as Error).message).trim().split("\n")[0];
      throw new UsageError(`cannot read ${clean(spec)} with git: ${clean(stderr ?? "")}`);
    }
  }
  if (!existsSync(spec)) throw new UsageError(`no such file: ${clean(spec)}`);
  return loadFile(spec, limits);
}

export function parseRegressionRules(value: string | boolean | undefined): boolean | string[] | undefined {
  if (typeof value !== "string") return value;
  const known = ["total", ...rules.map((r) => r.meta.id)];
  const ids = value.split(",").map((s) => s.trim()).filter(Boolean);
  for (const id of ids) {
    if (!known.includes(id)) {
      const guess = didYouMean(id, known);
      throw new UsageError(`--fail-on-regression: unknown criterion "${clean(id)}"${guess ? `; did you mean "${guess}"?` : ""}`);
    }
  }
  return ids;
}

export async function diff(beforeSpec: string, afterSpec: string, opts: DiffOptions, io: IO): Promise<number> {
  if (beforeSpec === "-" && afterSpec === "-") throw new UsageError("only one side can be read from standard input");
  const config = await resolveConfig(opts.config, io.cwd);
  const [before, after] = await Promise.all([read(beforeSpec, io, opts.limits), read(afterSpec, io, opts.limits)]);
  const invalid = [before, after].filter((r) => !r.ok);
  if (invalid.length) {
    for (const r of invalid) {
      if (r.ok) continue;
      io.stderr.write(`${clean(r.file)}: invalid, ${r.diagnostics.length} problem${r.diagnostics.length === 1 ? "" : "s"}\n`);
      for (const d of r.diagnostics) io.stderr.write(`  ${formatDiagnostic(r.file, d, opts.paint)}\n`);
    }
    io.stderr.write("guarantee-score: cannot compare: a draft that does not follow the format has no score to compare\n");
    return EXIT.failed;
  }
  if (!before.ok || !after.ok) return EXIT.failed; // unreachable; narrows the types
  const b = evaluate(before, rules, config.scoring);
  const a = evaluate(after, rules, config.scoring);
  const d = compare({ ...b, proposal: before.proposal }, a, diffFields(before.proposal, after.proposal), rules, config.scoring);
  io.stdout.write(opts.format === "json" ? diffJson(d) : opts.format === "markdown" ? diffMarkdown(d) : diffTable(d, opts.paint));

  const gate = opts.failOnRegression;
  if (!gate) return EXIT.ok;
  const watched = gate === true ? undefined : gate;
  const totalDown = d.delta < 0 && (!watched || watched.includes("total"));
  const criteriaDown = d.criteria.some((c) => c.delta < 0 && (!watched || watched.includes(c.id)));
  return totalDown || criteriaDown ? EXIT.failed : EXIT.ok;
}
