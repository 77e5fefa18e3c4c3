import type { Range } from "./locate.js";

/** One problem in a file, located; `path` is the field path (`guarantors[1].stance`), "" for syntax errors. */
export interface Diagnostic extends Range {
  code: string;
  path: string;
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
  /** Only on the last entry of a capped list (code `more-problems`): how many were left out. */
  more?: number;
}

export const byPosition = (a: Range, b: Range) => a.line - b.line || a.column - b.column;

/** Problems listed per file; a file with 100,000 bad keys says so in one line, not 100,000. */
export const MAX_PROBLEMS = 100;
const MORE = "more-problems";

/** The first MAX_PROBLEMS problems by position, then one entry that says how many more there are. */
export function capProblems(ds: readonly Diagnostic[]): Diagnostic[] {
  const summaries = ds.filter((d) => d.code === MORE);
  const real = ds.filter((d) => d.code !== MORE).sort(byPosition);
  const more = summaries.reduce(
    (n, d) => n + (d.more ?? 0),
    real.length > MAX_PROBLEMS ? real.length - MAX_PROBLEMS : 0,
  );
  if (!more) return real;
  const at = real[MAX_PROBLEMS] ?? summaries[0]!;
  return [...real.slice(0, MAX_PROBLEMS), moreProblems(more, at)];
}

export const moreProblems = (more: number, at: Range): Diagnostic => ({
  line: at.line,
  column: at.column,
  endLine: at.endLine,
  endColumn: at.endColumn,
  code: MORE,
  path: "",
  message: `${more} more problem${more === 1 ? "" : "s"} not listed: only the first ${MAX_PROBLEMS} are reported`,
  more,
});

/** How many problems a file has, counting those a capped list leaves out. */
export const problemCount = (ds: readonly Diagnostic[]) =>
  ds.reduce((n, d) => n + (d.code === MORE ? (d.more ?? 0) : 1), 0);

/**
 * The most of a file's text a diagnostic quotes: enough to recognise a misspelt key or value.
 * A file that is not a valid proposal may be anything (a link to .git/config, a secret): what
 * is quoted from it is only what helps locate the error, and never more than this.
 */
export const QUOTE_MAX = 32;

/** Text from a file, quoted: cut at QUOTE_MAX characters with an ellipsis. */
export function cut(text: string, max = QUOTE_MAX): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** A key or text value from a file as a diagnostic quotes it: cut, in double quotes. */
export const quote = (text: string) => JSON.stringify(cut(text));

/**
 * What a value looks like, in words a proposal author recognises. `quoted: false` says only
 * what kind of value it is: for a file whose whole content is the value (not a mapping), the
 * text would be the file's first line, and quoting it locates nothing.
 */
export function describe(value: unknown, quoted = true): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") return quoted ? quote(value) : `text (${Array.from(value).length} characters)`;
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "not-a-number (.nan)";
    if (!Number.isFinite(value)) return "a number too large to represent";
    return String(value);
  }
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (value instanceof Uint8Array) return "binary data";
  if (value instanceof Date) return "a timestamp";
  return "a mapping";
}
