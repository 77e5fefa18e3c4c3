// `score` is the default command: a mistyped command must not be read as a file name.
import { mkdirSync, mkdtempSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run, STACK_TRACE } from "../helpers/run.js";

describe("a first word that is neither a command nor a file", () => {
  it("is an unknown command with a suggestion, exit 2, and nothing is scored", () => {
    const r = run(["chek", "proposals"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^guarantee-score: unknown command 'chek' \(did you mean check\?\)/);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("gets no suggestion when no command is close", () => {
    const r = run(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'; the commands are validate, score, check/);
  });

  it("is still a file when one of that name exists, and a path-like name is still a missing file", () => {
    const dir = mkdtempSync(join(tmpdir(), "gs-cmd-"));
    mkdirSync(join(dir, "chek"));
    copyFileSync(join(ROOT, "proposals/budapest-memorandum-1994.yaml"), join(dir, "chek/a.yaml"));
    expect(run(["chek"], { cwd: dir }).code).toBe(0);
    const missing = run(["nope.yaml"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file or directory: nope\.yaml/);
  });
});
