// Files made to be slow, through `check` as CI runs it on a pull request: each hostile file
// just under the size limit (bench/hostile-inputs.mjs) ends in the right diagnostic, every
// other file in the same run is still scored, and the run finishes. The time limit here only
// catches a hang; bench/hostile.mjs measures (the 137,000-key file took 125 s before).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSTILE } from "../../bench/hostile-inputs.mjs";
import { MAX_PROBLEMS } from "../../src/schema/diagnostic.js";
import { ROOT, run, type RunResult } from "../helpers/run.js";

interface Result {
  file: string;
  valid: boolean;
  errors: { code: string; message: string; line: number; column: number }[];
}

let dir: string;
let r: RunResult;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gs-hostile-"));
  for (const [name, { text }] of Object.entries(HOSTILE)) writeFileSync(join(dir, `${name}.yaml`), text());
  writeFileSync(join(dir, "zz-reference.yaml"), readFileSync(join(ROOT, "proposals", "nato-article5.yaml")));
  r = run(["check", dir, "-f", "json"], { cwd: dir, timeout: 60_000, env: { GUARANTEE_SCORE_THREADS: "0" } });
}, 90_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("hostile files of 1 MiB", () => {
  it("the run finishes: exit 1 for the invalid files, nothing on standard error, every file reported", () => {
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const results = (JSON.parse(r.stdout) as { results: Result[] }).results;
    expect(results.map((x) => x.file).sort()).toEqual(
      [...Object.keys(HOSTILE).map((n) => join(dir, `${n}.yaml`)), join(dir, "zz-reference.yaml")].sort(),
    );
    expect(results.find((x) => x.file.endsWith("zz-reference.yaml"))?.valid).toBe(true);
  });

  it.each(Object.entries(HOSTILE))("%s: the expected diagnostic, located, the problems capped", (name, { code }) => {
    const results = (JSON.parse(r.stdout) as { results: Result[] }).results;
    const res = results.find((x) => x.file === join(dir, `${name}.yaml`))!;
    if (code === "ok") return expect(res.valid, JSON.stringify(res.errors.slice(0, 3))).toBe(true);
    expect(res.valid).toBe(false);
    expect(
      res.errors.map((e) => e.code),
      JSON.stringify(res.errors.slice(0, 3)),
    ).toContain(code);
    expect(res.errors.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
    for (const e of res.errors) expect(e.line).toBeGreaterThanOrEqual(1);
  });

  it("a file with more problems than are listed says how many more, in the table too", () => {
    const results = (JSON.parse(r.stdout) as { results: Result[] }).results;
    const long = results.find((x) => x.file.endsWith("one-long-key.yaml"))!;
    expect(long.errors.map((e) => e.code)).toEqual(["unknown-key"]);
    writeFileSync(join(dir, "strays.txt"), `title: T\nbeneficiary: U\nguarantors: [{name: UK}]\n${"]\n".repeat(500)}`);
    const table = run(["check", join(dir, "strays.txt")], { cwd: dir, timeout: 60_000 });
    expect(table.code).toBe(1);
    expect(table.stdout).toContain("invalid, 500 problems");
    expect(table.stdout).toContain(
      `strays.txt:${4 + MAX_PROBLEMS}:1  ${500 - MAX_PROBLEMS} more problems not listed: only the first ${MAX_PROBLEMS} are reported`,
    );
    expect(table.stdout.split("\n").filter((l) => l.includes("Unexpected flow-seq-end"))).toHaveLength(MAX_PROBLEMS);
  });
});
