import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { locate, toRange } from "../../src/schema/locate.js";
import { loadText } from "../../src/schema/load.js";

// Line numbers are the array index + 1, so every expected position below can be read off this listing.
const LINES = [
  "title: Plan", //              1
  'budget: "12"', //             2
  "sponsors:", //                3
  "  - name: A", //              4
  "    share: 10", //            5
  "  - name: B", //              6
  "    share: lots", //          7
  "deadline:", //                8
  "extra: 1", //                 9
  "years:", //                  10
  "  2024: 5", //               11
  "  true: yes", //             12
];
const TEXT = `${LINES.join("\n")}\n`;

function setup(text = TEXT) {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  expect(doc.errors).toEqual([]);
  return { doc, lc, at: (path: (string | number)[], target?: "key" | "value") => locate(doc, lc, path, target) };
}

/** 1-based column where `needle` starts on `line` of the listing. */
const col = (line: number, needle: string) => {
  const i = LINES[line - 1]!.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" is not on line ${line}`);
  return i + 1;
};

describe("locate: data path → 1-based line:column in the YAML", () => {
  it("points at the value of a field with the wrong type", () => {
    const { at } = setup();
    expect(at(["budget"])).toEqual({ line: 2, column: col(2, '"12"'), endLine: 2, endColumn: col(2, '"12"') + 4 });
    expect(at(["budget"])).toMatchObject({ line: 2, column: 9 });
  });

  it("points at the key itself when asked for the key", () => {
    const { at } = setup();
    expect(at(["budget"], "key")).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 7 });
  });

  it("points at a value inside a list item through its index", () => {
    const { at } = setup();
    expect(at(["sponsors", 1, "share"])).toMatchObject({ line: 7, column: col(7, "lots") });
    expect(at(["sponsors", 1, "share"])).toMatchObject({ line: 7, column: 12 });
    expect(at(["sponsors", 0, "share"])).toMatchObject({ line: 5, column: col(5, "10") });
  });

  it("points at a list item for an index path", () => {
    const { at } = setup();
    expect(at(["sponsors", 0])).toMatchObject({ line: 4, column: col(4, "name") });
    expect(at(["sponsors", 1])).toMatchObject({ line: 6, column: 5 });
  });

  it("points at the key of an empty value (`deadline:` alone), not at the zero-width null after it", () => {
    const { at } = setup();
    expect(at(["deadline"])).toEqual({ line: 8, column: 1, endLine: 8, endColumn: 9 });
  });

  it("points at the closest existing node when a key is missing", () => {
    const { at } = setup();
    // Missing at the root: the root mapping.
    expect(at(["owner"])).toMatchObject({ line: 1, column: 1 });
    // Missing in a list item: the item.
    expect(at(["sponsors", 0, "role"])).toMatchObject({ line: 4, column: 5 });
    // Beyond the end of a list: the key that holds the list.
    expect(at(["sponsors", 5, "name"])).toMatchObject({ line: 3, column: 1 });
    // Indexing into a scalar: the key of that scalar.
    expect(at(["title", "x"])).toMatchObject({ line: 1, column: 1 });
  });

  it("points at the key of an unknown key", () => {
    const { at } = setup();
    expect(at(["extra"], "key")).toEqual({ line: 9, column: 1, endLine: 9, endColumn: 6 });
  });

  it("finds numeric and boolean keys, whether the path holds a string or a number", () => {
    const { at } = setup();
    expect(at(["years", "2024"])).toMatchObject({ line: 11, column: col(11, "5") });
    expect(at(["years", 2024])).toMatchObject({ line: 11, column: 9 });
    expect(at(["years", 2024], "key")).toMatchObject({ line: 11, column: 3 });
    expect(at(["years", "true"], "key")).toMatchObject({ line: 12, column: 3 });
  });

  it("points at the root for the empty path", () => {
    const { at } = setup("# a comment first\n\ntitle: x\n");
    expect(at([])).toMatchObject({ line: 3, column: 1 });
    expect(at(["missing"])).toMatchObject({ line: 3, column: 1 });
  });

  it("works in flow collections", () => {
    const { at } = setup("guarantors: [{name: UK, stance: friendly}]\n");
    expect(at(["guarantors", 0, "stance"])).toMatchObject({ line: 1, column: 33 });
    expect(at(["guarantors", 0, "stance"], "key")).toMatchObject({ line: 1, column: 25 });
  });

  it("counts columns in characters on lines after multi-byte text", () => {
    const { at } = setup("title: Україна\nbudget: x\n");
    expect(at(["budget"])).toMatchObject({ line: 2, column: 9 });
    expect(at(["title"])).toEqual({ line: 1, column: 8, endLine: 1, endColumn: 15 });
  });

  it("never returns line or column 0, even for an empty document", () => {
    const { at } = setup("");
    for (const r of [at([]), at(["x"]), at(["x", 0, "y"], "key")]) {
      expect(r.line).toBeGreaterThanOrEqual(1);
      expect(r.column).toBeGreaterThanOrEqual(1);
    }
  });

  it("toRange turns offsets into 1-based positions and never ends before it starts", () => {
    const { lc } = setup("ab\ncd\n");
    expect(toRange(lc, 0, 2)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 3 });
    expect(toRange(lc, 3, 4)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 2 });
    expect(toRange(lc, 4, 1)).toEqual({ line: 2, column: 2, endLine: 2, endColumn: 2 });
  });
});

describe("locate through the proposal schema (zod issue paths)", () => {
  const base = ["title: T", "beneficiary: Ukraine", "guarantors:", "  - name: UK"];
  const load = (...extra: string[]) => {
    const r = loadText(`${[...base, ...extra].join("\n")}\n`, "p.yaml");
    if (r.ok) throw new Error("expected the file to fail");
    return r.diagnostics;
  };

  it("wrong type → the value", () => {
    expect(load("troops: yes")).toEqual([
      expect.objectContaining({ path: "troops", line: 5, column: 9, code: "invalid-type" }),
    ]);
  });

  it("missing required key → the closest node (the list item), with the missing key's path", () => {
    const d = load("troops:", "  - count: 5");
    expect(d).toEqual([
      expect.objectContaining({ path: "troops[0].nation", code: "missing-field", line: 6, column: 5 }),
    ]);
  });

  it("empty value → the key", () => {
    expect(load("adversary:")).toEqual([
      expect.objectContaining({ path: "adversary", line: 5, column: 1, found: "an empty value" }),
    ]);
  });

  it("unknown key → the key, with its full path", () => {
    expect(load("commitment:", "  form: treaty", "  obligaton: defend")).toEqual([
      expect.objectContaining({
        path: "commitment.obligaton",
        code: "unknown-key",
        line: 7,
        column: 3,
        hint: 'did you mean "obligation"?',
      }),
    ]);
  });

  it("numeric key → the key, quoted in the path", () => {
    expect(load("2024: x")).toEqual([
      expect.objectContaining({ path: '["2024"]', code: "unknown-key", line: 5, column: 1 }),
    ]);
  });

  it("sequence index → the item's value, in the second item", () => {
    const d = load("  - name: FR", "    stance: friendly");
    expect(d).toEqual([expect.objectContaining({ path: "guarantors[1].stance", line: 6, column: 13 })]);
  });
});
