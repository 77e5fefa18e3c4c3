// What a file says of itself, cut and made inert for a report: the summary on one line, the
// sources piece by piece, and which URLs may become links (http and https only).
import { describe, expect, it } from "vitest";
import { BRIEF, firstSources, httpUrl, oneLine } from "../../src/present/file-text.js";

describe("oneLine", () => {
  it("collapses whitespace and line breaks, and keeps a short summary whole", () => {
    expect(oneLine("  Known:\n  signed\t in 1994.\r\n\n  Assumed: public. ", 300)).toBe(
      "Known: signed in 1994. Assumed: public.",
    );
  });

  it("cuts a long one at a space, with an ellipsis, within the length", () => {
    const out = oneLine("word ".repeat(100), 50);
    expect(Array.from(out).length).toBeLessThanOrEqual(50);
    expect(out).toMatch(/^(word )+word…$/);
  });

  it("cuts a word with no space near the end where it must", () => {
    const out = oneLine("x".repeat(500), 40);
    expect(out).toBe(`${"x".repeat(39)}…`);
  });

  it("drops escape sequences and shows other controls as U+FFFD", () => {
    expect(oneLine("\x1b[31mred\x1b[0m \x9b2J \x00 ##[x]", 300)).toBe("red \ufffd #\u200b#[x]");
  });
});

describe("firstSources", () => {
  it("keeps the first few, counts the rest, and cuts each piece", () => {
    const sources = Array.from({ length: 5 }, (_, i) => ({ title: `T${i} ${"x".repeat(200)}`, date: "2025-01-01" }));
    const { shown, more } = firstSources(sources, BRIEF);
    expect(shown).toHaveLength(BRIEF.sources);
    expect(more).toBe(5 - BRIEF.sources);
    expect(Array.from(shown[0]!.title)).toHaveLength(BRIEF.piece);
    expect(shown[0]).not.toHaveProperty("author");
    expect(firstSources(undefined, BRIEF)).toEqual({ shown: [], more: 0 });
  });

  it("links only an http(s) URL, names its host, and never leaves a link without text", () => {
    const [linked, hidden, other] = firstSources(
      [
        { title: "https://treaty.gov/text", url: "https://elsewhere.example/x" },
        { title: "\u001b[2J", url: "https://evil.example/" },
        { title: "A note", url: "javascript:alert(1)" },
      ],
      BRIEF,
    ).shown;
    // A title that looks like a URL cannot hide where the link goes: the host is the target's.
    expect(linked).toMatchObject({ href: "https://elsewhere.example/x", host: "elsewhere.example" });
    expect(hidden).toMatchObject({ title: "https://evil.example/", href: "https://evil.example/" });
    expect(other).not.toHaveProperty("href");
    expect(other).toMatchObject({ title: "A note", url: "javascript:alert(1)" });
  });
});

describe("httpUrl", () => {
  it("gives http and https URLs whole", () => {
    expect(httpUrl("https://example.org/a?b=1&c=2#d")).toBe("https://example.org/a?b=1&c=2#d");
    expect(httpUrl(" http://example.org/ ")).toBe("http://example.org/");
    expect(httpUrl("HTTPS://Example.org/x")).toBe("https://example.org/x");
  });

  it("refuses every other scheme, relative paths and text that is not a URL", () => {
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:x",
      "file:///etc/passwd",
      "//evil.example/x",
      "/relative",
      "https://ok.example/a b",
      "https://ok.example/\x1b[31m",
      "https://ok.example/\u202e",
      "https:/missing-slash",
      undefined,
    ])
      expect(httpUrl(url), String(url)).toBeUndefined();
  });

  it("percent-encodes what could end a link early in Markdown or an attribute in HTML", () => {
    const href = httpUrl("https://ok.example/x)[y](javascript:alert(1))<b>\"'`*\\")!;
    expect(href).toMatch(/^https:\/\/ok\.example\//);
    expect(href).not.toMatch(/[()[\]<>"'`*\\\s]/);
  });
});
