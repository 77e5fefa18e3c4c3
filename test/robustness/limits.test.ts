// Limits that hold under attack, through `check` as CI runs it: file size, alias expansion and
// nesting depth each end in a clear, located error that names the flag raising it; raising a
// limit lets a legitimate file through but never disables the guard; the limits reach the
// worker threads of a large folder as they do the in-process path. Long text in a table is
// cut with an ellipsis. (validate.test.ts covers the hostile files one by one.)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { THREAD_THRESHOLD } from "../../src/run/pool.js";
import { MAX_CELL } from "../../src/present/table.js";
import { DEFAULT_LIMITS } from "../../src/schema/load.js";
import { QUOTE_MAX } from "../../src/schema/diagnostic.js";
import { ROOT, run, STACK_TRACE, type RunResult } from "../helpers/run.js";

const BASE = "title: T\nbeneficiary: U\nguarantors:\n  - name: UK\n";
const VALID = readFileSync(join(ROOT, "proposals", "bilateral-agreements-2024.yaml"), "utf8");
const RAISED = ["--max-aliases", "1000", "--max-depth", "100", "--max-file-size", "2MB"];

const special: Record<string, string> = {
  // A legitimate file: one trigger repeated by alias 150 times (over the default 100).
  "alias150.yaml": `${BASE}commitment:\n  triggers:\n    - &t armed attack on Ukraine\n${"    - *t\n".repeat(150)}`,
  // "Billion laughs": 10^9 expansions. No limit a user may set lets it through.
  "bomb.yaml": `${BASE}summary: &a [x,x,x,x,x,x,x,x,x,x]\n${"bcdefghi"
    .split("")
    .map((c, i) => `${c}: &${c} [${Array(10).fill(`*${"abcdefghi"[i]}`).join(",")}]`)
    .join("\n")}\n`,
  // 70 levels (over the default 64), in flow and in block style.
  "deep-flow.yaml": `${BASE}x: ${"[".repeat(70)}${"]".repeat(70)}\n`,
  "deep-block.yaml": `${BASE}x:\n${Array.from({ length: 70 }, (_, i) => `${"  ".repeat(i + 1)}k${i === 69 ? ": v" : ":"}`).join("\n")}\n`,
  // A valid proposal padded with comments to about 1.5 MiB.
  "big.yaml": VALID + `# ${"x".repeat(78)}\n`.repeat(20_000),
};

interface Result {
  file: string;
  valid: boolean;
  errors: { code: string; message: string; line: number; column: number }[];
}

let dir: string;
const runs: Record<string, RunResult> = {};
const results = (name: string): Map<string, Result> => {
  const report = JSON.parse(runs[name]!.stdout) as { results: Result[] };
  return new Map(report.results.map((r) => [r.file, r]));
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gs-limits-"));
  // Enough ordinary files that the folder is scored on worker threads.
  for (let i = 0; i < THREAD_THRESHOLD; i++)
    writeFileSync(join(dir, `filler-${String(i).padStart(4, "0")}.yaml`), BASE);
  for (const [name, text] of Object.entries(special)) writeFileSync(join(dir, name), text);
  const opts = (threads: boolean) => ({
    cwd: dir,
    timeout: 120_000,
    // Threads forced: by default a run uses them only when two cores are free.
    env: { GUARANTEE_SCORE_THREADS: threads ? "2" : "0" },
  });
  for (const threads of [true, false]) {
    runs[`default ${threads ? "threads" : "in-process"}`] = run(["check", ".", "-f", "json"], opts(threads));
    runs[`raised ${threads ? "threads" : "in-process"}`] = run(["check", ".", "-f", "json", ...RAISED], opts(threads));
  }
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("limits under attack, through check", () => {
  it("every run ends normally: exit 1 for the invalid files, every file reported, nothing on stderr", () => {
    for (const [name, r] of Object.entries(runs)) {
      expect(r.stderr, name).toBe("");
      expect(r.code, name).toBe(1);
      expect(results(name).size, name).toBe(THREAD_THRESHOLD + Object.keys(special).length);
    }
  });

  it("worker threads and the in-process path give the same results", () => {
    for (const mode of ["default", "raised"]) {
      expect(JSON.parse(runs[`${mode} threads`]!.stdout).results).toEqual(
        JSON.parse(runs[`${mode} in-process`]!.stdout).results,
      );
    }
  });

  const only = (r: Result | undefined, code: string) => {
    expect(r?.valid).toBe(false);
    const e = r!.errors.find((x) => x.code === code);
    expect(e, JSON.stringify(r!.errors)).toBeDefined();
    expect(e!.line).toBeGreaterThanOrEqual(1);
    expect(e!.column).toBeGreaterThanOrEqual(1);
    return e!;
  };

  it(`by default: over ${DEFAULT_LIMITS.maxAliases} aliases, ${DEFAULT_LIMITS.maxDepth} levels or 1 MiB, a located error naming the flag`, () => {
    for (const mode of ["default threads", "default in-process"]) {
      const r = results(mode);
      expect(only(r.get("alias150.yaml"), "aliases").message).toContain("--max-aliases");
      expect(only(r.get("bomb.yaml"), "aliases").message).toContain("--max-aliases");
      expect(only(r.get("deep-flow.yaml"), "too-deep").message).toContain("--max-depth");
      const block = only(r.get("deep-block.yaml"), "too-deep");
      expect(block.message).toContain("--max-depth");
      expect(block.line, "at the level past the limit").toBeGreaterThan(60);
      expect(only(r.get("big.yaml"), "file-too-large").message).toContain("--max-file-size");
    }
  });

  it("raised limits let the legitimate files through, and the bomb is still stopped", () => {
    for (const mode of ["raised threads", "raised in-process"]) {
      const r = results(mode);
      expect(r.get("alias150.yaml")?.valid, mode).toBe(true);
      expect(r.get("big.yaml")?.valid, mode).toBe(true);
      for (const deep of ["deep-flow.yaml", "deep-block.yaml"]) {
        expect(
          r.get(deep)!.errors.map((e) => e.code),
          deep,
        ).not.toContain("too-deep");
        expect(r.get(deep)!.errors.map((e) => e.code)).toContain("unknown-key");
      }
      expect(only(r.get("bomb.yaml"), "aliases").message).toContain("over 1000");
    }
  });

  it.each([
    ["--max-depth", "-1"],
    ["--max-depth", "1.5"],
    ["--max-aliases", "lots"],
    ["--max-file-size", "huge"],
  ])("%s %s is a usage error (exit 2), said plainly", (flag, value) => {
    const r = run(["check", join(ROOT, "proposals"), flag, value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(flag);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});

describe("long text in a table", () => {
  const N = 5000;
  let file: string;
  beforeAll(() => {
    const d = mkdtempSync(join(tmpdir(), "gs-long-"));
    mkdirSync(join(d, "in"));
    file = join(d, "in", "long.yaml");
    writeFileSync(
      file,
      `title: ${"x".repeat(N)}\nbeneficiary: U\nguarantors:\n  - name: ${"y".repeat(N)}\n    role: lead\n${`? ${"k".repeat(N)}`}\n: 1\n`,
    );
    writeFileSync(
      join(d, "in", "long-valid.yaml"),
      `title: ${"x".repeat(N)}\nbeneficiary: U\nguarantors:\n  - name: ${"y".repeat(N)}\n    role: lead\ntroops:\n  - nation: ${"z".repeat(N)}\n    count: 100\n`,
    );
  });

  it(`score: the title is cut at ${MAX_CELL} characters with an ellipsis, and a name in a cell is cut too`, () => {
    const r = run(["score", file.replace("long.yaml", "long-valid.yaml")]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[1]).toBe(`Title: ${"x".repeat(MAX_CELL - 1)}…`);
    for (const c of ["y", "z"]) {
      const shown = (r.stdout.match(new RegExp(c, "g")) ?? []).length;
      expect(shown, c).toBeLessThan(N / 4);
    }
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(MAX_CELL + 40);
  });

  it("check and validate: a 5,000-character key in an error is cut on its line, and quoted no further than QUOTE_MAX in JSON", () => {
    for (const args of [
      ["check", file],
      ["validate", file],
    ]) {
      const r = run(args);
      expect(r.code).toBe(1);
      const longest = Math.max(...r.stdout.split("\n").map((l) => l.length));
      expect(longest, args[0]).toBeLessThan(3 * MAX_CELL);
      expect(r.stdout).toContain("…");
    }
    // An invalid file may be anything (a secret): its keys are quoted only as far as they locate the error.
    const json = JSON.parse(run(["check", file, "-f", "json"]).stdout);
    const key = json.results[0].errors.find((e: { code: string }) => e.code === "unknown-key");
    expect(key.path).toBe(`["${"k".repeat(QUOTE_MAX - 1)}…"]`);
    expect(key.message).toBe(`unknown key "${"k".repeat(QUOTE_MAX - 1)}…"`);
    expect(key).toMatchObject({ line: 6, column: 3 });
  });
});
