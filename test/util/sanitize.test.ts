import { describe, expect, it } from "vitest";
import { clean, displayName, jsonInert, truncate } from "../../src/util/sanitize.js";

const ESC = "\x1b";
const BEL = "\x07";
/** Anything a terminal would act on rather than print. */
const ACTIVE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe("clean: text from a file is inert on a terminal", () => {
  it.each([
    ["CSI colour", `a${ESC}[31mred${ESC}[0mb`, "aredb"],
    ["CSI cursor movement and erase", `a${ESC}[2J${ESC}[1;1Hb`, "ab"],
    ["CSI with intermediate bytes", `a${ESC}[1 qb`, "ab"],
    ["OSC window title ended by BEL", `a${ESC}]0;pwned${BEL}b`, "ab"],
    ["OSC window title ended by ST", `a${ESC}]2;pwned${ESC}\\b`, "ab"],
    ["OSC 8 hyperlink", `a${ESC}]8;;http://x${BEL}link${ESC}]8;;${BEL}b`, "alinkb"],
    ["DCS string", `a${ESC}Pq#0;2;0;0;0${ESC}\\b`, "ab"],
    ["C1 CSI (0x9b)", "a\x9b31mb", "ab"],
    ["two-character escape", `a${ESC}Mb`, "ab"],
  ])("drops %s", (_name, input, expected) => {
    const out = clean(input);
    expect(out).toBe(expected);
    expect(out).not.toContain(ESC);
    expect(out).not.toMatch(ACTIVE);
  });

  it("turns newlines, carriage returns and tabs into single spaces, so one diagnostic stays one line", () => {
    expect(clean("a\nb\r\nc\td")).toBe("a b c d");
    expect(clean("line\n\n\nnext")).toBe("line next");
    expect(clean("fake\rOVERWRITE")).not.toContain("\r");
  });

  it.each([
    ["RLO bidi override", "a\u202eevil\u202cb"],
    ["LRI/PDI isolates", "a\u2066x\u2069b"],
    ["LRM/RLM marks", "a\u200ex\u200fb"],
  ])("makes %s visible instead of reordering the line", (_name, input) => {
    const out = clean(input);
    expect(out).not.toMatch(ACTIVE);
    expect(out).toContain("\ufffd");
    // The visible letters stay, in the order they were written.
    expect(out.replace(/\ufffd/g, "")).toBe(input.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ""));
  });

  it("shows other C0 and C1 controls and DEL as U+FFFD", () => {
    expect(clean("a\x00b\x07c\x7fd\x85e\x9df")).toBe("a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf");
  });

  it("leaves a lone ESC inert even when it does not start a known sequence", () => {
    const out = clean(`a${ESC}`);
    expect(out).not.toContain(ESC);
  });

  it("keeps ordinary text, punctuation and non-ASCII letters unchanged", () => {
    const text = "Coalition of the Willing — Україна, Zürich: 60 F-16 aircraft [a, b] {c} \"q\" 'r' ✓";
    expect(clean(text)).toBe(text);
  });

  it("is idempotent", () => {
    const nasty = `x${ESC}]8;;http://x${BEL}y\x9b2J\u202ez\n${ESC}[31m`;
    expect(clean(clean(nasty))).toBe(clean(nasty));
  });
});

describe("truncate", () => {
  it("keeps text that fits", () => {
    expect(truncate("abc", 3)).toBe("abc");
    expect(truncate("", 0)).toBe("");
  });

  it("cuts to at most max characters, marking the cut with an ellipsis", () => {
    const out = truncate("abcdef", 4);
    expect(out).toBe("abc…");
    expect(Array.from(out)).toHaveLength(4);
  });

  it("counts code points, never splitting a surrogate pair", () => {
    const out = truncate("😀😀😀😀", 3);
    expect(out).toBe("😀😀…");
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/); // no lone surrogate
  });
});

describe("GitHub's legacy ##[command], read anywhere in a line of a job's log", () => {
  it("clean keeps the text but never the marker", () => {
    const out = clean("title ##[add-mask]secret and ##[stop-commands]tok");
    expect(out).not.toContain("##[");
    expect(out.replace(/\u200b/g, "")).toBe("title ##[add-mask]secret and ##[stop-commands]tok");
    expect(clean(out)).toBe(out);
  });

  it("jsonInert escapes it, and the data parses back unchanged", () => {
    const data = { t: "a ##[error]b", k: ["##[##[x"] };
    const text = jsonInert(JSON.stringify(data));
    expect(text).not.toContain("##[");
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe("displayName: a file name shown exactly, never as another file's", () => {
  it("leaves ordinary names, absolute or relative, as they are", () => {
    for (const name of ["drafts/a.yaml", "/tmp/x y/Україна.yml", "./a.yaml", "C:\\x\\a.yaml", "😀.yaml"])
      expect(displayName(name)).toBe(name);
  });

  it("writes a name with a character no line can show as a JSON string, distinct from the cleaned name", () => {
    expect(displayName("a\nb.yaml")).toBe('"a\\nb.yaml"');
    expect(displayName("a\nb.yaml")).not.toBe(displayName("a b.yaml"));
    expect(displayName("x\x1b[31m.yaml")).toBe('"x\\u001b[31m.yaml"');
    expect(displayName("a\u202eb.yaml")).not.toMatch(ACTIVE);
    expect(displayName("##[add-mask]x.yaml")).not.toContain("##[");
    for (const name of ["a\nb.yaml", "x\x1b[31m.yaml", "a\u202eb.yaml", "##[error]x.yaml", "\ud800.yaml"]) {
      expect(JSON.parse(displayName(name))).toBe(name);
      expect(displayName(name)).not.toMatch(ACTIVE);
    }
  });

  it("starts a name that begins with a colon or a space with ./, and encodes one that begins with a quote, so no line begins with it", () => {
    expect(displayName("::error file=x::pwned.yaml")).toBe("./::error file=x::pwned.yaml");
    expect(displayName(" ::warning::x.yaml")).toBe("./ ::warning::x.yaml");
    expect(displayName('"a.yaml"')).toBe('"\\"a.yaml\\""'); // a leading quote is what encoded names start with
    expect(JSON.parse(displayName('"a.yaml"'))).toBe('"a.yaml"');
  });
});
