// Text from a user's file never reaches a terminal raw: escape sequences and control
// characters could recolour, move the cursor, rewrite the title or hide text.
const ESCAPES =
  /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|[@-Z\\-_])|\x9b[0-?]*[ -/]*[@-~]/g;
// C0 and C1 controls (tab and newline are handled by the caller), DEL, and the
// bidirectional overrides that can reorder what a reader sees ("Trojan Source").
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// GitHub's runner reads `##[command]` anywhere in a line of a job's log (its legacy form of
// workflow commands, still parsed): a zero-width space keeps the text and stops the command.
const LEGACY_COMMAND = /##\[/g;

/**
 * One line of inert text: escape sequences dropped, other controls shown as U+FFFD, newlines
 * and tabs as spaces, and no `##[` that GitHub's runner would read as a command.
 */
export function clean(text: string): string {
  return text
    .replace(ESCAPES, "")
    .replace(/[\t\r\n\u2028\u2029]+/g, " ")
    .replace(CONTROLS, "\ufffd")
    .replace(LEGACY_COMMAND, "#\u200b#[");
}

// What a file name cannot show exactly on one line of a report: controls, escapes, line breaks,
// bidirectional controls, lone surrogates, and GitHub's `##[`.
const UNSHOWABLE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\p{Surrogate}|##\[/u;
// A first character that could make a line read as something else: GitHub's `::command`
// (after leading spaces), a quote (the encoded form below), a space.
const RISKY_START = /^[\s:"]/u;

/**
 * A file name as reports show it: exact, so an annotation or a line never points at another,
 * real file. A name holding a character no line can show is written as a JSON string
 * ("a\nb.yaml"); a relative name starting with a space, a colon or a quote is written
 * ./name, so that no line of a report begins with text a file name chose.
 */
export function displayName(name: string): string {
  const exact = exactName(name);
  return exact === name && RISKY_START.test(name) ? `./${name}` : exact;
}

/** The name as it is, or as a JSON string when a line cannot show it exactly (see displayName). */
export const exactName = (name: string): string =>
  UNSHOWABLE.test(name) || name.startsWith('"') ? jsonInert(JSON.stringify(name)) : name;

/** Several lines, each made inert: a message that quotes an argument, a path or a file name. */
export const cleanLines = (text: string) => text.split("\n").map(clean).join("\n");

/** Shorten to at most `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

// What JSON.stringify leaves raw but a terminal or a reader must not see raw: DEL, C1 controls
// (U+009B is CSI), bidirectional controls, and the line/paragraph separators.
// Those characters, or the legacy command's opening (LEGACY_COMMAND), in one pattern.
const JSON_INERT = /[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##\[/g;

/**
 * Inert JSON text: the output of JSON.stringify with the characters above written as \uXXXX
 * escapes. The data is unchanged (JSON.parse gives back the same strings); only the bytes
 * printed are safe to cat to a terminal. Safe on a whole document: these characters can
 * only occur inside JSON strings.
 */
export function jsonInert(json: string): string {
  // One pass for both: a JSON report of 1,000 files is 20 MB, and each pass over it cost as much as a third of JSON.stringify.
  return json.replace(JSON_INERT, (c) =>
    c === "##[" ? "##\\u005b" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** JSON.stringify, then made inert: the one way JSON carrying a user's text is written. */
export const toJson = (value: unknown, space?: number): string => jsonInert(JSON.stringify(value, null, space));
