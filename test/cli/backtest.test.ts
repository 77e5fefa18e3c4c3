// End to end: `guarantee-score backtest` on a hand-made set whose figures are known, in the
// three formats; the exit codes; skipped and invalid files; hostile text; the configuration;
// and `--atop` on the real data when it is present.
import { mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import { computeFigures, type Figures } from "../../src/analysis/history.js";
import { rules } from "../../src/model/rules/index.js";
import { ATOP_DIR, ATOP_SKIPPED, HAVE_ATOP } from "../helpers/atop.js";
import { assertBuilt, ROOT, run, STACK_TRACE } from "../helpers/run.js";

if (!HAVE_ATOP) console.warn(`backtest.test.ts: the --atop tests are ${ATOP_SKIPPED}`);

type Out = {
  cases: number;
  held: number;
  failed: number;
  auc: number;
  ci: [number, number];
  resamples: number;
  seed: number;
  source: { kind: string; label: string; note: string | null };
  mean: { held: number; failed: number };
  criteria: { id: string; auc: number; meanHeld: number; meanFailed: number }[];
  items: { id: string; auc: number }[];
  tiers: { name: string; held: number; failed: number }[];
  misranked: { id: string; result: string; score: number; share: number; title: string }[];
  skipped: string[];
  invalid: { file: string; errors: { line: number; column: number; path: string }[] }[];
};

const ESC = "\x1b";
const scoreOf = (id: string) => json.misranked.find((m) => m.id === id)!.score;
/** The default weight of public, the one criterion on which the hand-made cases differ. */
const PUBLIC = rules.find((r) => r.meta.id === "public")!.meta.weight;
const tmp = () => realpathSync(mkdtempSync(join(tmpdir(), "gs-backtest-")));

/** A guarantee that differs from the others in its publicity alone: public 4 points, partly-secret 2, secret 0. */
const proposal = (title: string, publicity: string, result?: string) =>
  [
    `title: ${JSON.stringify(title)}`,
    "beneficiary: Ruritania",
    "guarantors:",
    "  - name: Freedonia",
    `publicity: ${publicity}`,
    ...(result ? ["outcome:", `  result: ${result}`, "  event: a crisis"] : []),
    "",
  ].join("\n");

let set: string;
let json: Out;

beforeAll(() => {
  assertBuilt();
  // Held: 4, 4, 2. Failed: 0, 2. Pairs in order: 4 beats 0 and 2 (twice over), 2 beats 0 and ties 2: 5.5 of 6.
  set = tmp();
  writeFileSync(join(set, "h1.yaml"), proposal("Held one", "public", "held"));
  writeFileSync(join(set, "h2.yaml"), proposal("Held two", "public", "held"));
  writeFileSync(join(set, "h3.yaml"), proposal("Held three", "partly-secret", "held"));
  writeFileSync(join(set, "f1.yaml"), proposal("Failed \x1b]0;pwned\x07one \x1b[31mred", "secret", "failed"));
  writeFileSync(join(set, "f2.yaml"), proposal("Failed two", "partly-secret", "failed"));
  writeFileSync(join(set, "draft.yaml"), proposal("A draft, no outcome", "public"));
  const r = run(["backtest", ".", "-f", "json"], { cwd: set });
  if (r.code !== 0) throw new Error(`backtest failed (${r.code}): ${r.stderr}`);
  json = JSON.parse(r.stdout) as Out;
});

describe("backtest on a hand-made set", () => {
  it("gives the AUC worked out by hand, with an interval around it", () => {
    expect(json).toMatchObject({
      cases: 5,
      held: 3,
      failed: 2,
      resamples: 2000,
      seed: 1,
      source: { kind: "files", label: "6 files", note: null },
    });
    expect(json.auc).toBeCloseTo(5.5 / 6, 3);
    expect(json.ci[0]).toBeLessThanOrEqual(json.auc);
    expect(json.ci[1]).toBe(1);
  });

  it("gives each criterion's AUC: publicity separates the cases, every other criterion is the same for all (0.5)", () => {
    expect(json.criteria.map((c) => c.id).sort()).toEqual(rules.map((r) => r.meta.id).sort());
    for (const c of json.criteria) expect(c.auc, c.id).toBeCloseTo(c.id === "public" ? 5.5 / 6 : 0.5, 3);
    // public earns its weight w, partly-secret w / 2, secret 0: held w, w, w / 2; failed 0, w / 2.
    const c = json.criteria.find((x) => x.id === "public")!;
    expect(c.meanHeld).toBeCloseTo((5 * PUBLIC) / 6, 2);
    expect(c.meanFailed).toBeCloseTo(PUBLIC / 4, 2);
    expect(json.items.every((i) => i.auc === 0.5)).toBe(true);
  });

  it("gives the means and the tiers: every case is a paper assurance", () => {
    expect(json.mean.held - json.mean.failed).toBeCloseTo((5 * PUBLIC) / 6 - PUBLIC / 4, 0);
    expect(json.tiers.find((t) => t.name === "paper assurance")).toMatchObject({ held: 3, failed: 2 });
    expect(json.tiers.filter((t) => t.name !== "paper assurance").every((t) => t.held === 0 && t.failed === 0)).toBe(
      true,
    );
  });

  it("names the misranked cases: the partly-secret failed case ties a held one, and the reverse", () => {
    expect(json.misranked.map((m) => [m.id, m.result, m.share])).toEqual([
      ["f2", "failed", 0.167],
      ["h3", "held", 0.25],
    ]);
  });

  it("counts and names the file without an outcome as skipped, not as an error", () => {
    expect(json.skipped).toEqual(["draft.yaml"]);
    expect(json.invalid).toEqual([]);
  });

  it("matches the JSON Schema that `schema backtest` prints", () => {
    const schema = run(["schema", "backtest"]);
    expect(schema.code).toBe(0);
    const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(schema.stdout));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    // The schema is not a rubber stamp: a wrong shape fails it.
    expect(validate({ ...json, auc: 2 })).toBe(false);
    expect(validate({ ...json, ci: [0.5] })).toBe(false);
  });

  it("is the same on every run (seeded), and follows --seed and --resamples", () => {
    expect(run(["backtest", ".", "-f", "json"], { cwd: set }).stdout).toBe(`${JSON.stringify(json, null, 2)}\n`);
    const other = JSON.parse(
      run(["backtest", ".", "-f", "json", "--seed", "7", "--resamples", "300"], { cwd: set }).stdout,
    ) as Out;
    expect([other.seed, other.resamples, other.auc]).toEqual([7, 300, json.auc]);
  });

  it("prints a table with the headline, the criteria, the tiers and the misranked cases, inert", () => {
    const r = run(["backtest", "."], { cwd: set });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Backtest: 6 files; 5 guarantees with a known outcome: 3 held, 2 failed\nAUC 0\.92, 95% interval 0\.\d\d–1\.00 \(stratified bootstrap, 2,000 resamples, seed 1\)\n/,
    );
    expect(r.stdout).toContain("0.5 is chance");
    expect(r.stdout).toMatch(
      new RegExp(`│ public\\s+│ 0\\.92\\s+│ ${((5 * PUBLIC) / 6).toFixed(1)}\\s+│ ${(PUBLIC / 4).toFixed(1)}\\s+│`),
    );
    expect(r.stdout).toMatch(/│ paper assurance\s+│ 3\s+│ 2\s+│/);
    expect(r.stdout).toContain(
      `Failed cases scored above held ones (the worst 1)\n  f2 (${scoreOf("f2")}, paper assurance): above 17% of held cases`,
    );
    expect(r.stdout).toContain(
      `Held cases scored below failed ones (the worst 1)\n  h3 (${scoreOf("h3")}, paper assurance): below 25% of failed cases`,
    );
    expect(r.stdout).toContain("Skipped, no outcome block (1): draft.yaml");
    expect(r.stdout).not.toContain(ESC);
    expect(r.stderr).toBe("");
  });

  it("prints Markdown with the same figures, the text escaped", () => {
    const r = run(["backtest", ".", "-f", "markdown"], { cwd: set });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## Backtest: 6 files; 5 guarantees/);
    expect(r.stdout).toContain(`| public | 0.92 | ${((5 * PUBLIC) / 6).toFixed(1)} | ${(PUBLIC / 4).toFixed(1)} |`);
    expect(r.stdout).toContain("| paper assurance | 3 | 2 |");
    expect(r.stdout).not.toContain(ESC);
  });

  it("never prints a hostile title raw, in any format", () => {
    // f1 is below every held case, so it is not listed; make it the worst case to see it printed.
    const dir = tmp();
    writeFileSync(join(dir, "h.yaml"), proposal("Held", "secret", "held"));
    writeFileSync(join(dir, "f.yaml"), proposal("Failed \x1b]0;pwned\x07one \x1b[31mred \u202e", "public", "failed"));
    for (const format of ["table", "markdown", "json"]) {
      const r = run(["backtest", ".", "-f", format], { cwd: dir });
      expect(r.code, format).toBe(0);
      expect(r.stdout, format).not.toMatch(/[\x1b\x07\u202e]/);
      expect(r.stdout, format).toMatch(/Failed .*one .*red/);
    }
  });

  it("colours the table only when asked, never the machine formats", () => {
    expect(run(["backtest", ".", "--color"], { cwd: set }).stdout).toContain(ESC);
    expect(run(["backtest", ".", "--color", "-f", "json"], { cwd: set }).stdout).not.toContain(ESC);
    expect(run(["backtest", "."], { cwd: set, env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).not.toContain(ESC);
  });

  it("scores with the configuration: public disabled, the cases cannot be told apart", () => {
    const dir = tmp();
    for (const f of ["h1", "h3", "f1", "f2"])
      writeFileSync(
        join(dir, `${f}.yaml`),
        proposal(
          f,
          f === "h1" ? "public" : f === "f1" ? "secret" : "partly-secret",
          f.startsWith("h") ? "held" : "failed",
        ),
      );
    writeFileSync(join(dir, ".guarantee-score.yaml"), "disable: [public]\n");
    const out = JSON.parse(run(["backtest", ".", "-f", "json"], { cwd: dir }).stdout) as Out & {
      config: { file: string; changes: string[] };
    };
    expect(out.auc).toBe(0.5);
    expect(out.criteria.map((c) => c.id)).not.toContain("public");
    expect(out.config.changes).toContain("disabled: public");
    // The table and Markdown say which configuration, by the name a user would type.
    for (const format of ["table", "markdown"])
      expect(run(["backtest", ".", "-f", format], { cwd: dir }).stdout).toContain(
        "Configuration: .guarantee-score.yaml (disabled: public)",
      );
  });
});

describe("backtest --fit", () => {
  type Fit = {
    criteria: { id: string; prior: number; weight: number; fitted: number }[];
    groups: {
      name: string;
      cases: number;
      validation: string;
      prior: number;
      inSample: number;
      heldOut: number;
      heldOutCi: [number, number];
    }[];
    sameAsInUse: boolean;
  };
  it("fits the weights to the outcomes and gives the AUC in-sample and held out, in three formats", () => {
    const r = run(["backtest", ".", "--fit", "-f", "json"], { cwd: set });
    expect(r.code).toBe(0);
    const fit = JSON.parse(r.stdout) as Fit;
    expect(fit.criteria.map((c) => c.id)).toEqual(rules.map((x) => x.meta.id));
    const fitted = fit.criteria.map((c) => c.fitted);
    expect(fitted.reduce((a, b) => a + b, 0)).toBe(100);
    for (const c of fit.criteria) expect(c.prior).toBe(rules.find((x) => x.meta.id === c.id)!.meta.prior);
    // Only publicity tells the cases apart, so every positive weighting orders them alike: 5.5 of 6 pairs.
    expect(fit.groups).toHaveLength(1);
    expect(fit.groups[0]).toMatchObject({ cases: 5, validation: "leave-one-out" });
    for (const k of ["prior", "inSample"] as const) expect(fit.groups[0]![k]).toBeCloseTo(5.5 / 6, 12);
    // Held out, each case has its own weights, so the two partly-secret cases no longer tie: the five strict pairs stay.
    expect(fit.groups[0]!.heldOut).toBeGreaterThanOrEqual(5 / 6);
    // Its interval, seeded as backtest's, holds the figure.
    const [lo, hi] = fit.groups[0]!.heldOutCi;
    expect(lo).toBeLessThanOrEqual(fit.groups[0]!.heldOut);
    expect(hi).toBeGreaterThanOrEqual(fit.groups[0]!.heldOut);
    const table = run(["backtest", ".", "--fit"], { cwd: set });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("Weights fitted to outcomes");
    expect(table.stdout).toMatch(/│ public\s+│ \d+\s+│ \d+\s+│ \d+\s+│/);
    expect(table.stdout).toContain(
      "Held out: each case scored by weights fitted without it, with a 95% bootstrap interval",
    );
    expect(table.stdout).toContain(`${fit.groups[0]!.heldOut.toFixed(2)} (${lo.toFixed(2)}–${hi.toFixed(2)}),`);
    const markdown = run(["backtest", ".", "--fit", "-f", "markdown"], { cwd: set });
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain("| `public` |");
    expect(markdown.stdout).toContain(`(${lo.toFixed(2)}–${hi.toFixed(2)}), leave-one-out |`);
  });

  it("prints a configuration block when the fitted weights differ from the ones in use", () => {
    const table = run(["backtest", ".", "--fit"], { cwd: set });
    const json = JSON.parse(run(["backtest", ".", "--fit", "-f", "json"], { cwd: set }).stdout) as Fit;
    if (json.sameAsInUse) expect(table.stdout).toContain("The weights in use are the fitted ones.");
    else expect(table.stdout).toMatch(/put this in a configuration file:\nweights:\n {2}aligned-guarantors: \d+\n/);
  });

  it("exits 2 when there is nothing to fit to", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.yaml"), proposal("A", "public", "held"));
    const r = run(["backtest", ".", "--fit"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("has 1 held and 0 failed");
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});

describe("backtest: exit codes and errors", () => {
  it("exits 1 when a file is invalid: it is listed with its line and column, and the rest are scored", () => {
    const dir = tmp();
    writeFileSync(join(dir, "h.yaml"), proposal("Held", "public", "held"));
    writeFileSync(join(dir, "f.yaml"), proposal("Failed", "secret", "failed"));
    writeFileSync(
      join(dir, "bad.yaml"),
      "title: Bad\nbeneficiary: Ruritania\nguarantors:\n  - name: Freedonia\noutcome:\n  result: won\n",
    );
    const r = run(["backtest", ".", "-f", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.cases).toBe(2);
    expect(out.invalid).toHaveLength(1);
    expect(out.invalid[0]).toMatchObject({
      file: "bad.yaml",
      errors: [{ line: 6, column: 11, path: "outcome.result" }],
    });
    const t = run(["backtest", "."], { cwd: dir });
    expect(t.code).toBe(1);
    expect(t.stdout).toContain(
      "Invalid, not scored (1):\n  bad.yaml:6:11  outcome.result: expected one of held, failed",
    );
  });

  it("exits 2 when no file has an outcome, saying so, without a stack trace", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.yaml"), proposal("A draft", "public"));
    const r = run(["backtest", "."], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      "no file in 1 file has an outcome block, so there is nothing to backtest (1 without an outcome, 0 invalid)",
    );
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("exits 2 when every case held (or every case failed): there is nothing to compare", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.yaml"), proposal("A", "public", "held"));
    writeFileSync(join(dir, "b.yaml"), proposal("B", "secret", "held"));
    const r = run(["backtest", "."], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("has 2 held and 0 failed");
  });

  it("exits 2 for a path that matches nothing, a bad option, or paths with --atop", () => {
    expect(run(["backtest", "nowhere"], { cwd: set })).toMatchObject({ code: 2, stdout: "" });
    expect(run(["backtest", ".", "-f", "sarif"], { cwd: set }).code).toBe(2);
    expect(run(["backtest", ".", "--resamples", "0"], { cwd: set }).code).toBe(2);
    expect(run(["backtest", ".", "--seed", "-1"], { cwd: set }).code).toBe(2);
    const both = run(["backtest", ".", "--atop", ATOP_DIR], { cwd: set });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("not both");
  });

  it("exits 2 for an --atop folder without the data, naming what it needs", () => {
    const r = run(["backtest", "--atop", "."], { cwd: set });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /--atop .*: cannot read atop-4\.01-alliance-level\.csv \(ENOENT\); the folder must hold atop-4\.01-alliance-level\.csv, berkemeier-fuhrmann-2018\.csv, cow-state-names\.csv/,
    );
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});

describe.skipIf(!HAVE_ATOP)("backtest --atop on ATOP 4.01 and Berkemeier & Fuhrmann", () => {
  it("reproduces 146 invoked commitments, 73 honoured and 73 violated, reported apart with what they measure", () => {
    const r = run(["backtest", "--atop", ATOP_DIR, "-f", "json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out).toMatchObject({ cases: 146, held: 73, failed: 73, source: { kind: "atop" } });
    expect(out.source.note).toMatch(/after deterrence had failed|once deterrence had failed/);
    expect(out.source.note).toContain("selected sample");
    expect(out.auc).toBeGreaterThanOrEqual(out.ci[0]);
    expect(out.auc).toBeLessThanOrEqual(out.ci[1]);
    const schema = JSON.parse(run(["schema", "backtest"]).stdout);
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
  });

  it("says plainly in the table that it measures honouring after deterrence failed", () => {
    const r = run(["backtest", "--atop", ATOP_DIR]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/146 alliance commitments invoked in war: 73 honoured \(held\), 73 violated \(failed\)/);
    expect(r.stdout).toContain("once deterrence had failed and war had come: a selected sample");
    expect(r.stdout).toContain("docs/backtest.md");
  });
});

describe("the scorecards' footer line", () => {
  let figures: Figures | null;
  beforeAll(async () => {
    figures = await computeFigures();
  });
  const budapest = join(ROOT, "proposals/budapest-memorandum-1994.yaml");

  it("gives the score's AUC on the shipped history library, as backtest computes it, or nothing when it has no cases", () => {
    const r = run([budapest], { cwd: tmp() });
    expect(r.code).toBe(0);
    if (figures)
      expect(r.stdout).toContain(
        `\nbacktest: AUC ${figures.auc.toFixed(2)} on ${figures.cases} historical guarantees; run guarantee-score backtest\n`,
      );
    else expect(r.stdout).not.toContain("backtest:");
  });

  it("says the figure is the default settings' when a configuration changes the weights", () => {
    const dir = tmp();
    writeFileSync(join(dir, ".guarantee-score.yaml"), "weights:\n  ratified: 40\n");
    const r = run([budapest], { cwd: dir, env: { COLUMNS: "400" } }); // the footer line unwrapped
    if (figures)
      expect(r.stdout).toContain(
        `backtest: AUC ${figures.auc.toFixed(2)} on ${figures.cases} historical guarantees with the default settings; run guarantee-score backtest for these settings`,
      );
    else expect(r.stdout).not.toContain("backtest:");
  });

  it("is in the table scorecards only: not in check's summary, not in machine formats", () => {
    for (const args of [
      ["check", budapest],
      [budapest, "-f", "json"],
      [budapest, "-f", "markdown"],
    ])
      expect(run(args, { cwd: tmp() }).stdout, args.join(" ")).not.toContain("backtest: AUC");
  });
});
