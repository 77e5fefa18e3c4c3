// Text from a user's file never reaches a terminal raw: escape sequences and control
// characters could recolour, move the cursor, rewrite the title or hide text.
const ESCAPES = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|[@-Z\\-_])|\x9b[0-?]*[ -/]*[@-~]/g;
// C0 and C1 controls (tab and newline are handled by the caller), DEL, and the
// bidirectional overrides that can reorder what a reader sees ("Trojan Source").
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line of inert text: escape sequences dropped, other controls shown as U+FFFD, newlines and tabs as spaces. */
export function clean(text: string): string {
  return text.replace(ESCAPES, "").replace(/[\t\r\n]+/g, " ").replace(CONTROLS, "\ufffd");
}

/** Shorten to at most `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}
