// Escaping for each target a proposal's text can reach. Every function first makes the
// text one inert line (clean), then escapes what is special to its target.
import { clean } from "../util/sanitize.js";

/** Text in a Markdown table cell or line: no table breaking, links, images, HTML or headings. */
export function markdown(text: string): string {
  return clean(text)
    .replace(/[\\`*_[\]!|~]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    // Defanged, as security reports write them, so no URL is linked automatically.
    .replace(/:\/\//g, "\\[:\\]//")
    .replace(/\bwww\./gi, "www\\[.\\]");
}

// Characters XML 1.0 does not allow at all, even escaped.
const NOT_XML = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text or an attribute value in XML. */
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
