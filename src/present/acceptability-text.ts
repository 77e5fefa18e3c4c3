// The acceptability axis and the suggestions as plain text, for the table scorecard and
// the `suggest` command. Pure: colour is passed in.
import { byId } from "../util/order.js";
import { QUADRANT_TEXT } from "../analysis/acceptability.js";
import type { Acceptability } from "../analysis/acceptability.js";
import type { Suggestion } from "../analysis/suggest/types.js";
import { clean, truncate } from "../util/sanitize.js";
import type { Paint } from "./text.js";

const MAX_LINE = 400;
const text = (s: string) => truncate(clean(s), MAX_LINE);

/** The footnote of the multi-file tables: what the Rejected column is, and is not. */
export const REJECTED_FOOTNOTE =
  "Rejected: how much of the proposal the adversary has publicly rejected (0–100), an estimate of its stated positions as the sources report them, not a prediction, and not part of the score; then the quadrant that figure and the score place it in.";

/** "Acceptability, an estimate … (not a prediction): 58/100 publicly rejected; quadrant contested (…)". */
export function acceptabilityHeadline(a: Acceptability, paint: Paint): string {
  return `Acceptability, an estimate of the adversary's stated positions (not a prediction): ${paint.bold(`${a.rejected}/100`)} publicly rejected; quadrant ${paint.bold(a.quadrant)} (${QUADRANT_TEXT[a.quadrant]})`;
}

/** The section after the total: the figure, the quadrant, what drives it, and what it is not. */
export function acceptabilitySection(a: Acceptability, paint: Paint): string {
  const rows = [...a.items].sort((x, y) => y.points - x.points || y.max - x.max || byId(x.id, y.id));
  const lines = rows.map((i) => {
    // "35/35 rejected": the points are what the adversary rejects, not a grade of the proposal.
    const line = `  ${i.id} ${i.points}/${i.max} rejected: ${text(i.message)} (${i.sources.map((s) => s.short).join(", ")})`;
    return i.points > 0 ? line : paint.dim(line);
  });
  const where = `credible from ${a.thresholds.credible}, rejected from ${a.thresholds.rejected}`;
  const assumed = a.assumption ? `${paint.partial(`  Assumed: ${text(a.assumption)}`)}\n` : "";
  return `${acceptabilityHeadline(a, paint)}\n${assumed}${lines.join("\n")}\n${paint.dim(`  Not part of the credibility score (${where}).`)}\n`;
}

export const suggestionLine = (s: Suggestion, n: number) => `  ${n}. ${text(s.label)}`;

/** "What would raise the score most", each change alone, re-scored. */
export function suggestionsSection(suggestions: readonly Suggestion[], paint: Paint, more?: string): string {
  if (!suggestions.length)
    return `${paint.bold("What would raise the score most")}: no single-field change raises the total\n`;
  const tail = more ? `${paint.dim(more)}\n` : "";
  return `${paint.bold("What would raise the score most")} (each change alone, re-scored):\n${suggestions.map((s, i) => suggestionLine(s, i + 1)).join("\n")}\n${tail}`;
}
