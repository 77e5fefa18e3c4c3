// A stable, documented contract (json-schema.ts): fields are picked one by one, never dumped.
import type { GateFailure } from "../engine/gates.js";
import type { FileReport } from "../run/result.js";
import type { CitedSource, CriterionResult } from "../engine/result.js";
import type { Source } from "../util/citation.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import { fingerprint } from "./fingerprint.js";
import type { ReportOut } from "./json-schema.js";
import type { Formatter } from "./sink.js";
import { toJson } from "../util/sanitize.js";
import type { Acceptability } from "../analysis/acceptability.js";
import type { Reference } from "../analysis/references.js";

type ResultOut = ReportOut["results"][number];

const source = (s: Source) => ({ author: s.author, title: s.title, publication: s.publication, date: s.date });

const cited = (s: CitedSource) => ({
  title: s.title,
  author: s.author ?? null,
  date: s.date ?? null,
  url: s.url ?? null,
});

const criterion = (c: CriterionResult) => ({
  id: c.id,
  title: c.title,
  status: c.status,
  score: c.score,
  points: c.points,
  max: c.max,
  message: c.message,
  path: c.path,
  line: c.line,
  column: c.column,
  sources: c.sources.map(source),
  fingerprint: fingerprint(c.id, c.path, c.message),
});

/** A located problem, as both JSON reports write it. */
export const error = (d: Diagnostic) => ({
  code: d.code,
  message: d.message,
  path: d.path,
  line: d.line,
  column: d.column,
  endLine: d.endLine,
  endColumn: d.endColumn,
  ...(d.expected !== undefined ? { expected: d.expected } : {}),
  ...(d.found !== undefined ? { found: d.found } : {}),
  ...(d.hint !== undefined ? { hint: d.hint } : {}),
  fingerprint: fingerprint(d.code, d.path, d.message),
});

const reference = (r: Reference) => ({ id: r.id, title: r.title, score: r.score, tier: r.tier });

const acceptability = (a: Acceptability) => ({
  rejected: a.rejected,
  quadrant: a.quadrant,
  thresholds: { credible: a.thresholds.credible, rejected: a.thresholds.rejected },
  items: a.items.map((i) => ({
    id: i.id,
    title: i.title,
    share: i.share,
    points: i.points,
    max: i.max,
    message: i.message,
    path: i.path,
    line: i.line,
    column: i.column,
    sources: i.sources.map(source),
  })),
  note: a.note,
  assumption: a.assumption ?? null,
});

const failure = (f: GateFailure) => ({
  rule: f.rule,
  message: f.message,
  path: f.path,
  line: f.line,
  column: f.column,
});

export function result(r: FileReport): ResultOut {
  const gate = {
    passed: r.gate.passed,
    failures: r.gate.failures.map(failure),
    waived: r.gate.waived.map((w) => ({ ...failure(w), waiver: { ...w.waiver } })),
  };
  if (!r.valid)
    return {
      file: r.file,
      id: null,
      title: null,
      stage: null,
      summary: null,
      sources: [],
      valid: false,
      score: null,
      tier: null,
      knockout: null,
      ...gate,
      nearest: null,
      criteria: [],
      acceptability: null,
      errors: r.errors.map(error),
    };
  return {
    file: r.file,
    id: r.id,
    title: r.title,
    stage: r.stage ?? null,
    summary: r.summary ?? null,
    sources: (r.sources ?? []).map(cited),
    valid: true,
    score: r.score,
    tier: r.tier,
    knockout: r.knockout && {
      rule: r.knockout.rule,
      reason: r.knockout.reason,
      cap: r.knockout.cap,
      uncapped: r.knockout.uncapped,
    },
    ...gate,
    nearest: r.nearest
      ? { below: r.nearest.below && reference(r.nearest.below), above: r.nearest.above && reference(r.nearest.above) }
      : null,
    criteria: r.criteria.map(criterion),
    acceptability: r.acceptability ? acceptability(r.acceptability) : null,
    errors: [],
  };
}

/**
 * toJson(value, 2) as it stands `depth` levels into the document: every line after the first
 * indented by two spaces a level. JSON.stringify indents it so inside `depth` arrays, whose
 * brackets are cut off: one pass over the text, where a replace of every line break after it
 * was a third of writing a report.
 */
function toJsonAt(value: unknown, depth: number): string {
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  // Cut: "[\n  [\n    " (d² + 3d characters) before, "\n  ]\n]" (d² + d) after.
  return toJson(wrapped, 2).slice(depth * depth + 3 * depth, -(depth * depth + depth) || undefined);
}

/**
 * Streamed: the head, each result as it comes, then the summary and the waivers, which are
 * known only at the end (key order carries no meaning in JSON). The whole document parses
 * as one object with the shape of json-schema.ts.
 */
export const json: Formatter = () => {
  let first = true;
  return {
    begin: (head) => {
      const gates = {
        minScore: head.gates.minScore ?? null,
        failOn: [...head.gates.failOn],
        commandLine: [...(head.gates.commandLine ?? [])],
      };
      const skipped = (head.skipped ?? []).map((s) => ({ path: s.path, reason: s.reason }));
      const top = { schemaVersion: 1, tool: head.tool, config: head.config, gates, skipped };
      return `${toJson(top, 2).slice(0, -2)},\n  "results": [`;
    },
    file: (r) => {
      const text = `${first ? "" : ","}\n    ${toJsonAt(result(r), 2)}`;
      first = false;
      return text;
    },
    end: (tail) => {
      const waivers = tail.waivers.map((w) => ({ ...w.waiver, status: w.status, files: w.files }));
      return `${first ? "" : "\n  "}],\n  "summary": ${toJsonAt(tail.summary, 1)},\n  "waivers": ${toJsonAt(waivers, 1)}\n}\n`;
    },
  };
};
