// Properties over random input: loading never throws, every error is located and worded,
// valid proposals score within 0–100, scoring is deterministic, and the CLI boundary holds.
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { main } from "../../src/cli/main.js";
import type { IO } from "../../src/cli/io.js";
import { defaultConfig } from "../../src/engine/config.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { rules } from "../../src/model/rules/index.js";
import { loadBuffer, loadText } from "../../src/schema/load.js";
import { jsonInert } from "../../src/util/sanitize.js";
import { controlProblems } from "./inert.js";
import { ROOT } from "../helpers/run.js";

const config = defaultConfig(rules);
// The reference files only: proposals/history/ is a folder beside them.
const refs = readdirSync(join(ROOT, "proposals"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => readFileSync(join(ROOT, "proposals", f), "utf8"));

const seen = { valid: 0, invalid: 0 };

function checkLoad(text: string) {
  const r = loadText(text, "fuzz.yaml");
  checkResult(r);
  if (r.ok) {
    const a = evaluate(r, rules, config);
    expect(a.score).toBeGreaterThanOrEqual(0);
    expect(a.score).toBeLessThanOrEqual(100);
    expect(evaluate(r, rules, config)).toEqual(a); // deterministic
    const again = loadText(text, "fuzz.yaml");
    expect(again.ok && evaluate(again, rules, config)).toEqual(a); // and so is loading
  }
}

function checkResult(r: ReturnType<typeof loadText>) {
  seen[r.ok ? "valid" : "invalid"]++;
  if (!r.ok) {
    expect(r.diagnostics.length).toBeGreaterThan(0);
    for (const d of r.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(typeof d.path).toBe("string");
      expect(d.message.length).toBeGreaterThan(0);
    }
  }
}

// YAML-ish fragments, control characters included, glued at random.
const token = fc.oneof(
  fc.constantFrom(
    "title: ",
    "beneficiary: ",
    "guarantors:\n",
    "  - name: ",
    "- ",
    "? ",
    ": ",
    "&a ",
    "*a ",
    "!!str ",
    "!!binary ",
    "---\n",
    "...\n",
    "[",
    "]",
    "{",
    "}",
    ",",
    "\t",
    "\n",
    "  ",
    "#",
    "'",
    '"',
    "|\n",
    ">-\n",
    "%YAML 1.2\n",
    "<<: *a\n",
    "1e400",
    "99999999999999999999",
    "-0",
    ".nan",
    "~",
    "null",
    "2025-02-30",
    "\u0000",
    "\u001b[31m",
    "\ufeff",
    "\u202e",
  ),
  fc.string({ maxLength: 8 }),
);
const yamlish = fc.array(token, { maxLength: 40 }).map((xs) => xs.join(""));

// A valid reference with one field mutated: removed, retyped, set out of its enumeration, or duplicated.
const nearValid = fc
  .record({
    ref: fc.integer({ min: 0, max: refs.length - 1 }),
    which: fc.nat(),
    how: fc.constantFrom("remove", "retype", "enum", "duplicate", "null"),
    seed: fc.nat(),
  })
  .map(({ ref, which, how, seed }) => {
    const data = parse(refs[ref]!) as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]) => {
      if (p.length) paths.push(p);
      if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, [...p, i]);
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
    };
    walk(data, []);
    const path = paths[which % paths.length]!;
    const parent = path
      .slice(0, -1)
      .reduce<Record<string | number, unknown>>(
        (o, k) => o[k] as Record<string | number, unknown>,
        data as Record<string | number, unknown>,
      );
    const key = path.at(-1)!;
    if (how === "remove") Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
    else if (how === "retype") parent[key] = [123, "x", true, { a: 1 }, [1]][seed % 5];
    else if (how === "enum") parent[key] = "not-an-allowed-value";
    else if (how === "null") parent[key] = null;
    let text = stringify(data);
    if (how === "duplicate") {
      const lines = text.split("\n");
      const i = seed % Math.max(1, lines.length - 1);
      lines.splice(i + 1, 0, lines[i]!);
      text = lines.join("\n");
    }
    return text;
  });

const fakeIO = (): IO => ({
  stdout: { write: () => true },
  stderr: { write: () => true },
  env: {},
  cwd: ROOT,
  stdoutIsTTY: false,
  readStdin: async () => new Uint8Array(),
});

describe("robustness properties", () => {
  it("random YAML-ish text never throws, and every error is located", () => {
    fc.assert(
      fc.property(yamlish, (text) => checkLoad(text)),
      { numRuns: 400, seed: 8 },
    );
  });

  it("near-valid proposals never throw; valid ones score 0–100, deterministically", () => {
    seen.valid = seen.invalid = 0;
    fc.assert(
      fc.property(nearValid, (text) => checkLoad(text)),
      { numRuns: 300, seed: 8 },
    );
    // Both branches were exercised: some mutations keep the file valid, most do not.
    expect(seen.valid).toBeGreaterThan(20);
    expect(seen.invalid).toBeGreaterThan(20);
  });

  it("random bytes (NUL, invalid UTF-8, BOMs, CR) never throw, and every error is located", () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc
        .tuple(fc.constantFrom(...refs), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 }))
        .map(([text, at, junk]) => {
          const b = Buffer.from(text);
          const i = at % b.length;
          return Buffer.concat([b.subarray(0, i), junk, b.subarray(i)]);
        }),
    );
    fc.assert(
      fc.property(bytes, (b) => checkResult(loadBuffer(b, "bytes.yaml"))),
      { numRuns: 300, seed: 8 },
    );
  });

  it("jsonInert: any data round-trips exactly through JSON, and the text printed has no control or bidi character", () => {
    const text = fc.string({ unit: "binary", maxLength: 40 });
    const data = fc.oneof(text, fc.array(text, { maxLength: 4 }), fc.dictionary(text, text, { maxKeys: 4 }));
    fc.assert(
      fc.property(data, (v) => {
        const printed = jsonInert(JSON.stringify(v, null, 2));
        expect(JSON.parse(printed)).toEqual(v);
        expect(controlProblems(printed)).toEqual([]);
      }),
      { numRuns: 500, seed: 8 },
    );
    expect(jsonInert(JSON.stringify("\x9b2J \u202eevil"))).toBe('"\\u009b2J \\u202eevil"');
  });

  it("no exception escapes the command line, whatever the arguments", async () => {
    const arg = fc.oneof(
      fc.constantFrom(
        "check",
        "validate",
        "score",
        "explain",
        "list",
        "schema",
        "diff",
        "-f",
        "json",
        "--min-score",
        "101",
        "--fail-on",
        "x",
        "-o",
        "--config",
        "--max-depth",
        "-1",
        "--bogus",
        "-",
        "proposals",
        "nope.yaml",
        "proposals/nato-article5.yaml",
      ),
      fc.string({ maxLength: 6 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(arg, { maxLength: 6 }), async (argv) => {
        if (argv.includes("-o") || argv.includes("--output")) return; // never write files from a fuzzer
        const code = await main(argv, fakeIO());
        expect([0, 1, 2]).toContain(code);
      }),
      { numRuns: 150, seed: 8 },
    );
  });
});
