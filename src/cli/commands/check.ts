// Score files, folders, patterns or standard input; gate; write one or more formats.
import { rules } from "../../rules/index.js";
import { formatters, type Format } from "../../report/index.js";
import { NO_PAINT, type Paint } from "../../report/text.js";
import type { FormatContext, Formatter } from "../../report/types.js";
import { loadBuffer, type Limits } from "../../schema/load.js";
import { didYouMean } from "../../util/did-you-mean.js";
import { clean } from "../../util/sanitize.js";
import { UsageError } from "../errors.js";
import { expandPaths } from "../files.js";
import type { IO } from "../io.js";
import { references, resolveConfig, runReport, scoreFiles, scoreLoaded, today } from "../pipeline.js";
import { append, writeAtomic } from "../write.js";

export interface Output {
  format: Format;
  /** Absent: standard output. */
  file?: string;
}

export interface CheckOptions {
  format: Format;
  outputs: Output[];
  config?: string;
  limits: Limits;
  paint: Paint;
  width: number;
  minScore?: number;
  failOn?: string[];
  stdinFilename?: string;
  /** Scorecards per file (score) or one row per file (check). */
  detail: FormatContext["detail"];
  /** `score` reads; only `check` gates (exit 1 on a failed gate). */
  gate: boolean;
}

export const STDIN = "-";

/** `--fail-on a,b --fail-on c` → ids, each checked against the criteria. */
export function parseFailOn(values: readonly string[]): string[] {
  const known = ["knockout", ...rules.map((r) => r.meta.id)];
  const ids = values.flatMap((v) => v.split(",")).map((s) => s.trim()).filter(Boolean);
  for (const id of ids) {
    if (!known.includes(id)) {
      const guess = didYouMean(id, known);
      throw new UsageError(`--fail-on: unknown criterion "${clean(id)}"${guess ? `; did you mean "${guess}"?` : ""} (expected knockout or one of ${rules.map((r) => r.meta.id).join(", ")})`);
    }
  }
  return [...new Set(ids)];
}

/** `-o sarif=report.sarif` (a format to a file) or `-o report.txt` (the main format to a file). */
export function parseOutput(value: string, formats: readonly string[]): { format?: Format; file: string } {
  const eq = value.indexOf("=");
  const head = eq > 0 ? value.slice(0, eq) : "";
  if (eq > 0 && formats.includes(head)) return { format: head as Format, file: value.slice(eq + 1) };
  if (eq > 0 && /^[a-z]+$/.test(head)) throw new UsageError(`--output: unknown format "${clean(head)}" (expected one of ${formats.join(", ")})`);
  return { file: value };
}

export async function check(paths: string[], opts: CheckOptions, io: IO): Promise<number> {
  const config = await resolveConfig(opts.config, io.cwd);
  const gates = opts.gate
    ? { minScore: opts.minScore ?? config.gates.minScore, failOn: [...new Set([...config.gates.failOn, ...(opts.failOn ?? [])])] }
    : { failOn: [] };
  const wantsStdin = paths.includes(STDIN);
  const { files, missing } = await expandPaths(paths.filter((p) => p !== STDIN));
  for (const m of missing) io.stderr.write(`guarantee-score: ${clean(m)}\n`);
  const results = await scoreFiles(files, config, opts.limits);
  if (wantsStdin) results.push(scoreLoaded(loadBuffer(await io.readStdin(), opts.stdinFilename ?? "<stdin>", opts.limits), config));

  const refs = results.some((r) => r.valid) ? await references(config) : [];
  const report = runReport(results, config, gates, { today: today(io.env), usageProblem: missing.length > 0, references: refs });
  // Machine formats are never coloured, whatever the terminal.
  const ctx = (format: Format) => ({ paint: format === "table" ? opts.paint : NO_PAINT, width: opts.width, detail: opts.detail });
  const render = (format: Format) => (formatters[format] as Formatter)(report, ctx(format));
  for (const out of opts.outputs) {
    const text = await render(out.format);
    if (out.file) await writeAtomic(out.file, text);
    else io.stdout.write(text);
  }
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  const markdown = (formatters as Record<string, Formatter | undefined>).markdown;
  if (summaryFile && markdown && opts.outputs.some((o) => o.format === ("github" as Format))) {
    await append(summaryFile, await markdown(report, ctx("markdown" as Format)));
  }
  return report.exitCode;
}
