// Score files, folders, patterns or standard input; gate; write one or more formats.
import { rules } from "../../rules/index.js";
import { formatters, type Format } from "../../report/index.js";
import { NO_PAINT, type Paint } from "../../report/text.js";
import type { FormatContext, RunTail, Sink } from "../../report/types.js";
import { loadBuffer, type Limits } from "../../schema/load.js";
import { didYouMean } from "../../util/did-you-mean.js";
import { clean } from "../../util/sanitize.js";
import { UsageError } from "../errors.js";
import { expandPaths } from "../files.js";
import type { IO } from "../io.js";
import { references, resolveConfig, runHead, scoreLoaded, today } from "../pipeline.js";
import { scoreInOrder } from "../pool.js";
import { append, checkWritable, outputTo, refuseSharedOutputs, type Out } from "../write.js";
import { Gatekeeper } from "../../engine/gates.js";
import { place } from "../../references/library.js";
import { EXIT } from "../errors.js";

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
  /** Attach this many suggestions to each scored file (the table scorecard shows them). */
  suggestions?: number;
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
  if (eq > 0 && formats.includes(head)) {
    if (eq === value.length - 1) throw new UsageError(`--output: expected a file name after "${head}="`);
    return { format: head as Format, file: value.slice(eq + 1) };
  }
  if (eq > 0 && /^[a-z]+$/.test(head)) throw new UsageError(`--output: unknown format "${clean(head)}" (expected one of ${formats.join(", ")})`);
  if (!value) throw new UsageError("--output: expected a file name, or format=file");
  return { file: value };
}

export async function check(paths: string[], opts: CheckOptions, io: IO): Promise<number> {
  // Before any work: outputs that cannot be written, or that would overwrite each other.
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  const withSummary = summaryFile && opts.outputs.some((o) => o.format === "github");
  const targets = [...opts.outputs.map((o) => ({ format: o.format, file: o.file, append: false })), ...(withSummary ? [{ format: "markdown" as const, file: summaryFile, append: true }] : [])];
  refuseSharedOutputs(targets.map((t) => t.file));
  for (const t of targets) if (t.file && !t.append) checkWritable(t.file);
  const config = await resolveConfig(opts.config, io.cwd);
  const gates = opts.gate
    ? { minScore: opts.minScore ?? config.gates.minScore, failOn: [...new Set([...config.gates.failOn, ...(opts.failOn ?? [])])] }
    : { failOn: [] };
  const { files, missing } = await expandPaths(paths.filter((p) => p !== STDIN));
  for (const m of missing) io.stderr.write(`guarantee-score: ${clean(m)}\n`);
  const stdin = paths.includes(STDIN) ? scoreLoaded(loadBuffer(await io.readStdin(), opts.stdinFilename ?? "<stdin>", opts.limits), config, { suggestions: opts.suggestions }) : undefined;
  const refs = files.length || stdin?.valid ? await references(config) : [];

  // Machine formats are never coloured, whatever the terminal.
  const ctx = (format: Format) => ({ paint: format === "table" ? opts.paint : NO_PAINT, width: opts.width, detail: opts.detail });
  const sinks = await Promise.all(targets.map(async (t) => ({ sink: await formatters[t.format](ctx(t.format)), out: t.append ? appendTo(t.file!) : outputTo(t.file, io) })));

  const keeper = new Gatekeeper(gates, config.waivers, today(io.env));
  const summary = { files: 0, passed: 0, failed: 0, invalid: 0, waived: 0 };
  const emit = async (pick: (s: Sink) => string) => {
    for (const { sink, out } of sinks) await out.put(pick(sink));
  };
  try {
    const head = runHead(config, gates);
    await emit((s) => s.begin(head));
    // Files in path order, standard input in its place among them by name.
    const sorted = [...files].sort();
    const order = stdin ? [...sorted, stdin.file].sort() : sorted;
    const scored = scoreInOrder(sorted, config, opts.limits, { suggestions: opts.suggestions });
    try {
      for (const name of order) {
        const raw = stdin && name === stdin.file ? stdin : (await scored.next()).value!;
        const r = keeper.check(raw.valid ? { ...raw, nearest: place(raw.score, raw.id, refs) } : raw);
        summary.files++;
        if (r.gate.passed) summary.passed++;
        else if (r.valid) summary.failed++;
        else summary.invalid++;
        summary.waived += r.gate.waived.length;
        await emit((s) => s.file(r));
      }
    } finally {
      // The consumer knows when it has every file; ending the generator stops its threads.
      await scored.return(undefined);
    }
    const exitCode = missing.length ? EXIT.usage : summary.passed === summary.files ? EXIT.ok : EXIT.failed;
    const tail: RunTail = { summary, waivers: keeper.waivers(), exitCode };
    await emit((s) => s.end(tail));
    for (const { out } of sinks) await out.close();
    return exitCode;
  } catch (e) {
    for (const { out } of sinks) await out.abort();
    throw e;
  }
}

function appendTo(file: string): Out {
  let text = "";
  return { put: async (t) => void (text += t), close: () => append(file, text), abort: async () => undefined };
}
