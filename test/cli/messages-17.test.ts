// Messages of issue 17, item 10, at the presentation end: explain knockout, the regression
// diff fails on, list's knock-out star, acceptability points read as rejected, and score
// without check's pass/fail words.
import { describe, expect, it } from "vitest";
import { run, STACK_TRACE } from "../helpers/run.js";
import { weightOf } from "../helpers/weights.js";
import { scoreReferences } from "../../src/analysis/references.js";
import { defaultConfig } from "../../src/engine/config.js";
import { rules } from "../../src/model/rules/index.js";

describe("explain knockout", () => {
  it("explains the knock-out that --fail-on knockout names, with its cap and the criterion that carries it", () => {
    const r = run(["explain", "knockout"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^knockout: the knock-out/);
    expect(r.stdout).toContain("capped at 25");
    expect(r.stdout).toContain("guarantee-score explain no-adversary-veto");
  });

  it("is suggested for a typo", () => {
    const r = run(["explain", "knockot"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did you mean "knockout"/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});

describe("diff --fail-on-regression", () => {
  it("says which criterion regressed when it exits 1", () => {
    const r = run([
      "diff",
      "proposals/nato-article5.yaml",
      "proposals/budapest-memorandum-1994.yaml",
      "--fail-on-regression=ratified",
    ]);
    expect(r.code).toBe(1);
    // nato-article5 has every guarantor ratified (the full weight); Budapest none.
    expect(r.stderr).toBe(`guarantee-score: --fail-on-regression: regressed: ratified ${weightOf("ratified")} → 0\n`);
  });

  it("says nothing when nothing watched regressed", () => {
    const r = run(["diff", "proposals/nato-article5.yaml", "proposals/nato-article5.yaml", "--fail-on-regression"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });
});

describe("list", () => {
  it("stars only a total the knock-out lowered: one whose uncapped total is above the cap", async () => {
    const out = run(["list"], { env: { COLUMNS: "200" } }).stdout;
    const row = (id: string) => out.split("\n").find((l) => l.includes(` ${id} `))!;
    const refs = await scoreReferences(rules, defaultConfig(rules));
    expect(refs.some((r) => r.knockout)).toBe(true);
    for (const r of refs) {
      const lowered = r.knockout !== null && r.knockout.uncapped > r.knockout.cap;
      expect(row(r.id), r.id).toMatch(new RegExp(`│ ${r.score}${lowered ? "\\*" : " "}`));
    }
  });
});

describe("the scorecard", () => {
  it("reads acceptability points as rejected, not as a grade", () => {
    const out = run(["proposals/nato-article5.yaml"], { env: { COLUMNS: "200" } }).stdout;
    expect(out).toMatch(/^ {2}nato-membership 25\/25 rejected: /m);
  });

  it("has no pass/fail summary: that is check's", () => {
    const out = run(["proposals/nato-article5.yaml", "proposals/budapest-memorandum-1994.yaml"]).stdout;
    expect(out).toContain("2 files: 2 scored, 0 invalid");
    expect(out).not.toMatch(/passed|Gate failed/);
  });
});
