// Escaping for each target a proposal's text can reach. Every function first makes the
// text one inert line (clean: escape sequences dropped, controls shown as U+FFFD, newlines
// as spaces), then escapes what is special to its target.
import { clean } from "../util/sanitize.js";

/**
 * Text in a Markdown table cell or line (GitHub-flavoured): no table breaking, links,
 * images, autolinks, raw HTML, emphasis or code spans, and no mentions. Punctuation is
 * backslash-escaped; `&` and `<` become entities so no HTML or entity survives; URLs are
 * defanged (`http[:]//`), as security reports write them, because GitHub links bare URLs
 * even in escaped text; `@name` and `#123` get a zero-width space so a pull-request
 * comment pings no one and cross-references nothing.
 */
export function markdown(text: string): string {
  return clean(text)
    .replace(/[\\`*_[\]!|~]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/:\/\//g, "\\[:\\]//")
    .replace(/\bwww\./gi, "www\\[.\\]")
    .replace(/([@#])(?=[\w-])/g, "$1&#8203;");
}

// Characters XML 1.0 does not allow at all, even escaped (lone surrogates, U+FFFE, U+FFFF).
const NOT_XML = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text or an attribute value in XML 1.0: the five special characters as entities. */
export function xml(text: string): string {
  return clean(text)
    .replace(NOT_XML, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** The message of a GitHub workflow command (after `::`), as GitHub documents it. */
export function githubData(text: string): string {
  return clean(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property value of a workflow command (file=, title=): also `:` and `,`. */
export function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// encodeURIComponent throws on half a surrogate pair.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A file path as a SARIF `artifactLocation.uri`: forward slashes, relative as given, each
 * segment percent-encoded so that `#`, `?`, `%` and `:` stay part of the path (a colon
 * would otherwise read as a scheme). A Windows drive path becomes a `file:///` URI.
 */
export function fileUri(path: string): string {
  const p = path.replace(LONE_SURROGATE, "\ufffd").replace(/\\/g, "/").replace(/^\.\//, "");
  const encode = (rest: string) => rest.split("/").map(encodeURIComponent).join("/");
  return /^[A-Za-z]:\//.test(p) ? `file:///${p.slice(0, 2)}/${encode(p.slice(3))}` : encode(p);
}
