// Standard input for validate and report as for score and check; validate -f json and --config
// (issue 17, item 7).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run, STACK_TRACE } from "../helpers/run.js";

const GOOD = readFileSync(join(ROOT, "proposals/nato-article5.yaml"), "utf8");
const BAD = "title: t\nbeneficiary: Ukraine\nguarantors:\n  - name: A\n    stance: ally\n";

describe("validate -", () => {
  it("reads standard input and names it <stdin>", () => {
    expect(run(["validate", "-"], { input: GOOD })).toMatchObject({ code: 0, stdout: "<stdin>: ok\n" });
    const bad = run(["validate", "-"], { input: BAD });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^<stdin>: 1 problem\n {2}<stdin>:5:13 {2}guarantors\[0\]\.stance: expected one of/);
  });
});

describe("validate -f json", () => {
  it("gives each file's validity and located problems, and a summary", () => {
    const r = run(["validate", "-f", "json", "proposals/nato-article5.yaml", "-"], { input: BAD });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ files: 2, valid: 1, invalid: 1 });
    expect(out.results[0]).toEqual({ file: "proposals/nato-article5.yaml", valid: true, errors: [] });
    expect(out.results[1].errors[0]).toMatchObject({
      line: 5,
      column: 13,
      path: "guarantors[0].stance",
      code: "invalid-value",
      found: '"ally"',
    });
  });
});

describe("validate --config", () => {
  it("checks the configuration named, a bad one being a usage error with its location", () => {
    const dir = mkdtempSync(join(tmpdir(), "gs-vcfg-"));
    writeFileSync(join(dir, "bad.yaml"), "weights: 3\n");
    writeFileSync(join(dir, "good.yaml"), "disable: [nato-path]\n");
    writeFileSync(join(dir, "p.yaml"), GOOD);
    const bad = run(["validate", "--config", "bad.yaml", "p.yaml"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/invalid configuration bad\.yaml:\n {2}bad\.yaml:1:10 {2}weights: expected a mapping/);
    expect(bad.stderr).not.toMatch(STACK_TRACE);
    expect(run(["validate", "--config", "good.yaml", "p.yaml"], { cwd: dir }).code).toBe(0);
    expect(run(["validate", "--no-config", "p.yaml"], { cwd: dir }).code).toBe(0);
  });
});

describe("report -", () => {
  it("charts standard input like a file", () => {
    const r = run(["report", "-"], { input: GOOD });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain("&lt;stdin&gt;");
  });
});
