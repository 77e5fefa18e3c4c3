// End to end through the built binary: `check` over a folder with passing, failing,
// waived and invalid proposals; every gate, exit code and output path.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, run, STACK_TRACE } from "../helpers/run.js";
import { rules } from "../../src/model/rules/index.js";

const proposal = (name: string) => join(ROOT, "proposals", `${name}.yaml`);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gs-check-"));
  mkdirSync(join(dir, "drafts", "nested"), { recursive: true });
  // west-germany passes a 40 gate; bilateral (47) passes 40; budapest (18, knock-out) fails it.
  copyFileSync(proposal("west-germany-cold-war"), join(dir, "drafts", "germany.yaml"));
  copyFileSync(proposal("bilateral-agreements-2024"), join(dir, "drafts", "nested", "bilateral.yml"));
  copyFileSync(proposal("budapest-memorandum-1994"), join(dir, "drafts", "budapest.yaml"));
  writeFileSync(
    join(dir, "drafts", "broken.yaml"),
    "title: Broken\nbeneficiary: Ukraine\nguarantors:\n  - name: UK\n    stance: ally\n",
  );
  writeFileSync(join(dir, "drafts", "notes.txt"), "not a proposal\n");
  mkdirSync(join(dir, "empty"));
});

const json = (args: string[], opts = {}) => {
  const r = run(["check", ...args, "-f", "json"], { cwd: dir, ...opts });
  return { ...r, report: JSON.parse(r.stdout) };
};

describe("check: paths", () => {
  it("scores every *.yaml and *.yml file under a folder, sorted by path, and an invalid file does not stop the others", () => {
    const { code, report, stderr } = json(["drafts"]);
    expect(code).toBe(1); // broken.yaml is invalid
    expect(report.results.map((r: { file: string }) => r.file)).toEqual([
      "drafts/broken.yaml",
      "drafts/budapest.yaml",
      "drafts/germany.yaml",
      "drafts/nested/bilateral.yml",
    ]);
    expect(report.summary).toEqual({ files: 4, passed: 3, failed: 0, invalid: 1, waived: 0 });
    const broken = report.results[0];
    expect(broken.valid).toBe(false);
    expect(broken.errors[0]).toMatchObject({ path: "guarantors[0].stance", line: 5, column: 13 });
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it("expands a quoted glob pattern itself", () => {
    const { report } = json(["drafts/**/*.yml"]);
    expect(report.results.map((r: { file: string }) => r.file)).toEqual(["drafts/nested/bilateral.yml"]);
  });

  it("exits 2 when a pattern, a folder or a file matches nothing, never a green run", () => {
    for (const path of ["nothing/**/*.yaml", "empty", "missing.yaml"]) {
      const r = run(["check", path], { cwd: dir });
      expect(r.code, path).toBe(2);
      expect(r.stderr).toContain(path);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it("reads standard input as -, named by --stdin-filename", () => {
    const text = readFileSync(proposal("nato-article5"), "utf8");
    const { code, report } = json(["-", "--stdin-filename", "from-stdin.yaml"], { input: text });
    expect(code).toBe(0);
    expect(report.results).toHaveLength(1);
    expect(report.results[0]).toMatchObject({ file: "from-stdin.yaml", id: "nato-article5", valid: true });
  });

  it("lists every file of a folder of a thousand generated proposals", () => {
    const many = join(dir, "many");
    mkdirSync(many);
    const base = readFileSync(proposal("coalition-backstop-2025"), "utf8");
    for (let i = 0; i < 1000; i++)
      writeFileSync(join(many, `p${String(i).padStart(4, "0")}.yaml`), base.replace(/^id: .*$/m, `id: p${i}`));
    const { code, report } = json(["many"], { timeout: 60_000 });
    expect(code).toBe(0);
    expect(report.summary.files).toBe(1000);
    const files = report.results.map((r: { file: string }) => r.file);
    expect(files).toEqual([...files].sort());
    expect(new Set(files).size).toBe(1000);
  });
});

describe("check: gates and exit codes", () => {
  it("--min-score fails a file below it, exit 1", () => {
    const { code, report } = json(["drafts/germany.yaml", "drafts/budapest.yaml", "--min-score", "40"]);
    expect(code).toBe(1);
    const budapest = report.results.find((r: { file: string }) => r.file.endsWith("budapest.yaml"));
    expect(budapest.passed).toBe(false);
    expect(budapest.failures.map((f: { rule: string }) => f.rule)).toEqual(["min-score"]);
    expect(report.gates.minScore).toBe(40);
  });

  it("--fail-on RULE fails a file that fails that criterion; --fail-on knockout fails a knock-out", () => {
    const rule = json(["drafts/budapest.yaml", "--fail-on", "ratified"]);
    expect(rule.code).toBe(1);
    expect(rule.report.results[0].failures[0]).toMatchObject({ rule: "ratified" });
    expect(rule.report.results[0].failures[0].line).toBeGreaterThan(1);
    const ko = json(["drafts/budapest.yaml", "--fail-on", "knockout"]);
    expect(ko.code).toBe(1);
    expect(ko.report.results[0].failures[0].rule).toBe("knockout");
    const pass = json(["drafts/germany.yaml", "--fail-on", "knockout,ratified"]);
    expect(pass.code).toBe(0);
  });

  it("exits 2 for an unknown criterion in --fail-on, with a suggestion", () => {
    const r = run(["check", "drafts", "--fail-on", "ratifed"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "ratified"');
  });

  it("exits 2 for an unknown option or format", () => {
    expect(run(["check", "drafts", "--bogus"], { cwd: dir }).code).toBe(2);
    expect(run(["check", "drafts", "-f", "yaml"], { cwd: dir }).code).toBe(2);
    expect(run(["check", "drafts", "--min-score", "120"], { cwd: dir }).code).toBe(2);
  });

  it("takes gates and waivers from the configuration; a waived failure passes but stays visible", () => {
    const cfg = join(dir, "waivers.yaml");
    writeFileSync(
      cfg,
      [
        "gates:",
        "  min_score: 40",
        "waivers:",
        "  - { rule: min-score, file: drafts/budapest.yaml, reason: historical reference, owner: alice, expires: 2099-01-01 }",
        "  - { rule: ratified, file: drafts/old-*.yaml, reason: stale, owner: bob, expires: 2099-01-01 }",
        "  - { rule: knockout, file: drafts/*.yaml, reason: lapsed, owner: carol, expires: 2000-01-01 }",
      ].join("\n"),
    );
    const { code, report } = json([
      "drafts/budapest.yaml",
      "drafts/germany.yaml",
      "--config",
      cfg,
      "--fail-on",
      "knockout",
    ]);
    const budapest = report.results.find((r: { file: string }) => r.file.endsWith("budapest.yaml"));
    // min-score is waived; the knock-out's waiver has expired, so it still fails.
    expect(budapest.waived.map((w: { rule: string }) => w.rule)).toEqual(["min-score"]);
    expect(budapest.waived[0].waiver).toMatchObject({ reason: "historical reference", owner: "alice" });
    expect(
      budapest.failures.map((f: { rule: string; message: string }) => [f.rule, f.message.includes("expired")]),
    ).toEqual([["knockout", true]]);
    expect(code).toBe(1);
    expect(report.summary.waived).toBe(1);
    expect(report.waivers.map((w: { status: string }) => w.status)).toEqual(["applied", "unused", "expired"]);
    expect(report.config.file).toBe(cfg);

    const table = run(["check", "drafts/budapest.yaml", "--config", cfg], { cwd: dir });
    expect(table.code).toBe(0); // the waived min-score failure alone does not fail
    expect(table.stdout).toMatch(/1 files?: 1 passed, 0 failed, 0 invalid, 1 waived/);
    expect(table.stdout).toContain("Unused waiver for ratified");
    expect(table.stdout).toContain("Expired waiver for knockout");
  });

  it("exits 2, with located errors, for an invalid configuration", () => {
    const cfg = join(dir, "bad-config.yaml");
    writeFileSync(cfg, "gates:\n  min_scor: 40\n");
    const r = run(["check", "drafts", "--config", cfg], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad-config\.yaml:2:3/);
    expect(r.stderr).toContain('did you mean "min_score"');
  });
});

describe("check: formats and outputs", () => {
  // A folder with passing, failing, waived and invalid proposals, through every format.
  const everyFormat = () => {
    const cfg = join(dir, "formats-config.yaml");
    writeFileSync(
      cfg,
      "gates:\n  fail_on: [knockout, monitoring]\nwaivers:\n  - { rule: monitoring, file: drafts/nested/*.yml, reason: observer mission under negotiation, owner: alice, expires: 2099-01-01 }\n",
    );
    return (format: string) => run(["check", "drafts", "--config", cfg, "-f", format], { cwd: dir });
  };
  const markers: Record<string, (out: string) => void> = {
    table: (o) => expect(o).toContain("4 files: 1 passed, 2 failed, 1 invalid, 1 waived"),
    json: (o) => expect(JSON.parse(o).summary).toEqual({ files: 4, passed: 1, failed: 2, invalid: 1, waived: 1 }),
    markdown: (o) => expect(o).toMatch(/\| drafts\/broken\.yaml \| – \| – \| – \| – \| ❌ invalid/),
    sarif: (o) => expect(JSON.parse(o).runs[0].invocations[0]).toEqual({ executionSuccessful: true, exitCode: 1 }),
    junit: (o) => expect(o).toMatch(/<skipped message="waived: observer mission under negotiation/),
    github: (o) => expect(o).toMatch(/^::error file=drafts\/broken\.yaml,line=5,col=13,title=invalid-proposal::/m),
  };
  for (const format of Object.keys(markers)) {
    it(`${format}: reports passing, failing, waived and invalid files, exit 1`, () => {
      const r = everyFormat()(format);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      markers[format]!(r.stdout);
      if (format !== "table") expect(r.stdout).not.toContain("\x1b[");
    });
  }

  it("github: appends the markdown report to GITHUB_STEP_SUMMARY", () => {
    const summary = join(dir, "step-summary.md");
    writeFileSync(summary, "previous step\n");
    const r = run(["check", "drafts/germany.yaml", "-f", "github"], {
      cwd: dir,
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(r.code).toBe(0);
    const text = readFileSync(summary, "utf8");
    expect(text.startsWith("previous step\n## guarantee-score")).toBe(true);
    expect(text).toContain("| drafts/germany.yaml |");
  });

  it("writes several formats in one run, each file complete and no temporary file left", () => {
    const out = join(dir, "out");
    mkdirSync(out);
    const r = run(
      [
        "check",
        "drafts/germany.yaml",
        "-f",
        "table",
        "-o",
        `json=${join(out, "r.json")}`,
        "-o",
        join(out, "table.txt"),
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(""); // the main format went to table.txt
    expect(readFileSync(join(out, "table.txt"), "utf8")).toContain("drafts/germany.yaml");
    expect(JSON.parse(readFileSync(join(out, "r.json"), "utf8")).schemaVersion).toBe(1);
    expect(readdirSync(out).sort()).toEqual(["r.json", "table.txt"]);
  });

  it("json: versioned, 1-based lines, a stable fingerprint per finding, placement among the references", () => {
    const a = json(["drafts/nested/bilateral.yml"]).report;
    const b = json(["drafts/nested/bilateral.yml"]).report;
    const r = a.results[0];
    expect(a.schemaVersion).toBe(1);
    expect(r.criteria).toHaveLength(rules.length);
    for (const c of r.criteria) {
      expect(c.line).toBeGreaterThanOrEqual(1);
      expect(c.column).toBeGreaterThanOrEqual(1);
      expect(c.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(b.results[0].criteria.map((c: { fingerprint: string }) => c.fingerprint)).toEqual(
      r.criteria.map((c: { fingerprint: string }) => c.fingerprint),
    );
    expect(new Set(r.criteria.map((c: { fingerprint: string }) => c.fingerprint)).size).toBe(rules.length);
    // The bilateral agreements are a reference themselves: they are placed among the others.
    expect(r.nearest.below.id).not.toBe("bilateral-agreements-2024");
    expect(r.nearest.below.score).toBeLessThanOrEqual(r.score);
    expect(r.nearest.above.score).toBeGreaterThan(r.score);
  });

  it("schema report prints the JSON Schema that a json report satisfies", () => {
    const r = run(["schema", "report"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.required).toEqual(expect.arrayContaining(["schemaVersion", "results", "summary"]));
    const report = json(["drafts"]).report;
    for (const key of schema.required) expect(report, key).toHaveProperty(key);
    expect(run(["schema", "nonsense"]).code).toBe(2);
  });

  it("never colours machine formats, even when colour is forced", () => {
    const r = run(["check", "drafts", "-f", "json"], { cwd: dir, env: { FORCE_COLOR: "1", NO_COLOR: undefined } });
    expect(r.stdout).not.toContain("\x1b[");
    const t = run(["check", "drafts", "--color"], { cwd: dir });
    expect(t.stdout).toContain("\x1b[");
    const plain = run(["check", "drafts", "--no-color"], { cwd: dir, env: { FORCE_COLOR: "1", NO_COLOR: undefined } });
    expect(plain.stdout).not.toContain("\x1b[");
  });

  it("states the exit codes in --help", () => {
    const r = run(["check", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/matches no file is an error \(exit 2\)/);
    expect(run(["--help"]).stdout).toMatch(/Exit codes:[\s\S]*0[\s\S]*1[\s\S]*2/);
  });

  it("exits 2 before scoring, saying why, when an -o file cannot be written", () => {
    const r = run(["check", "drafts", "-o", "json=missing/r.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^guarantee-score: cannot write missing\/r\.json: no such folder \S*missing\n$/);
    expect(run(["check", "drafts", "-o", "drafts"], { cwd: dir }).stderr).toBe(
      "guarantee-score: cannot write drafts: it is a folder\n",
    );
  });

  it("leaves no half-written output when the run fails before the end", () => {
    const out = join(dir, "out-fail");
    mkdirSync(out);
    const r = run(
      ["check", "drafts", "--config", join(dir, "no-such-config.yaml"), "-o", `json=${join(out, "r.json")}`],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(existsSync(join(out, "r.json"))).toBe(false);
    expect(readdirSync(out)).toEqual([]);
  });
});
