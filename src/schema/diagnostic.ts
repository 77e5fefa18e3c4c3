import type { Range } from "./locate.js";

/** One problem in a file, located; `path` is the field path (`guarantors[1].stance`), "" for syntax errors. */
export interface Diagnostic extends Range {
  code: string;
  path: string;
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
}

export const byPosition = (a: Range, b: Range) => a.line - b.line || a.column - b.column;

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
