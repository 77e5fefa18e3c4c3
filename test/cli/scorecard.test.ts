// End to end through the built binary: the scorecard (default command and `score`),
// `explain`, `list`, and configuration, as a reader meets them.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, run, STACK_TRACE } from "../helpers/run.js";
import { weightOf } from "../helpers/weights.js";
import { rules } from "../../src/model/rules/index.js";

const ref = (name: string) => join(ROOT, "proposals", `${name}.yaml`);
let outside: string;

beforeAll(() => {
  // A folder outside the repository, with a user's own draft.
  outside = mkdtempSync(join(tmpdir(), "gs-score-"));
  const draft = readFileSync(ref("coalition-backstop-2025"), "utf8")
    .replace(/^id: .*$/m, "id: my-draft")
    .replace(/^title: .*$/m, "title: My draft");
  writeFileSync(join(outside, "draft.yaml"), draft);
  writeFileSync(join(outside, "broken.yaml"), "title: Broken\nbeneficiary: Ukraine\nguarantor: []\n");
});

describe("the scorecard", () => {
  it("prints one row per criterion with status, points, reason and sources, then the total and tier", () => {
    const r = run([ref("bilateral-agreements-2024")]);
    expect(r.code).toBe(0);
    for (const id of ["enforceable", "public", "tied-to-aid", "ratified", "boots-on-the-ground", "no-adversary-veto"])
      expect(r.stdout).toContain(id);
    expect(r.stdout).toMatch(new RegExp(`│ ratified\\s+│ partial\\s+│ [\\d.]+/${weightOf("ratified")}\\s+│`));
    expect(r.stdout).toMatch(/troops not stated/);
    expect(r.stdout).toContain("Dec 2025 analysis");
    expect(r.stdout).toMatch(/Total \d+\/100: (paper assurance|weak terms|partial terms|strong terms|strongest terms)/);
    expect(run(["score", ref("bilateral-agreements-2024")]).stdout).toBe(r.stdout);
  });

  it("says why first when a knock-out caps the total", () => {
    const r = run([ref("consensus-guarantors-2022")]);
    const ko = r.stdout.indexOf("Knock-out (no-adversary-veto)");
    expect(ko).toBeGreaterThan(-1);
    expect(ko).toBeLessThan(r.stdout.indexOf("┌"));
    expect(r.stdout).toMatch(/capped at 25 \(it would be \d+\)/);
    expect(r.stdout).toContain("Total 25/100");
  });

  it("places a file outside the repository, scored from another directory, among the references", () => {
    const r = run(["draft.yaml"], { cwd: outside });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Among the references: scores \d+: between [a-z0-9-]+ \(\d+\) and [a-z0-9-]+ \(\d+\)/);
    const j = JSON.parse(run(["draft.yaml", "-f", "json"], { cwd: outside }).stdout);
    const res = j.results[0];
    expect(res.nearest.below.score).toBeLessThanOrEqual(res.score);
    expect(res.nearest.above.score).toBeGreaterThan(res.score);
  });

  it("colours only when asked or on a terminal; NO_COLOR and --no-color turn it off", () => {
    expect(run([ref("nato-article5")]).stdout).not.toContain("\x1b[");
    expect(run([ref("nato-article5"), "--color"]).stdout).toContain("\x1b[");
    expect(run([ref("nato-article5")], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stdout).toContain("\x1b[");
    expect(
      run([ref("nato-article5"), "--no-color"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stdout,
    ).not.toContain("\x1b[");
  });

  it("--format json has the documented shape; invalid files appear with valid: false and the others are scored", () => {
    const r = run(["draft.yaml", "broken.yaml", "-f", "json"], { cwd: outside });
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.tool).toEqual({ name: "guarantee-score", version: expect.any(String) });
    expect(j.config).toEqual({ file: null, changes: [] });
    const [broken, draft] = j.results;
    expect(broken).toMatchObject({ file: "broken.yaml", valid: false, score: null, tier: null, criteria: [] });
    expect(broken.errors).toContainEqual(
      expect.objectContaining({ path: "guarantor", line: 3, column: 1, hint: 'did you mean "guarantors"?' }),
    );
    expect(broken.errors).toContainEqual(expect.objectContaining({ code: "missing-field", path: "guarantors" }));
    expect(draft).toMatchObject({ file: "draft.yaml", id: "my-draft", title: "My draft", valid: true, errors: [] });
    expect(draft.score).toBeGreaterThanOrEqual(0);
    expect(draft.score).toBeLessThanOrEqual(100);
    expect(draft.criteria).toHaveLength(rules.length);
    for (const c of draft.criteria)
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(["id", "status", "points", "max", "message", "path", "line", "column"]),
      );
    const sum = draft.criteria.reduce((n: number, c: { points: number }) => n + c.points, 0);
    expect(Math.abs(sum - draft.score)).toBeLessThan(1);
  });

  it("exits 2 for a missing file, no files, an unknown option or format; never a stack trace", () => {
    for (const args of [["nope.yaml"], [], ["x.yaml", "--bogus"], [ref("nato-article5"), "-f", "xml"]]) {
      const r = run(args, { cwd: outside });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
  });
});

describe("explain and list", () => {
  it("lists the criteria with their weights", () => {
    const r = run(["explain"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(`boots-on-the-ground\\s+${weightOf("boots-on-the-ground")}\\s+Guarantor forces`),
    );
    expect(r.stdout).toContain("knock-out caps the total at 25");
  });

  it("explains one criterion: rationale, scoring and sources; suggests a near id for a typo", () => {
    const r = run(["explain", "ratified"]);
    expect(r.stdout).toContain("Why it matters:");
    expect(r.stdout).toContain("How it scores:");
    expect(r.stdout).toContain("American Security Guarantees for Ukraine");
    const bad = run(["explain", "ratifed"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean "ratified"');
  });

  it("ranks the reference library, from any directory", () => {
    const r = run(["list"], { cwd: outside });
    expect(r.code).toBe(0);
    const order = [...r.stdout.matchAll(/│ (\d+)\s+│ (\d+)\*?\s+│[^│]+│ ([a-z0-9-]+)/g)].map((m) => m[3]);
    expect(order[0]).toBe("west-germany-cold-war");
    expect(order.slice(-2).sort()).toEqual(["budapest-memorandum-1994", "consensus-guarantors-2022"]);
    const scores = JSON.parse(run(["list", "-f", "json"]).stdout).references.map((x: { score: number }) => x.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
  });
});

describe("configuration", () => {
  it("finds .guarantee-score.yaml above the current directory; weights, disabled criteria, tiers; and says so", () => {
    const root = mkdtempSync(join(tmpdir(), "gs-config-"));
    mkdirSync(join(root, "a", "b"), { recursive: true });
    writeFileSync(
      join(root, ".guarantee-score.yaml"),
      "weights:\n  ratified: 40\ndisable: [nato-path, public]\ntiers:\n  - { min: 50, name: credible }\n  - { min: 0, name: not credible }\n",
    );
    copyFileSync(ref("nato-article5"), join(root, "a", "b", "nato.yaml"));
    const j = JSON.parse(run(["nato.yaml", "-f", "json"], { cwd: join(root, "a", "b") }).stdout);
    // Named relative to the working folder, as the proposal files are.
    expect(j.config.file).toBe(join("..", "..", ".guarantee-score.yaml"));
    expect(j.config.changes).toEqual(
      [`weight of ratified ${weightOf("ratified")} → 40`, "disabled: nato-path, public"].concat([
        "tiers: credible ≥ 50, not credible ≥ 0",
      ]),
    );
    const res = j.results[0];
    expect(res.criteria.map((c: { id: string }) => c.id)).not.toContain("nato-path");
    expect(res.criteria.reduce((n: number, c: { max: number }) => n + c.max, 0)).toBeCloseTo(100, 0);
    expect(res.criteria.find((c: { id: string }) => c.id === "ratified").max).toBeCloseTo(
      (100 * 40) / (100 - weightOf("nato-path") - weightOf("public") - weightOf("ratified") + 40),
      1,
    );
    expect(["credible", "not credible"]).toContain(res.tier);
    const table = run(["nato.yaml"], { cwd: join(root, "a", "b") });
    expect(table.stdout).toContain(`Configuration: ${join("..", "..", ".guarantee-score.yaml")}`);
  });

  it("rejects an invalid configuration with located errors and a suggestion, exit 2", () => {
    const root = mkdtempSync(join(tmpdir(), "gs-config-bad-"));
    writeFileSync(join(root, "cfg.yaml"), "weights:\n  ratifed: 20\ntiers:\n  - { min: 50, name: high }\n");
    const r = run([ref("nato-article5"), "--config", join(root, "cfg.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cfg\.yaml:2:3 {2}weights\.ratifed: unknown key "ratifed" \(did you mean "ratified"\?\)/);
    expect(r.stderr).toMatch(
      /cfg\.yaml:4:3 {2}tiers: expected one tier with min 0, so every total has a tier; found a list of 1 item/,
    );
  });
});
