import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { byPosition, type Diagnostic } from "../../src/schema/diagnostic.js";
import { DEFAULT_LIMITS, loadBuffer, loadFile, loadText, type LoadResult } from "../../src/schema/load.js";
import { NATO, STANCES } from "../../src/schema/proposal.js";

const FIXTURES = resolve(import.meta.dirname, "fixtures");
const VALID = join(FIXTURES, "valid.yaml");
const VALID_TEXT = readFileSync(VALID, "utf8");
const MIN = ["title: T", "beneficiary: Ukraine", "guarantors:", "  - name: UK"];
const MAX_DEPTH = DEFAULT_LIMITS.maxDepth;

const tmp = mkdtempSync(join(tmpdir(), "guarantee-score-load-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function failed(r: LoadResult): Diagnostic[] {
  if (r.ok) throw new Error(`expected ${r.file} to fail, but it loaded`);
  return r.diagnostics;
}
/** The one diagnostic of a failed load. */
function only(r: LoadResult): Diagnostic {
  const d = failed(r);
  expect(d, JSON.stringify(d, null, 2)).toHaveLength(1);
  return d[0]!;
}
const lines = (...l: string[]) => `${l.join("\n")}\n`;
/** 1-based line and column where `needle` first occurs in `text`. */
function posOf(text: string, needle: string): { line: number; column: number } {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${JSON.stringify(needle)} not found`);
  const before = text.slice(0, i).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
/** Every diagnostic is well-formed: 1-based, a code, a one-line message, never a stack or an "undefined". */
function expectWellFormed(ds: Diagnostic[]) {
  expect(ds.length).toBeGreaterThan(0);
  for (const d of ds) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.endLine).toBeGreaterThanOrEqual(d.line);
    expect(d.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.message).not.toMatch(/\n|undefined|\[object Object\]|^\s+at\s/);
  }
  expect([...ds].sort(byPosition)).toEqual(ds);
}

describe("valid proposals", () => {
  it("the fixture written from docs/proposal-format.md loads", async () => {
    const r = await loadFile(VALID);
    if (!r.ok) throw new Error(`valid.yaml should load:\n${JSON.stringify(r.diagnostics, null, 2)}`);
    expect(r.id).toBe("coalition-backstop-2025");
    expect(r.proposal.guarantors.map((g) => g.name)).toEqual(["United Kingdom", "France"]);
    expect(r.proposal.beneficiary_forces?.size_cap).toBeNull();
    // Dates stay text (YAML 1.2 core schema): no timestamps sneak in.
    expect(r.proposal.date).toBe("2025-08-20");
    expect(r.proposal.sources?.[0]?.date).toBe("2025-08-26");
  });

  it("returns the document and line counter so later stages can locate findings", () => {
    const r = loadText(VALID_TEXT, "valid.yaml");
    if (!r.ok) throw new Error("should load");
    expect(r.doc.getIn(["nato"])).toBe("none");
    expect(r.lineCounter.linePos(VALID_TEXT.indexOf("nato:")).line).toBe(posOf(VALID_TEXT, "nato:").line);
  });

  it("id defaults to the file name without its extension", () => {
    const r = loadText(lines(...MIN), "some/dir/my-plan.yaml");
    expect(r.ok && r.id).toBe("my-plan");
    const r2 = loadText(lines(...MIN), "other.yml");
    expect(r2.ok && r2.id).toBe("other");
  });

  it("an explicit id wins over the file name", () => {
    const r = loadText(lines("id: chosen-id", ...MIN), "file-name.yaml");
    expect(r.ok && r.id).toBe("chosen-id");
  });

  it("accepts a leap day, a byte-order mark, CRLF line ends and a %YAML directive", () => {
    expect(loadText(lines(...MIN, "date: 2024-02-29"), "x.yaml").ok).toBe(true);
    expect(loadText(`\ufeff${lines(...MIN)}`, "x.yaml").ok).toBe(true);
    expect(loadText(lines(...MIN).replace(/\n/g, "\r\n"), "x.yaml").ok).toBe(true);
    expect(loadText(`%YAML 1.2\n---\n${lines(...MIN)}`, "x.yaml").ok).toBe(true);
  });

  it("accepts a few ordinary aliases (the alias limit only stops bombs)", () => {
    const r = loadText(
      lines("title: &t Backstop", "summary: *t", "beneficiary: U", "guarantors: [{name: UK}]"),
      "x.yaml",
    );
    expect(r.ok && r.proposal.summary).toBe("Backstop");
  });

  it("accepts nesting well within the depth limit", () => {
    expect(loadText(lines(...MIN, "aid:", "  military:", "    specific_items:", "      - F-16"), "x.yaml").ok).toBe(
      true,
    );
  });
});

describe("schema problems: every one, each located, with path, expected and found", () => {
  it("reports all problems in a file, not only the first, sorted by position", () => {
    const text = lines(
      "title: T",
      "beneficiary: Ukraine",
      "guarantors:",
      "  - name: UK",
      "    stance: friendly",
      "  - name: FR",
      "    stanse: aligned",
      "nato: maybe",
      "extra: 1",
    );
    const ds = failed(loadText(text, "many.yaml"));
    expectWellFormed(ds);
    expect(ds.map((d) => [d.path, d.code, d.line, d.column])).toEqual([
      ["guarantors[0].stance", "invalid-value", 5, posOf(text, "friendly").column],
      ["guarantors[1].stanse", "unknown-key", 7, 5],
      ["nato", "invalid-value", 8, posOf(text, "maybe").column],
      ["extra", "unknown-key", 9, 1],
    ]);
  });

  it("sorts by position even when zod reports in another order", () => {
    // Missing required fields are found after the unknown key in the text but before it in the schema.
    const ds = failed(loadText(lines("zzz: 1", "title:"), "x.yaml"));
    expectWellFormed(ds);
    expect(ds.length).toBeGreaterThanOrEqual(3);
  });

  it("an unknown key suggests the closest known key", () => {
    const d = only(loadText(lines(...MIN, "guarantor: x"), "x.yaml"));
    expect(d).toMatchObject({
      code: "unknown-key",
      path: "guarantor",
      line: 5,
      column: 1,
      found: '"guarantor"',
      hint: 'did you mean "guarantors"?',
    });
    expect(d.message).toContain('unknown key "guarantor"');
    expect(d.expected).toContain("guarantors");
  });

  it("an unknown key far from any known key gets no hint but lists the keys allowed there", () => {
    const d = only(loadText(lines(...MIN, "    colour: blue"), "x.yaml"));
    expect(d).toMatchObject({ code: "unknown-key", path: "guarantors[0].colour", line: 5, column: 5 });
    expect(d.hint).toBeUndefined();
    expect(d.expected).toBe(
      "one of the keys name, role, stance, ratification, nuclear, power, reach, acts_after, barred_by_law, changed_since_signing",
    );
  });

  it("a bad enum value lists every allowed value", () => {
    const text = lines(...MIN, "    stance: friendly", "nato: maybe");
    const [stance, nato] = failed(loadText(text, "x.yaml"));
    expect(stance).toMatchObject({ path: "guarantors[0].stance", line: 5, column: 13, found: '"friendly"' });
    for (const v of STANCES) expect(stance!.expected).toContain(v);
    expect(stance!.message).toBe(`expected one of ${STANCES.join(", ")}; found "friendly"`);
    for (const v of NATO) expect(nato!.message).toContain(v);
  });

  it("a missing required field names the field and points at the closest node", () => {
    const text = lines("# a comment", "title: T", "guarantors:", "  - role: lead");
    const ds = failed(loadText(text, "x.yaml"));
    expectWellFormed(ds);
    expect(ds).toEqual([
      expect.objectContaining({
        code: "missing-field",
        path: "beneficiary",
        line: 2,
        column: 1,
        expected: "text",
        found: "nothing",
      }),
      expect.objectContaining({ code: "missing-field", path: "guarantors[0].name", line: 4, column: 5 }),
    ]);
    expect(ds[0]!.message).toContain('missing required field "beneficiary"');
  });

  it("an empty value (`key:` alone) points at the key", () => {
    const d = only(loadText(lines("title:", "beneficiary: U", "guarantors: [{name: UK}]"), "x.yaml"));
    expect(d).toMatchObject({ path: "title", line: 1, column: 1, found: "an empty value", expected: "text" });
  });

  it("an empty list of guarantors asks for at least one", () => {
    const d = only(loadText(lines("title: T", "beneficiary: U", "guarantors: []"), "x.yaml"));
    expect(d).toMatchObject({
      code: "too-small",
      path: "guarantors",
      line: 3,
      column: 13,
      expected: "at least 1 item",
    });
  });

  it("blank text is not text", () => {
    const d = only(loadText(lines(...MIN, 'summary: "   "'), "x.yaml"));
    expect(d).toMatchObject({ path: "summary", expected: "non-empty text", line: 5, column: 10 });
  });

  it.each([
    ["2025-02-30", "not a day of February"],
    ["2025-13-01", "month 13"],
    ["2025-2-3", "not zero-padded"],
    ["20 August 2025", "not ISO"],
  ])("an invalid date %j (%s) is reported with its position", (date) => {
    const text = lines(...MIN, `date: ${date}`);
    const d = only(loadText(text, "x.yaml"));
    expect(d).toMatchObject({ code: "invalid-format", path: "date", line: 5, column: 7, found: JSON.stringify(date) });
    expect(d.expected).toContain("YYYY-MM-DD");
  });

  it("an invalid date deep inside a list is located there", () => {
    const text = lines(...MIN, "sources:", "  - title: A", "  - title: B", "    date: 2025-02-30");
    expect(only(loadText(text, "x.yaml"))).toMatchObject({ path: "sources[1].date", line: 8, column: 11 });
  });

  it("a negative count is refused", () => {
    const text = lines(...MIN, "troops:", "  - nation: UK", "    count: -5");
    const d = only(loadText(text, "x.yaml"));
    expect(d).toMatchObject({ code: "too-small", path: "troops[0].count", line: 7, column: 12, found: "-5" });
    expect(d.expected).toContain("0");
  });

  it("a fractional count is refused (counts are whole numbers)", () => {
    const d = only(loadText(lines(...MIN, "beneficiary_forces:", "  standing_army: 1.5"), "x.yaml"));
    expect(d).toMatchObject({ path: "beneficiary_forces.standing_army", expected: "a whole number", found: "1.5" });
  });

  it("a number that overflows a double (1e400) is reported, not scored as Infinity", () => {
    const text = lines(...MIN, "commitment:", "  response_hours: 1e400");
    const d = only(loadText(text, "x.yaml"));
    expect(d).toMatchObject({
      path: "commitment.response_hours",
      line: 6,
      column: 19,
      found: "a number too large to represent",
    });
  });

  it("an integer beyond exact range (99999999999999999999) is reported, not silently rounded", () => {
    const text = lines(...MIN, "beneficiary_forces:", "  standing_army: 99999999999999999999");
    const d = only(loadText(text, "x.yaml"));
    expect(d).toMatchObject({ code: "too-big", path: "beneficiary_forces.standing_army", line: 6, column: 18 });
    expect(d.expected).toContain(String(Number.MAX_SAFE_INTEGER));
  });

  it(".nan and .inf are not numbers a proposal can use", () => {
    const ds = failed(
      loadText(
        lines(...MIN, "aid:", "  military:", "    annual_usd_bn: .nan", "commitment:", "  response_hours: .inf"),
        "x.yaml",
      ),
    );
    expect(ds.map((d) => [d.path, d.found])).toEqual([
      ["aid.military.annual_usd_bn", "not-a-number (.nan)"],
      ["commitment.response_hours", "a number too large to represent"],
    ]);
  });

  it("a root that is not a mapping says so", () => {
    for (const text of ["hello\n", "- a\n", "~\n", "42\n"]) {
      const d = only(loadText(text, "x.yaml"));
      expect(d).toMatchObject({ code: "invalid-type", path: "(root)", line: 1, column: 1, expected: "a mapping" });
    }
  });

  it("text that could fool a terminal is carried as data (the reporters sanitise it)", () => {
    const d = only(loadText(lines(...MIN, 'nato: "\\x1b]0;pwn\\x07"'), "x.yaml"));
    expect(d.path).toBe("nato");
    expect(d.message).toContain("found");
  });
});

describe("hostile files end in a clear diagnostic", () => {
  it.each([
    ["empty", ""],
    ["blank lines and spaces", "\n   \n\n"],
    ["comments only", "# just a comment\n  # and another\n"],
  ])("%s → code empty at 1:1", (_name, text) => {
    const d = only(loadText(text, "x.yaml"));
    expect(d).toMatchObject({ code: "empty", line: 1, column: 1, path: "" });
    expect(d.message).toContain("empty");
    expect(d.message).toContain("title");
  });

  it("a lone document marker `---` → one diagnostic on line 1 saying the document is empty", () => {
    const d = only(loadText("---\n", "x.yaml"));
    expect(d.line).toBe(1);
    expect(d.message).toContain("empty");
  });

  it("binary content (a NUL byte) → code binary at the NUL", () => {
    const buf = Buffer.from("title: T\nbeneficiary: U\0\n");
    expect(only(loadBuffer(buf, "b.yaml"))).toMatchObject({ code: "binary", line: 2, column: 15, path: "" });
    expect(
      only(loadBuffer(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), "image.png")).code,
    ).toBe("binary");
  });

  it("invalid UTF-8 → code encoding, asking for UTF-8", () => {
    const buf = Buffer.concat([Buffer.from("title: "), Buffer.from([0xc3, 0x28]), Buffer.from("\n")]);
    const d = only(loadBuffer(buf, "u.yaml"));
    expect(d).toMatchObject({ code: "encoding", line: 1, column: 1 });
    expect(d.message).toContain("UTF-8");
    // Latin-1 text saved by an old editor.
    expect(only(loadBuffer(Buffer.from("title: Z\xfcrich\n", "latin1"), "l.yaml")).code).toBe("encoding");
  });

  it("valid UTF-8 text in a buffer loads", () => {
    expect(
      loadBuffer(Buffer.from(lines("title: Україна", "beneficiary: U", "guarantors: [{name: UK}]")), "x.yaml").ok,
    ).toBe(true);
  });

  it("several YAML documents → code multiple-docs at the second document", () => {
    const text = lines(...MIN, "---", "title: Second");
    const d = only(loadText(text, "x.yaml"));
    expect(d).toMatchObject({ code: "multiple-docs", line: 5, column: 1, path: "" });
    expect(d.message).toContain("several YAML documents");
  });

  it("a duplicate key → code duplicate-key at the second occurrence, naming the key", () => {
    const text = lines("title: A", "beneficiary: U", "title: B", "guarantors: [{name: UK}]");
    const d = only(loadText(text, "x.yaml"));
    expect(d).toMatchObject({ code: "duplicate-key", line: 3, column: 1, path: "" });
    expect(d.message).toContain('duplicate key "title"');
  });

  it("duplicate keys in nested, quoted and flow mappings are each named", () => {
    const text = lines(
      ...MIN,
      "    name: FR",
      "commitment: {form: treaty, form: memorandum}",
      "'quoted: key': 1",
      "'quoted: key': 2",
    );
    const ds = failed(loadText(text, "x.yaml"));
    expectWellFormed(ds);
    expect(ds.map((d) => [d.code, d.line, d.column])).toEqual([
      ["duplicate-key", 5, 5],
      ["duplicate-key", 6, posOf(text, "form: memorandum").column],
      ["duplicate-key", 8, 1],
    ]);
    expect(ds[0]!.message).toContain('"name"');
    expect(ds[1]!.message).toContain('"form"');
    expect(ds[2]!.message).toContain("quoted: key");
  });

  describe("__proto__ keys", () => {
    it("at the root → unknown key, and no prototype is polluted", () => {
      const text = lines(...MIN, "__proto__:", "  polluted: yes", "  title: injected");
      const d = only(loadText(text, "x.yaml"));
      expect(d).toMatchObject({ code: "unknown-key", path: "__proto__", line: 5, column: 1 });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("polluted");
    });

    it("in a list item and in flow style → unknown key with the full path", () => {
      const text = lines(...MIN, "    __proto__: {polluted: yes}", "commitment: {__proto__: {isAdmin: true}}");
      const ds = failed(loadText(text, "x.yaml"));
      expect(ds.map((d) => [d.code, d.path, d.line, d.column])).toEqual([
        ["unknown-key", "guarantors[0].__proto__", 5, 5],
        ["unknown-key", "commitment.__proto__", 6, 14],
      ]);
      expect(Object.prototype).not.toHaveProperty("polluted");
      expect(Object.prototype).not.toHaveProperty("isAdmin");
    });

    it("constructor and other Object.prototype names are unknown keys too", () => {
      const ds = failed(
        loadText(
          lines(...MIN, "constructor: {prototype: {polluted: 1}}", "toString: x", "hasOwnProperty: y"),
          "x.yaml",
        ),
      );
      expect(ds.map((d) => [d.code, d.path])).toEqual([
        ["unknown-key", "constructor"],
        ["unknown-key", "toString"],
        ["unknown-key", "hasOwnProperty"],
      ]);
      expect(Object.prototype).not.toHaveProperty("polluted");
    });
  });

  it("an alias bomb (billion laughs) is stopped quickly → code aliases", () => {
    const bomb = lines(
      "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
      "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
      "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
      "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]",
      "i: [*h, *h, *h, *h, *h, *h, *h, *h, *h]",
    );
    const t0 = performance.now();
    const d = only(loadText(bomb, "bomb.yaml"));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(d).toMatchObject({ code: "aliases", line: 1, column: 1 });
    expect(d.message).toContain(`over ${DEFAULT_LIMITS.maxAliases}`);
  });

  it("the alias limit is a setting", () => {
    const text = lines("title: &t T", "summary: *t", "adversary: *t", "beneficiary: U", "guarantors: [{name: UK}]");
    expect(loadText(text, "x.yaml").ok).toBe(true);
    expect(only(loadText(text, "x.yaml", { ...DEFAULT_LIMITS, maxAliases: 1 })).code).toBe("aliases");
  });

  it("an alias with no anchor is named and located, not called a bomb", () => {
    const text = lines(...MIN, "summary: *nope");
    const d = only(loadText(text, "x.yaml"));
    expect(d).toMatchObject({ code: "unresolved-alias", line: 5, column: 10 });
    expect(d.message).toContain("*nope");
  });

  it("deeply nested flow `[[[[…` 100,000 deep → code too-deep at the first bracket past the limit, quickly", () => {
    const text = `title: ${"[".repeat(100_000)}`;
    const t0 = performance.now();
    const d = only(loadText(text, "deep.yaml"));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(d).toMatchObject({ code: "too-deep", line: 1, column: "title: ".length + MAX_DEPTH + 1 });
    expect(d.message).toContain(String(MAX_DEPTH));
  });

  it("deeply nested flow mappings, closed and mixed → too-deep", () => {
    const closed = `x: ${"{a: [".repeat(50_000)}1${"]}".repeat(50_000)}\n`;
    expect(only(loadText(closed, "deep.yaml")).code).toBe("too-deep");
  });

  it("brackets inside quotes and comments do not count as nesting", () => {
    const q = "[".repeat(MAX_DEPTH * 2);
    const text = lines(`title: "${q}"`, `summary: '${q}'`, `# ${q}`, "beneficiary: U", "guarantors: [{name: UK}]");
    const r = loadText(text, "x.yaml");
    expect(r.ok && r.proposal.title).toBe(q);
  });

  it("deeply nested block sequences on one line (`- - - …` 100,000 deep) → too-deep, no stack overflow", () => {
    const text = `${"- ".repeat(100_000)}x\n`;
    const t0 = performance.now();
    const d = only(loadText(text, "deep.yaml"));
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(d).toMatchObject({ code: "too-deep", line: 1, column: 2 * MAX_DEPTH + 1 });
    expect(d.message).not.toMatch(/call stack/i);
  });

  it("deeply nested block mappings by indentation → too-deep at the first level past the limit", () => {
    const text = `${Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} v\n`;
    const d = only(loadText(text, "deep.yaml"));
    // The root mapping is level 1, so level MAX_DEPTH+1 starts on line MAX_DEPTH+1, indented MAX_DEPTH spaces.
    expect(d).toMatchObject({ code: "too-deep", line: MAX_DEPTH + 1, column: MAX_DEPTH + 1 });
    expect(d.message).not.toMatch(/call stack/i);
  });

  it("nesting exactly at the limit is accepted by the parser (the schema then judges it)", () => {
    const atLimit = `${Array.from({ length: MAX_DEPTH }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} v\n`;
    const codes = failed(loadText(atLimit, "x.yaml")).map((d) => d.code);
    expect(codes).toContain("unknown-key");
    expect(codes).not.toContain("too-deep");
    const over = `${Array.from({ length: MAX_DEPTH + 1 }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} v\n`;
    expect(only(loadText(over, "x.yaml")).code).toBe("too-deep");
  });

  it("a tab used as indentation → code tab-as-indent on its line", () => {
    const text = lines("title: T", "beneficiary: U", "guarantors:", "\t- name: UK");
    const d = only(loadText(text, "x.yaml"));
    expect(d).toMatchObject({ code: "tab-as-indent", line: 4, column: 1, path: "" });
    expect(d.message).toContain("tab");
  });

  it("a tab inside a value is fine", () => {
    expect(loadText(lines("title: a\tb", "beneficiary: U", "guarantors: [{name: UK}]"), "x.yaml").ok).toBe(true);
  });

  it("YAML syntax errors carry their own line and column", () => {
    const text = lines("title: T", 'summary: "a\\qb"', "beneficiary: U", "guarantors: [{name: UK}]");
    const d = only(loadText(text, "x.yaml"));
    expect(d).toMatchObject({ code: "bad-dq-escape", line: 2, column: posOf(text, "\\q").column, path: "" });
    expect(d.message).toContain("\\q");
    // yaml's own "at line N, column M:" excerpt is not repeated in the message.
    expect(d.message).not.toMatch(/at line \d+/);
  });

  it("several syntax errors are all reported, in order", () => {
    const text = lines("title: T", "nato: }", "beneficiary: @x");
    const ds = failed(loadText(text, "x.yaml"));
    expectWellFormed(ds);
    expect(ds.length).toBeGreaterThan(1);
    expect(ds[0]).toMatchObject({ line: 2, column: 7 });
    expect(ds.every((d) => d.path === "")).toBe(true);
  });

  it("bad indentation is located on the offending line", () => {
    const text = lines(...MIN, " nato: none");
    expect(only(loadText(text, "x.yaml"))).toMatchObject({ code: "bad-indent", line: 5, column: 1 });
  });

  it("an unclosed quote is reported, not swallowed", () => {
    expect(failed(loadText(lines("title: 'T", "beneficiary: U"), "x.yaml"))[0]!.code).toBe("missing-char");
  });

  it("a buffer over the size limit is refused before it is parsed", () => {
    const d = only(loadBuffer(Buffer.alloc(2048, "a"), "big.yaml", { ...DEFAULT_LIMITS, maxBytes: 1024 }));
    expect(d).toMatchObject({ code: "file-too-large", line: 1, column: 1 });
    expect(d.message).toContain("1 KiB");
    expect(d.message).toContain("--max-file-size");
  });
});

describe("loadFile", () => {
  it("a file over the default limit of 1 MiB → file-too-large; a higher limit lets it load", async () => {
    expect(DEFAULT_LIMITS.maxBytes).toBe(1024 * 1024);
    const big = join(tmp, "big.yaml");
    const padding = `# ${"x".repeat(78)}\n`.repeat(Math.ceil((DEFAULT_LIMITS.maxBytes + 1) / 81));
    writeFileSync(big, VALID_TEXT + padding);
    const d = only(await loadFile(big));
    expect(d).toMatchObject({ code: "file-too-large", line: 1, column: 1 });
    expect(d.message).toContain("over the limit of 1 MiB");
    expect(d.message).toContain("--max-file-size");
    const r = await loadFile(big, { ...DEFAULT_LIMITS, maxBytes: 20 * 1024 * 1024 });
    expect(r.ok).toBe(true);
  });

  it("a file exactly at the limit loads", async () => {
    const text = lines(...MIN);
    const f = join(tmp, "exact.yaml");
    writeFileSync(f, text);
    expect((await loadFile(f, { ...DEFAULT_LIMITS, maxBytes: Buffer.byteLength(text) })).ok).toBe(true);
    expect(only(await loadFile(f, { ...DEFAULT_LIMITS, maxBytes: Buffer.byteLength(text) - 1 })).code).toBe(
      "file-too-large",
    );
  });

  it("a missing file or a directory is a failed load with a reason, not an exception", async () => {
    const missing = only(await loadFile(join(tmp, "nope.yaml")));
    expect(missing).toMatchObject({ code: "unreadable", line: 1, column: 1 });
    expect(missing.message).toContain("ENOENT");
    expect(only(await loadFile(tmp)).code).toBe("unreadable");
  });

  it("keeps the file name it was given on the result", async () => {
    const r = await loadFile(VALID);
    expect(r.file).toBe(VALID);
  });
});
