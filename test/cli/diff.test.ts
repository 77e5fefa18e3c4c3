// diff end to end: files, standard input, a git revision, formats, regression gates, exit codes.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, run, STACK_TRACE } from "../helpers/run.js";

let repo: string;
const original = readFileSync(join(ROOT, "proposals", "bilateral-agreements-2024.yaml"), "utf8");
// The UK withdraws its signature; Poland sends troops.
const revised = original
  .replace(/(- name: United Kingdom\n(?:.*\n)*?\s+ratification: )executive/, "$1none")
  .replace("# troops: no guarantor forces in Ukraine; left out.", "troops:\n  - nation: Poland\n    count: 5000\n    role: tripwire");

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "gs-diff-"));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "pipe" });
  git("init", "-q");
  git("config", "user.email", "test@example.org");
  git("config", "user.name", "Test");
  writeFileSync(join(repo, "draft.yaml"), original);
  git("add", "draft.yaml");
  git("commit", "-qm", "first draft");
  writeFileSync(join(repo, "draft.yaml"), revised);
  copyFileSync(join(ROOT, "proposals", "nato-article5.yaml"), join(repo, "nato.yaml"));
});

describe("diff", () => {
  it("compares a committed file with its working copy through REV:path", () => {
    const r = run(["diff", "HEAD:draft.yaml", "draft.yaml", "-f", "json"], { cwd: repo });
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.before.file).toBe("HEAD:draft.yaml");
    expect(d.changes.map((c: { path: string; kind: string }) => [c.path, c.kind])).toEqual([
      ["guarantors[United Kingdom].ratification", "changed"],
      ["troops", "added"],
    ]);
    const byId = Object.fromEntries(d.criteria.map((c: { id: string; delta: number }) => [c.id, c]));
    expect(byId.ratified.delta).toBeLessThan(0);
    expect(byId["boots-on-the-ground"].delta).toBeGreaterThan(0);
    expect(byId.ratified.movedBy).toEqual(["guarantors[United Kingdom].ratification"]);
    expect(d.delta).toBe(d.after.score - d.before.score);
    for (const k of ["before", "after"]) expect(Object.keys(d[k])).toEqual(["file", "score", "tier"]);
  });

  it("--fail-on-regression exits 1 when a criterion went down; with a list, only for those", () => {
    expect(run(["diff", "HEAD:draft.yaml", "draft.yaml", "--fail-on-regression"], { cwd: repo }).code).toBe(1);
    expect(run(["diff", "HEAD:draft.yaml", "draft.yaml", "--fail-on-regression", "ratified"], { cwd: repo }).code).toBe(1);
    expect(run(["diff", "HEAD:draft.yaml", "draft.yaml", "--fail-on-regression", "boots-on-the-ground,public"], { cwd: repo }).code).toBe(0);
    const bad = run(["diff", "HEAD:draft.yaml", "draft.yaml", "--fail-on-regression", "ratifed"], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean "ratified"');
  });

  it("lists regressions first in the table, and reads standard input", () => {
    const r = run(["diff", "-", "draft.yaml"], { cwd: repo, input: original });
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf("▼ ratified")).toBeGreaterThan(-1);
    expect(r.stdout.indexOf("▼ ratified")).toBeLessThan(r.stdout.indexOf("▲ boots-on-the-ground"));
    expect(r.stdout).toMatch(/Total \d+ → \d+ \([+-]?\d+\)/);
    expect(run(["diff", "-", "draft.yaml", "-f", "markdown"], { cwd: repo, input: original }).stdout).toContain("| 🔻 ratified |");
  });

  it("reports an invalid draft with its located errors and says it cannot compare", () => {
    writeFileSync(join(repo, "broken.yaml"), "title: Broken\nbeneficiary: Ukraine\nguarantors:\n  - name: UK\n    stance: ally\n");
    const r = run(["diff", "nato.yaml", "broken.yaml"], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("broken.yaml:5:13  guarantors[0].stance");
    expect(r.stderr).toContain("cannot compare");
    expect(r.stdout).toBe("");
  });

  it("exits 2 for a bad revision, a missing file or a wrong option, without a stack trace", () => {
    for (const args of [["nosuchrev:draft.yaml", "draft.yaml"], ["missing.yaml", "draft.yaml"], ["draft.yaml"], ["draft.yaml", "nato.yaml", "-f", "sarif"]]) {
      const r = run(["diff", ...args], { cwd: repo });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
  });
});
