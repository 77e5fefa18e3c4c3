// What a proposal file says about itself, its summary and the sources it cites, made fit for a
// report: one inert line, cut to a length. Never scored, so the reports label it as the file's
// ("Summary (from the file)", "Sources cited by the file") and add no judgement. The JSON report
// keeps both whole; each format escapes the pieces for its target (escape.ts, html's esc).
import type { CitedSource } from "../engine/result.js";
import type { Stage } from "../schema/proposal.js";
import { clean } from "../util/sanitize.js";

/**
 * How much of it a report shows. A scorecard (the table, the Markdown report): about four lines
 * of summary at 80 columns and the first three sources, one or two lines each. The HTML page: the
 * summaries of the reference library whole (the longest is under 1,400 characters) and up to
 * twenty sources, their titles and URLs whole unless very long. The JSON report: all of it.
 */
export const BRIEF: TextLimits = { summary: 300, sources: 3, piece: 120 };
export const PAGE: TextLimits = { summary: 2000, sources: 20, piece: 400 };

export interface TextLimits {
  /** Characters of the summary. */
  summary: number;
  /** Sources listed; the rest are counted ("and 4 more"). */
  sources: number;
  /** Characters of a source's title, author or URL. */
  piece: number;
}

/** A lapsed or violated arrangement is said above the scores: they grade its terms, not its fate. */
export function stageNote(stage: Stage | undefined): string | undefined {
  if (stage === "lapsed") return "Stage: lapsed (the file records that it is no longer in force); scored on its terms";
  if (stage === "violated") return "Stage: violated (the file records that it was broken); scored on its terms";
  return undefined;
}

export const SUMMARY_LABEL = "Summary (from the file)";
export const SOURCES_LABEL = "Sources cited by the file";

/** The longest URL made a link; a longer one is shown as text, cut. */
const MAX_HREF = 2000;

/**
 * The summary (or any piece of the file's text) on one line, whitespace collapsed, and cut to `max` characters with an ellipsis,
 * at a space when there is one near the end, so that no word is cut in two.
 */
export function oneLine(summary: string, max: number): string {
  // Only a bounded prefix is cleaned: a 1 MiB summary is cut to a few lines anyway.
  const text = clean(summary.slice(0, 8 * max + 1024))
    .replace(/\s+/g, " ")
    .trim();
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, Math.max(0, max - 1)).join("");
  const space = cut.lastIndexOf(" ");
  return `${space >= cut.length - 30 && space > 0 ? cut.slice(0, space).replace(/[\s,;:.]+$/, "") : cut}…`;
}

/** A source's pieces, each one inert line cut to a sensible length; empty pieces are left out. */
export interface SourcePieces {
  author?: string;
  /** The title, or where it is empty once made inert, the URL: a link always has visible text. */
  title: string;
  date?: string;
  url?: string;
  /** Where the URL is http(s): the link's target, and its host, which the reports show beside the title. */
  href?: string;
  host?: string;
}

export function sourcePieces(s: CitedSource, max: number): SourcePieces {
  const piece = (text: string | undefined) => (text === undefined ? "" : oneLine(text, max)) || undefined;
  const author = piece(s.author);
  const date = piece(s.date);
  const url = piece(s.url);
  const href = httpUrl(s.url);
  return {
    ...(author ? { author } : {}),
    title: piece(s.title) ?? url ?? "",
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
    ...(href ? { href, host: new URL(href).host } : {}),
  };
}

/** The first `max` sources, and how many are left out. */
export function firstSources(
  sources: readonly CitedSource[] | undefined,
  limits: TextLimits,
): { shown: SourcePieces[]; more: number } {
  const all = sources ?? [];
  return {
    shown: all.slice(0, limits.sources).map((s) => sourcePieces(s, limits.piece)),
    more: Math.max(0, all.length - limits.sources),
  };
}

/**
 * The URL a report may link to: only http and https, written as a whole URL with nothing that
 * could end a link early (no space, quote, bracket or parenthesis raw: they are percent-encoded).
 * Anything else (javascript:, data:, a relative path, text with controls) is undefined: the
 * report shows it as text.
 */
export function httpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const raw = url.trim();
  if (raw.length > MAX_HREF || !/^https?:\/\/[^\s]+$/i.test(raw) || clean(raw) !== raw) return undefined;
  let href: string;
  try {
    href = new URL(raw).href;
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(new URL(href).protocol)) return undefined;
  return href.replace(/[^A-Za-z0-9\-._~:/?#@!$&+,;=%]/g, (c) =>
    Array.from(new TextEncoder().encode(c), (b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
}
