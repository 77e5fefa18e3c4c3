// End to end through the built binary: `guarantee-score FILE...` and `score FILE...`,
// the table and JSON formats, colour, the knock-out, exit codes and configuration.
// Every run happens in a fresh temporary folder holding copies of ./fixtures, so no
// configuration in the repository or above it can leak in.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TIERS, tierFor } from "../../src/engine/config.js";
import { rules } from "../../src/model/rules/index.js";
import type { ReportOut } from "../../src/present/json-schema.js";
import { assertBuilt, run, STACK_TRACE, type RunOptions } from "../helpers/run.js";
import { weightOf } from "../helpers/weights.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const ESC = "\x1b[";
const CONFIG = ".guarantee-score.yaml";

// The published contract of --format json (src/present/json-schema.ts).
type Report = ReportOut;
type Result = ReportOut["results"][number];
type Criterion = Result["criteria"][number];

/** A fresh folder with a copy of every fixture. */
function workspace(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "gs-score-cli-")));
  for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(dir, f));
  return dir;
}

let ws: string;
const gs = (args: string[], opts: RunOptions = {}) => run(args, { cwd: ws, ...opts });
function jsonOf(args: string[], opts: RunOptions = {}): Report {
  const r = gs([...args, "--format", "json"], opts);
  expect(r.stderr, r.stderr).toBe("");
  return JSON.parse(r.stdout) as Report;
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const rowOf = (c: Pick<Criterion, "id" | "status" | "points" | "max">) =>
  new RegExp(`│ ${escapeRe(c.id)}\\s+│ ${c.status}\\s+│ ${c.points}/${c.max}\\s+│`);

beforeAll(() => {
  assertBuilt();
  ws = workspace();
});

describe("the scorecard", () => {
  it("is the default command, and the same as `score`", () => {
    const a = gs(["strong.yaml"]);
    const b = gs(["score", "strong.yaml"]);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe("");
    expect(a.stdout).toBe(b.stdout);
    expect(b.code).toBe(0);
  });

  it("has one row per criterion with status, points out of max, a reason naming fields and sources, then the total and tier", () => {
    const out = gs(["strong.yaml"]).stdout;
    const j = jsonOf(["strong.yaml"]).results[0]!;
    expect(out.startsWith("strong.yaml\nTitle: Strong test draft\n")).toBe(true);
    expect(out).toMatch(/│ Criterion\s+│ Status\s+│ Points\s+│ Reason\s+│ Sources\s+│/);
    expect(j.criteria.map((c) => c.id).sort()).toEqual(rules.map((r) => r.meta.id).sort());
    for (const c of j.criteria) expect(out, c.id).toMatch(rowOf(c));
    // `publicity: public` scores 1 (explain public), worth 4 of 100 by default
    expect(out).toMatch(
      new RegExp(
        `│ public\\s+│ pass\\s+│ ${weightOf("public")}/${weightOf("public")}\\s+│ publicity: public, its terms published\\s+│ Langer 2025\\s+│`,
      ),
    );
    // all three guarantors ratified
    expect(out).toMatch(
      new RegExp(
        `│ ratified\\s+│ pass\\s+│ ${weightOf("ratified")}/${weightOf("ratified")}\\s+│ 3 of 3 guarantors ratified`,
      ),
    );
    expect(out).toMatch(
      new RegExp(
        `│ monitoring\\s+│ pass\\s+│ ${weightOf("monitoring")}/${weightOf("monitoring")}\\s+│ body Permanent observer mission;`,
      ),
    );
    expect(j.score).toBe(Math.round(j.criteria.reduce((n, c) => n + c.points, 0)));
    expect(j.tier).toBe(tierFor(j.score!, DEFAULT_TIERS));
    expect(out).toContain(`\nTotal ${j.score}/100: ${j.tier}\n`);
    expect(out.indexOf(`Total ${j.score}/100`)).toBeGreaterThan(out.lastIndexOf("┘"));
  });

  it("says what a proposal leaves out, naming the field", () => {
    const out = gs(["minimal.yaml"]).stdout;
    expect(out).toMatch(
      new RegExp(`│ backstop\\s+│ fail\\s+│ 0/${weightOf("backstop")}\\s+│ backstop not stated\\s+│ Pifer 2025,`),
    );
    expect(out).toMatch(new RegExp(`│ public\\s+│ fail\\s+│ 0/${weightOf("public")}\\s+│ publicity not stated\\s+│`));
    expect(out).toContain("Total 0/100: paper assurance");
  });

  it("prints a scorecard per file, in path order, and a summary", () => {
    const r = gs(["strong.yaml", "minimal.yaml"]);
    expect(r.code).toBe(0);
    const minimal = r.stdout.indexOf("minimal.yaml\nTitle: Minimal draft\n┌");
    // strong.yaml has a summary and sources: they come between the title and the table.
    const strong = r.stdout.indexOf("strong.yaml\nTitle: Strong test draft\nSummary (from the file): ");
    expect(minimal).toBeGreaterThanOrEqual(0);
    expect(strong).toBeGreaterThan(minimal);
    expect(r.stdout.match(/^Total \d+\/100: /gm)).toHaveLength(2);
    expect(r.stdout).toContain("2 files: 2 scored, 0 invalid"); // pass and fail are check's
  });

  it("never lets escape sequences in a proposal's text reach the terminal", () => {
    for (const env of [{}, { NO_COLOR: undefined, FORCE_COLOR: "1" }]) {
      const r = gs(["escape.yaml"], { env });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain("\x1b]");
      expect(r.stdout).not.toContain("\x07");
      expect(r.stdout).not.toContain("\x1b[2J");
      expect(r.stdout).not.toContain("\x1b[31mred");
      expect(r.stdout).toContain("Evil red  title");
    }
    expect(gs(["escape.yaml"]).stdout).not.toContain("\x1b");
  });
});

describe("colour", () => {
  it("is off with NO_COLOR, and off when standard output is not a terminal", () => {
    expect(gs(["strong.yaml"], { env: { NO_COLOR: "1" } }).stdout).not.toContain(ESC);
    expect(gs(["strong.yaml"], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined } }).stdout).not.toContain(ESC);
  });

  it("is on with FORCE_COLOR=1 or --color", () => {
    const forced = gs(["strong.yaml"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stdout;
    expect(forced).toContain(`${ESC}32mpass${ESC}39m`);
    expect(gs(["strong.yaml", "--color"], { env: { NO_COLOR: undefined } }).stdout).toContain(`${ESC}32mpass`);
    // an explicit flag beats NO_COLOR
    expect(gs(["strong.yaml", "--color"], { env: { NO_COLOR: "1" } }).stdout).toContain(ESC);
  });

  it("--no-color wins over FORCE_COLOR, and FORCE_COLOR=0 forces nothing", () => {
    expect(gs(["strong.yaml", "--no-color"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stdout).not.toContain(
      ESC,
    );
    expect(
      gs(["score", "strong.yaml", "--no-color"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stdout,
    ).not.toContain(ESC);
    expect(gs(["strong.yaml"], { env: { NO_COLOR: undefined, FORCE_COLOR: "0" } }).stdout).not.toContain(ESC);
  });

  it("never touches JSON, even when forced", () => {
    for (const args of [["--color"], []]) {
      const r = gs(["strong.yaml", "veto.yaml", "escape.yaml", "invalid.yaml", "-f", "json", ...args], {
        env: { NO_COLOR: undefined, FORCE_COLOR: "1" },
      });
      expect(r.stdout).not.toContain("\x1b");
      expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
  });

  it("leaves the text the same apart from the codes", () => {
    const plain = gs(["strong.yaml"]).stdout;
    const coloured = gs(["strong.yaml", "--color"]).stdout;
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\x1b\[\d+m/g, "")).toBe(plain);
  });
});

describe("the knock-out", () => {
  it("caps the total at 25 and says why first, before the table", () => {
    const r = gs(["veto.yaml"]);
    expect(r.code).toBe(0);
    const j = jsonOf(["veto.yaml"]).results[0]!;
    expect(j.knockout).toMatchObject({ rule: "no-adversary-veto", cap: 25 });
    expect(j.knockout!.uncapped).toBeGreaterThan(25);
    expect(j.score).toBe(25);
    const ko = r.stdout.indexOf(
      "Knock-out (no-adversary-veto): Russia is both a guarantor and the state to be deterred",
    );
    expect(ko).toBeGreaterThan(0);
    expect(ko).toBeLessThan(r.stdout.indexOf("┌"));
    expect(ko).toBeLessThan(r.stdout.indexOf("Criterion"));
    expect(r.stdout).toContain(`The total is capped at 25 (it would be ${j.knockout!.uncapped}).`);
    expect(r.stdout).toContain("\nTotal 25/100: weak terms\n");
    expect(r.stdout).toMatch(new RegExp(`│ no-adversary-veto\\s+│ fail\\s+│ 0/${weightOf("no-adversary-veto")}\\s+│`));
  });

  it("records the uncapped total: the sum of the points", () => {
    const j = jsonOf(["veto.yaml"]).results[0]!;
    const sum = j.criteria.reduce((n, c) => n + c.points, 0);
    expect(Math.abs(sum - j.knockout!.uncapped)).toBeLessThanOrEqual(0.5 + 0.05 * j.criteria.length);
  });

  it("does not fire without a knock-out", () => {
    expect(gs(["strong.yaml"]).stdout).not.toContain("Knock-out");
    expect(jsonOf(["strong.yaml"]).results[0]!.knockout).toBeNull();
  });
});

describe("--format json", () => {
  it("has the documented shape; invalid files appear with valid: false and the others are still scored", () => {
    const r = gs(["strong.yaml", "invalid.yaml", "minimal.yaml", "--format", "json"]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as Report;
    expect(j.tool).toEqual({ name: "guarantee-score", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(j.config).toEqual({ file: null, changes: [] });
    expect(j.results.map((x) => [x.file, x.valid])).toEqual([
      ["invalid.yaml", false],
      ["minimal.yaml", true],
      ["strong.yaml", true],
    ]);
    const [invalid, minimal, strong] = j.results as [Result, Result, Result];
    expect(invalid).toMatchObject({ valid: false, score: null, tier: null, criteria: [] });
    expect(invalid.errors).toEqual([
      expect.objectContaining({
        path: "guarantors[0].stance",
        line: 5,
        column: 13,
        message: expect.stringContaining('found "ally"'),
      }),
      expect.objectContaining({ path: "publicty", line: 6, column: 1, message: 'unknown key "publicty"' }),
    ]);
    expect(minimal).toMatchObject({ id: "minimal", title: "Minimal draft", valid: true, errors: [] });
    expect(strong).toMatchObject({ id: "strong-draft", title: "Strong test draft", valid: true, errors: [] });
    for (const res of [minimal, strong]) {
      expect(res.score).toBeGreaterThanOrEqual(0);
      expect(res.score).toBeLessThanOrEqual(100);
      expect(res.tier).toBe(tierFor(res.score!, DEFAULT_TIERS));
      expect(res.criteria).toHaveLength(rules.length);
      for (const c of res.criteria) {
        expect(Object.keys(c)).toEqual(
          expect.arrayContaining(["id", "status", "points", "max", "message", "path", "line", "column"]),
        );
        expect(["pass", "partial", "fail"]).toContain(c.status);
        expect(c.line).toBeGreaterThanOrEqual(1);
        expect(c.column).toBeGreaterThanOrEqual(1);
      }
      const sum = res.criteria.reduce((n, c) => n + c.points, 0);
      expect(Math.abs(sum - res.score!)).toBeLessThanOrEqual(0.5 + 0.05 * res.criteria.length);
    }
  });

  it("locates criteria at 1-based lines and columns of the file", () => {
    const strong = jsonOf(["strong.yaml"]).results[0]!;
    // strong.yaml line 45 is `publicity: public`; line 28 `  obligation: defend`
    expect(strong.criteria.find((c) => c.id === "public")).toMatchObject({ path: "publicity", line: 45, column: 12 });
    expect(strong.criteria.find((c) => c.id === "enforceable")).toMatchObject({
      path: "commitment.obligation",
      line: 28,
      column: 15,
    });
    // a field left out points at the top of the file
    const minimal = jsonOf(["minimal.yaml"]).results[0]!;
    expect(minimal.criteria.find((c) => c.id === "public")).toMatchObject({ path: "publicity", line: 1, column: 1 });
  });

  it("also works as `score -f json` and `--format=json`", () => {
    const a = gs(["score", "strong.yaml", "-f", "json"]).stdout;
    const b = gs(["strong.yaml", "--format=json"]).stdout;
    expect(JSON.parse(a)).toEqual(JSON.parse(b));
  });
});

describe("exit codes", () => {
  it("0 when every file is scored", () => {
    expect(gs(["strong.yaml", "veto.yaml", "minimal.yaml"]).code).toBe(0);
  });

  it("1 when any file is invalid, with its problems located", () => {
    const r = gs(["strong.yaml", "invalid.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("invalid.yaml: invalid, 2 problems; not scored");
    expect(r.stdout).toContain("invalid.yaml:5:13  guarantors[0].stance:");
    expect(r.stdout).toContain('invalid.yaml:6:1  publicty: unknown key "publicty" (did you mean "publicity"?)');
    expect(r.stdout).toMatch(/strong\.yaml\nTitle: Strong test draft\n/);
  });

  const usage: [string, string[], RegExp][] = [
    ["an unknown option", ["strong.yaml", "--bogus"], /unknown option '--bogus'/],
    ["a missing file", ["nope.yaml"], /no such file or directory: nope\.yaml/],
    ["a missing file beside a good one", ["strong.yaml", "nope.yaml"], /no such file or directory: nope\.yaml/],
    ["no files", [], /missing required argument 'files'/],
    ["no files to score", ["score"], /missing required argument 'files'/],
    [
      "a bad --format value",
      ["strong.yaml", "--format", "xml"],
      /argument 'xml' is invalid\. Allowed choices are table, json/,
    ],
    ["--format without a value", ["strong.yaml", "--format"], /argument missing/],
    [
      "a missing --config file",
      ["strong.yaml", "--config", "absent.yaml"],
      /invalid configuration absent\.yaml:\n {2}absent\.yaml:1:1 {2}cannot read the configuration/,
    ],
  ];
  it.each(usage)("2 for %s", (_, args, message) => {
    const r = gs(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("2 for an invalid file and a missing one together: the command is wrong", () => {
    expect(gs(["invalid.yaml", "nope.yaml"]).code).toBe(2);
  });
});

describe("configuration", () => {
  /** A folder `root` with a config, and `root/a/b` holding the fixtures. */
  function tree(config: string | null): { root: string; deep: string } {
    const root = realpathSync(mkdtempSync(join(tmpdir(), "gs-score-cfg-")));
    const deep = join(root, "a", "b");
    mkdirSync(deep, { recursive: true });
    for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(deep, f));
    if (config !== null) writeFileSync(join(root, CONFIG), config);
    return { root, deep };
  }
  const WEIGHTS = "weights:\n  ratified: 40\ndisable: [public]\n";

  it("uses the defaults and says nothing when there is none", () => {
    const { deep } = tree(null);
    expect(run(["strong.yaml"], { cwd: deep }).stdout).not.toContain("Configuration:");
    expect(jsonOf(["strong.yaml"], { cwd: deep }).config).toEqual({ file: null, changes: [] });
  });

  it("finds .guarantee-score.yaml in the current folder", () => {
    const { root } = tree(WEIGHTS);
    copyFileSync(join(FIXTURES, "strong.yaml"), join(root, "strong.yaml"));
    const j = jsonOf(["strong.yaml"], { cwd: root });
    // Named relative to the working folder, as the proposal files are.
    expect(j.config).toEqual({
      file: CONFIG,
      changes: [`weight of ratified ${weightOf("ratified")} → 40`, "disabled: public"],
    });
  });

  it("finds it in a parent folder; disabled criteria disappear and the weights renormalise to 100", () => {
    const { deep } = tree(WEIGHTS);
    const j = jsonOf(["strong.yaml"], { cwd: deep });
    expect(j.config.file).toBe(join("..", "..", CONFIG));
    const res = j.results[0]!;
    const ids = res.criteria.map((c) => c.id);
    expect(ids).not.toContain("public");
    expect(ids).toHaveLength(rules.length - 1);
    const total = rules.reduce(
      (n, r) => n + (r.meta.id === "public" ? 0 : r.meta.id === "ratified" ? 40 : r.meta.weight),
      0,
    );
    expect(res.criteria.find((c) => c.id === "ratified")!.max).toBeCloseTo((100 * 40) / total, 1);
    expect(res.criteria.find((c) => c.id === "enforceable")!.max).toBeCloseTo(
      (100 * weightOf("enforceable")) / total,
      1,
    );
    expect(Math.abs(res.criteria.reduce((n, c) => n + c.max, 0) - 100)).toBeLessThanOrEqual(0.05 * ids.length);
    const sum = res.criteria.reduce((n, c) => n + c.points, 0);
    expect(Math.abs(sum - res.score!)).toBeLessThanOrEqual(0.5 + 0.05 * ids.length);

    const table = run(["strong.yaml"], { cwd: deep });
    expect(table.code).toBe(0);
    expect(table.stdout).not.toMatch(/│ public\s/);
    const most = (Math.round((1000 * 40) / total) / 10).toString().replace(".", "\\.");
    expect(table.stdout).toMatch(new RegExp(`│ ratified\\s+│ pass\\s+│ ${most}/${most}\\s+│`));
    expect(table.stdout).toContain(
      `Configuration: ${join("..", "..", CONFIG)} (weight of ratified ${weightOf("ratified")} → 40; disabled: public)\n`,
    );
    expect(table.stdout).toContain(`Total ${res.score}/100: ${res.tier}`);
  });

  it("--config names a file that wins over the one found", () => {
    const { root, deep } = tree("knockout_cap: 5\n");
    writeFileSync(join(root, "other.yaml"), "knockout_cap: 10\n");
    const j = jsonOf(["veto.yaml", "--config", "../../other.yaml"], { cwd: deep });
    // As given to --config.
    expect(j.config).toEqual({ file: "../../other.yaml", changes: ["knock-out cap 25 → 10"] });
    expect(j.results[0]).toMatchObject({ score: 10, knockout: { cap: 10 } });
    const out = run(["veto.yaml", "-c", join(root, "other.yaml")], { cwd: deep }).stdout;
    expect(out).toContain(`The total is capped at 10 (it would be ${j.results[0]!.knockout!.uncapped}).`);
    expect(out).toContain("Total 10/100: paper assurance");
  });

  it("a cap above the total leaves the total alone, and says so", () => {
    const { deep } = tree("knockout_cap: 100\n");
    const j = jsonOf(["veto.yaml"], { cwd: deep }).results[0]!;
    expect(j.knockout).toMatchObject({ cap: 100 });
    expect(j.score).toBe(j.knockout!.uncapped);
    // Wide enough for the knock-out line not to wrap.
    expect(run(["veto.yaml"], { cwd: deep, env: { COLUMNS: "400" } }).stdout).toContain(
      `The total is capped at 100; at ${j.score} it is below the cap already.`,
    );
  });

  it("changes the tiers", () => {
    const { deep } = tree("tiers:\n  - { min: 0, name: not credible }\n  - { min: 50, name: credible }\n");
    const j = jsonOf(["strong.yaml", "minimal.yaml"], { cwd: deep });
    expect(j.config.changes).toEqual(["tiers: credible ≥ 50, not credible ≥ 0"]);
    const [minimal, strong] = j.results as [Result, Result];
    expect(strong.score).toBeGreaterThanOrEqual(50);
    expect(strong.tier).toBe("credible");
    expect(minimal.tier).toBe("not credible");
    expect(run(["strong.yaml"], { cwd: deep }).stdout).toContain(`Total ${strong.score}/100: credible\n`);
  });

  it("is validated: a misspelt criterion under weights is located, with a suggestion, exit 2", () => {
    const { root, deep } = tree("# settings\nweights:\n  ratifed: 20\n");
    for (const format of ["table", "json"]) {
      const r = run(["strong.yaml", "-f", format], { cwd: deep });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(
        `${join(root, CONFIG)}:3:3  weights.ratifed: unknown key "ratifed" (did you mean "ratified"?)`,
      );
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it("is validated: every problem is reported with file:line:col and path", () => {
    const { root, deep } = tree(null);
    writeFileSync(join(root, "bad.yaml"), "knockout_cap: 150\ntiers:\n  - { min: 50, name: high }\n");
    const r = run(["strong.yaml", "--config", "../../bad.yaml"], { cwd: deep });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("invalid configuration ../../bad.yaml:");
    expect(r.stderr).toMatch(/\.\.\/\.\.\/bad\.yaml:1:15 {2}knockout_cap: expected a value ≤ 100; found 150/);
    expect(r.stderr).toMatch(/\.\.\/\.\.\/bad\.yaml:3:3 {2}tiers: expected one tier with min 0/);
  });

  it("from the configuration never reaches the terminal raw (tier names)", () => {
    const { deep } = tree('tiers:\n  - { min: 0, name: "any \\e]0;pwned\\a\\e[2J" }\n');
    const r = run(["strong.yaml"], { cwd: deep });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("\x1b");
    expect(r.stdout).not.toContain("\x07");
  });
});
