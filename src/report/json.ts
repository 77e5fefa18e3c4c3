// A stable, documented contract: fields are picked one by one, never dumped.
import type { CriterionResult, FileResult } from "../engine/report.js";
import type { Source } from "../engine/types.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import type { Formatter } from "./types.js";

const source = (s: Source) => ({ author: s.author, title: s.title, publication: s.publication, date: s.date });

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
});

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
});

export function result(r: FileResult) {
  if (!r.valid) return { file: r.file, id: null, title: null, valid: false, score: null, tier: null, knockout: null, criteria: [], errors: r.errors.map(error) };
  return {
    file: r.file,
    id: r.id,
    title: r.title,
    valid: true,
    score: r.score,
    tier: r.tier,
    knockout: r.knockout && { rule: r.knockout.rule, reason: r.knockout.reason, cap: r.knockout.cap, uncapped: r.knockout.uncapped },
    criteria: r.criteria.map(criterion),
    errors: [],
  };
}

export const json: Formatter = (report) =>
  `${JSON.stringify({ tool: report.tool, config: report.config, results: report.results.map(result) }, null, 2)}\n`;
