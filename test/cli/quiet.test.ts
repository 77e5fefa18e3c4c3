// check --quiet reports only failures, as ESLint's --quiet does (issue 17, item 9).
import { describe, expect, it } from "vitest";
import { run } from "../helpers/run.js";

const ARGS = ["check", "proposals/nato-article5.yaml", "proposals/budapest-memorandum-1994.yaml", "--min-score", "40"];

describe("check --quiet", () => {
  it("lists only the files that failed, and still the summary and the exit code", () => {
    const loud = run(ARGS);
    const quiet = run([...ARGS, "--quiet"]);
    expect(loud.stdout).toContain("nato-article5.yaml");
    expect(quiet.stdout).not.toContain("nato-article5.yaml");
    expect(quiet.stdout).toMatch(/budapest-memorandum-1994\.yaml.*failed/);
    expect(quiet.stdout).toContain("2 files: 1 passed, 1 failed, 0 invalid");
    expect(quiet.code).toBe(1);
  });

  it("prints no table when nothing failed", () => {
    const r = run(["check", "proposals/nato-article5.yaml", "-q"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("┌");
  });

  it("keeps only error annotations with -f github", () => {
    const loud = run([...ARGS, "-f", "github"]).stdout;
    const quiet = run([...ARGS, "-f", "github", "-q"]).stdout;
    expect(loud).toMatch(/^::warning /m);
    expect(quiet).not.toMatch(/^::(warning|notice) /m);
    expect(quiet).toMatch(/^::error file=proposals\/budapest-memorandum-1994\.yaml/m);
  });
});
