// Plain-text pieces shared by the human-readable formats.
import type { Diagnostic } from "../schema/diagnostic.js";
import type { Summary } from "../run/result.js";
import { clean, displayName, truncate } from "../util/sanitize.js";

/** Colour is passed in, never looked up: formats are pure functions of their input. */
export interface Paint {
  pass(s: string): string;
  partial(s: string): string;
  fail(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const same = (s: string) => s;
export const NO_PAINT: Paint = { pass: same, partial: same, fail: same, dim: same, bold: same };

export async function makePaint(color: boolean): Promise<Paint> {
  if (!color) return NO_PAINT;
  const { Chalk } = await import("chalk");
  const c = new Chalk({ level: 1 });
  return { pass: c.green, partial: c.yellow, fail: c.red, dim: c.dim, bold: c.bold };
}

// Longest path or message shown on one line: a 100 KB key in a file is cut with an ellipsis
// (the JSON report keeps it whole).
const MAX_SHOWN = 400;
const shown = (s: string) => truncate(clean(s), MAX_SHOWN);

/** `file:line:col  path: message (hint)`, the shape editors and terminals make clickable. */
export function formatDiagnostic(file: string, d: Diagnostic, paint: Paint): string {
  const where = `${displayName(file)}:${d.line}:${d.column}`;
  const path = d.path ? `${paint.bold(shown(d.path))}: ` : "";
  const hint = d.hint ? ` ${paint.dim(`(${shown(d.hint)})`)}` : "";
  return `${where}  ${path}${shown(d.message)}${hint}`;
}

/** `12 files: 9 passed, 2 failed, 1 invalid, 2 waived`. */
export function summaryLine(s: Summary): string {
  const parts = [`${s.passed} passed`, `${s.failed} failed`, `${s.invalid} invalid`];
  if (s.waived) parts.push(`${s.waived} waived`);
  return `${s.files} file${s.files === 1 ? "" : "s"}: ${parts.join(", ")}`;
}

// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\[[0-9;]*m/g;
const visible = (s: string) => s.replace(ESCAPES, "").length;

/**
 * Lines wrapped at spaces to `width` columns; a wrapped line keeps its indent, plus two
 * spaces, so the list it belongs to stays readable. Colour codes take no room.
 */
export function wrapLines(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => {
      if (visible(line) <= width) return line;
      const indent = /^ */.exec(line)![0];
      const out: string[] = [];
      let current = "";
      for (const word of line.slice(indent.length).split(" ")) {
        const lead = out.length ? `${indent}  ` : indent;
        // A word starting with ":" never starts a line: `::command` must not reach a line's start.
        // Nor does a word too long for any line: moving it down gains nothing.
        const fits = visible(indent) + 2 + visible(word) <= width;
        if (current && fits && !word.startsWith(":") && visible(lead) + visible(current) + 1 + visible(word) > width) {
          out.push(lead + current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push((out.length ? `${indent}  ` : indent) + current);
      return out.join("\n");
    })
    .join("\n");
}
