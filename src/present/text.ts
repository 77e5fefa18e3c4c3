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
