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

/** What a value looks like, in words a proposal author recognises. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
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
