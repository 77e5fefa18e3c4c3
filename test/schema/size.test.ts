// Files built to be slow: the loader bounds nodes and indicators per file, checks duplicate
// keys and locates problems in one pass, and lists at most MAX_PROBLEMS problems per file.
import { describe, expect, it } from "vitest";
import { capProblems, MAX_PROBLEMS, problemCount, type Diagnostic } from "../../src/schema/diagnostic.js";
import { DEFAULT_LIMITS, loadText, type LoadResult } from "../../src/schema/load.js";
import { didYouMean } from "../../src/util/did-you-mean.js";

const HEAD = "title: T\nbeneficiary: U\nguarantors:\n  - name: UK\n";
const failed = (r: LoadResult): Diagnostic[] => {
  if (r.ok) throw new Error(`expected ${r.file} to fail`);
  return r.diagnostics;
};
const keys = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `k${i + from}: 1\n`).join("");
const codes = (r: LoadResult) => failed(r).map((d) => d.code);

describe("nodes per file", () => {
  // The header has 10 nodes: the root mapping, its five scalars, the list, its mapping and two scalars.
  const header = 10;
  it(`exactly the limit loads as far as the format; one node more is refused, located, naming --max-nodes`, () => {
    const limits = { ...DEFAULT_LIMITS, maxNodes: 1000 };
    const at = loadText(HEAD + keys(((1000 - header) / 2) | 0), "x.yaml", limits);
    expect(codes(at)).not.toContain("too-many-nodes");
    const over = failed(loadText(`${HEAD}x:\n${"  - a\n".repeat(1000)}`, "x.yaml", limits));
    expect(over).toHaveLength(1);
    // Reading stops at the 1001st scalar: 7 in the header, `x`, then item 993, on line 5 + 993.
    expect(over[0]).toMatchObject({ code: "too-many-nodes", line: 5 + 993, column: 5 });
    expect(over[0]!.message).toContain("--max-nodes");
    expect(over[0]!.message).toContain("1000");
  });

  it("block collections count too, not only scalars", () => {
    const limits = { ...DEFAULT_LIMITS, maxNodes: 30 };
    // 10 items, each a mapping of one empty key: 10 scalars and 10 mappings.
    const text = `${HEAD}x:\n${"  - ? k\n".repeat(10)}`;
    expect(codes(loadText(text, "x.yaml", limits))).toContain("too-many-nodes");
    expect(codes(loadText(text, "x.yaml", { ...limits, maxNodes: 40 }))).not.toContain("too-many-nodes");
  });

  it("--max-nodes raised lets a file through, and its problems are then listed", () => {
    const text = HEAD + keys(20_000);
    expect(codes(loadText(text, "x.yaml"))).toEqual(["too-many-nodes"]);
    const r = failed(loadText(text, "x.yaml", { ...DEFAULT_LIMITS, maxNodes: 100_000 }));
    expect(problemCount(r)).toBe(20_000);
    expect(r[0]).toMatchObject({ code: "unknown-key", line: 5, column: 1, path: "k0" });
  });

  it("a flood of stray indicators (`]` 100,000 times) is refused early, located", () => {
    const r = failed(loadText(`${HEAD}${"]\n".repeat(100_000)}`, "x.yaml"));
    expect(r).toHaveLength(1);
    // The header has 5 indicators (four `:` and a `-`); the `]` past the limit is the one stopped at.
    expect(r[0]).toMatchObject({ code: "too-many-tokens", line: 4 + 4 * DEFAULT_LIMITS.maxNodes - 5 + 1, column: 1 });
    expect(r[0]!.message).toContain("--max-nodes");
  });

  it("a file of many documents stops after the second, which it names", () => {
    const t0 = performance.now();
    const r = failed(loadText(`${HEAD}${"---\na: 1\n".repeat(100_000)}`, "x.yaml"));
    expect(performance.now() - t0).toBeLessThan(5_000); // a hang guard: the whole file took seconds
    expect(r).toEqual([expect.objectContaining({ code: "multiple-docs", line: 5, column: 1 })]);
    // Content after `...` starts the second document where it begins.
    expect(failed(loadText(`${HEAD}...\n# note\nb: 2\n`, "x.yaml"))).toEqual([
      expect.objectContaining({ code: "multiple-docs", line: 7, column: 1 }),
    ]);
    // One document ended by `...` and followed by comments only is one document.
    expect(loadText(`${HEAD}...\n# note\n`, "x.yaml").ok).toBe(true);
  });
});

describe("duplicate keys, found in one pass", () => {
  it("the same rule as yaml's: equal scalar values, in block and flow mappings, each occurrence after the first", () => {
    const text = `${HEAD}x: {a: 1, a: 2, "1": 1, 1: 2}\n"title": again\ny:\n  b: 1\n  c: 2\n  b: 3\n  b: 4\n`;
    const ds = failed(loadText(text, "x.yaml")).filter((d) => d.code === "duplicate-key");
    expect(ds.map((d) => [d.line, d.column, d.message.slice(0, 18)])).toEqual([
      [5, 11, 'duplicate key "a":'],
      [6, 1, 'duplicate key "\\"t'],
      [10, 3, 'duplicate key "b":'],
      [11, 3, 'duplicate key "b":'],
    ]);
  });

  it("a mapping of 10,000 distinct keys, one repeated at the end, is checked in a fraction of a second", () => {
    const text = `${HEAD}x:\n${keys(9_000).replace(/^(?=.)/gm, "  ")}  k0: 2\n`;
    const t0 = performance.now();
    const ds = failed(loadText(text, "x.yaml", { ...DEFAULT_LIMITS, maxNodes: 20_000 }));
    expect(performance.now() - t0).toBeLessThan(10_000); // a hang guard; bench/hostile.mjs measures
    expect(ds.find((d) => d.code === "duplicate-key")).toMatchObject({ line: 9_006, column: 3 });
  });
});

describe("at most MAX_PROBLEMS problems per file", () => {
  it(`the first ${MAX_PROBLEMS} by position, then one entry with the count of the rest, located where they start`, () => {
    const ds = failed(loadText(HEAD + keys(3_000), "x.yaml"));
    expect(ds).toHaveLength(MAX_PROBLEMS + 1);
    expect(ds.slice(0, MAX_PROBLEMS).every((d) => d.code === "unknown-key")).toBe(true);
    expect(ds[0]).toMatchObject({ path: "k0", line: 5 });
    const more = ds.at(-1)!;
    expect(more).toMatchObject({
      code: "more-problems",
      line: 5 + MAX_PROBLEMS,
      column: 1,
      more: 3_000 - MAX_PROBLEMS,
    });
    expect(more.message).toBe(
      `${3_000 - MAX_PROBLEMS} more problems not listed: only the first ${MAX_PROBLEMS} are reported`,
    );
    expect(problemCount(ds)).toBe(3_000);
  });

  it("capping twice changes nothing; a list within the cap is only sorted", () => {
    const ds = failed(loadText(HEAD + keys(500), "x.yaml"));
    expect(capProblems(ds)).toEqual(ds);
    const few = failed(loadText(HEAD + keys(3), "x.yaml"));
    expect(few.map((d) => d.code)).toEqual(["unknown-key", "unknown-key", "unknown-key"]);
    expect(problemCount(few)).toBe(3);
  });
});

describe("did you mean, on a long word", () => {
  it("a 1 MiB key is compared with no candidate (its distance to each is at least the difference in length)", () => {
    const t0 = performance.now();
    expect(didYouMean("k".repeat(1024 * 1024), ["title", "guarantors", "beneficiary"])).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(didYouMean("guarantor", ["title", "guarantors"])).toBe("guarantors");
  });
});
