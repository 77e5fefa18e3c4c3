// The trust model for CI on pull requests: a .guarantee-score.yaml the pull request adds can
// change weights and waive its own gates, but cannot waive or disable a gate named on the
// command line; --no-config ignores every configuration file; every format says which
// configuration was used and what it changed.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, run } from "../helpers/run.js";
import { weightOf } from "../helpers/weights.js";

let dir: string;
const FOREVER = "2099-01-01";
// Waives every gate budapest fails, and reweights and disables criteria.
const CONFIG = [
  "weights: { ratified: 30 }",
  "disable: [nato-path]",
  "gates: { min_score: 90 }",
  "waivers:",
  `  - { rule: min-score, file: "*.yaml", reason: pull request says so, owner: someone, expires: ${FOREVER} }`,
  `  - { rule: ratified, file: "*.yaml", reason: pull request says so, owner: someone, expires: ${FOREVER} }`,
  `  - { rule: knockout, file: "*.yaml", reason: pull request says so, owner: someone, expires: ${FOREVER} }`,
].join("\n");

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gs-trust-"));
  copyFileSync(join(ROOT, "proposals", "budapest-memorandum-1994.yaml"), join(dir, "budapest.yaml")); // 18, knock-out, unratified
  writeFileSync(join(dir, ".guarantee-score.yaml"), CONFIG);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  config: { file: string | null; changes: string[] };
  gates: { minScore: number | null; failOn: string[]; commandLine: string[] };
  results: { passed: boolean; failures: { rule: string; message: string }[]; waived: { rule: string }[] }[];
  waivers: { rule: string; status: string }[];
}
const json = (args: string[]) => {
  const r = run(["check", "budapest.yaml", ...args, "-f", "json"], { cwd: dir });
  return { ...r, report: JSON.parse(r.stdout) as Report };
};

describe("gates named on the command line", () => {
  it("a configuration's waivers do not excuse --min-score or --fail-on", () => {
    const { code, report } = json(["--min-score", "40", "--fail-on", "ratified,knockout"]);
    expect(code).toBe(1);
    const r = report.results[0]!;
    expect(r.passed).toBe(false);
    expect(r.failures.map((f) => f.rule).sort()).toEqual(["knockout", "min-score", "ratified"]);
    expect(r.waived).toEqual([]);
    for (const f of r.failures)
      expect(f.message).toContain("named on the command line: a waiver in the configuration does not excuse it");
    expect(report.waivers.map((w) => w.status)).toEqual(["overridden", "overridden", "overridden"]);
    expect(report.gates).toEqual({
      minScore: 40,
      failOn: ["ratified", "knockout"],
      commandLine: ["min-score", "ratified", "knockout"],
    });
    const table = run(["check", "budapest.yaml", "--min-score", "40"], { cwd: dir });
    expect(table.code).toBe(1);
    expect(table.stdout).toContain("1 file: 0 passed, 1 failed, 0 invalid");
  });

  it("the configuration's own gates can still be waived by its waivers", () => {
    const { code, report } = json([]);
    expect(code).toBe(0);
    expect(report.results[0]!.waived.map((w) => w.rule)).toEqual(["min-score"]);
    expect(report.gates.commandLine).toEqual([]);
  });

  it("--fail-on naming a criterion the configuration disables is a usage error that names the configuration", () => {
    const r = run(["check", "budapest.yaml", "--fail-on", "nato-path"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^guarantee-score: --fail-on nato-path: the configuration .*\.guarantee-score\.yaml disables nato-path, so this gate could never fail; remove it from disable:, or run with --no-config\n$/,
    );
    const sub = join(dir, "veto");
    mkdirSync(sub);
    copyFileSync(join(dir, "budapest.yaml"), join(sub, "budapest.yaml"));
    writeFileSync(join(sub, ".guarantee-score.yaml"), "disable: [no-adversary-veto]\n");
    const ko = run(["check", "budapest.yaml", "--fail-on", "knockout"], { cwd: sub });
    expect(ko.code).toBe(2);
    expect(ko.stderr).toMatch(
      /--fail-on knockout: the configuration .* disables no-adversary-veto, which carries the knock-out/,
    );
  });
});

describe("--no-config", () => {
  it("ignores every configuration file: defaults and the command line only", () => {
    const { code, report } = json(["--no-config", "--min-score", "40"]);
    expect(code).toBe(1);
    expect(report.config).toEqual({ file: null, changes: [] });
    expect(report.waivers).toEqual([]);
    expect(run(["check", "budapest.yaml", "--no-config"], { cwd: dir }).code).toBe(0); // no gate at all
    // Even a broken one, and for every command that reads a configuration.
    const broken = join(dir, "broken");
    mkdirSync(broken);
    copyFileSync(join(dir, "budapest.yaml"), join(broken, "budapest.yaml"));
    writeFileSync(join(broken, ".guarantee-score.yaml"), "weights: nonsense\n");
    for (const args of [
      ["check", "budapest.yaml"],
      ["score", "budapest.yaml"],
      ["suggest", "budapest.yaml"],
      ["explain"],
      ["list"],
      ["report", "budapest.yaml"],
      ["diff", "budapest.yaml", "budapest.yaml"],
    ]) {
      expect(run(args, { cwd: broken }).code, args.join(" ")).toBe(2);
      expect(run([...args, "--no-config"], { cwd: broken }).code, `${args.join(" ")} --no-config`).toBe(0);
    }
  });

  it("contradicts --config: a usage error", () => {
    const r = run(["check", "budapest.yaml", "--config", ".guarantee-score.yaml", "--no-config"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--config and --no-config contradict each other");
  });
});

describe("every format states the configuration used and what it changed", () => {
  const CHANGES = [
    `weight of ratified ${weightOf("ratified")} → 30`,
    "disabled: nato-path",
    "gates: min_score 90",
    "waiver: min-score on *.yaml until 2099-01-01",
  ];

  it("json lists weights, disabled criteria, gates and waivers", () => {
    const { report } = json([]);
    expect(report.config.file).toBe(".guarantee-score.yaml");
    for (const c of CHANGES)
      expect(
        report.config.changes.some((x) => x.startsWith(c)),
        c,
      ).toBe(true);
  });

  it.each(["table", "markdown", "sarif", "junit", "github"])("%s", (format) => {
    // Wide enough for the table's configuration line not to wrap.
    const r = run(["check", "budapest.yaml", "-f", format], { cwd: dir, env: { COLUMNS: "2000" } });
    expect(r.code).toBe(0);
    // Markdown escapes `*` and `_`; SARIF and JUnit escape for their syntax: compare the words.
    const words = (s: string) => s.replace(/\\/g, "").replace(/&gt;/g, ">");
    expect(words(r.stdout)).toContain(".guarantee-score.yaml");
    for (const c of CHANGES) expect(words(r.stdout), c).toContain(c);
  });

  it("the HTML report", () => {
    const page = join(dir, "page.html");
    expect(run(["report", "budapest.yaml", "-o", page], { cwd: dir }).code).toBe(0);
    const html = readFileSync(page, "utf8");
    expect(html).toContain(".guarantee-score.yaml");
    for (const c of [`weight of ratified ${weightOf("ratified")} → 30`, "disabled: nato-path"])
      expect(html).toContain(c);
  });
});
