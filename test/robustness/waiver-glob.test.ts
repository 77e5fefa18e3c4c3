// A waiver pattern from a pull request's configuration, made to make a backtracking matcher
// run for minutes, through `check` as CI runs it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "../helpers/run.js";

describe("a waiver pattern made to backtrack", () => {
  it("`*a*a*a*a*a*a*a*a*a*a*a*b` against a long file name: the run finishes, the waiver unused", () => {
    const d = mkdtempSync(join(tmpdir(), "gs-glob-"));
    try {
      const name = join("drafts", `${"a".repeat(120)}.yaml`);
      mkdirSync(join(d, "drafts"));
      writeFileSync(join(d, name), readFileSync(join(ROOT, "proposals", "budapest-memorandum-1994.yaml")));
      const waiver = {
        rule: "min-score",
        file: `drafts/${"*a".repeat(11)}*b`,
        reason: "r",
        owner: "o",
        expires: "2999-01-01",
      };
      writeFileSync(
        join(d, ".guarantee-score.yaml"),
        `gates: { min_score: 100 }\nwaivers: [${JSON.stringify(waiver)}]\n`,
      );
      const res = run(["check", "drafts", "-f", "json"], { cwd: d, timeout: 30_000 });
      expect(res.stderr).toBe("");
      expect(res.code).toBe(1);
      const report = JSON.parse(res.stdout) as {
        results: { file: string; passed: boolean }[];
        waivers: { status: string }[];
      };
      expect(report.results.map((x) => [x.file, x.passed])).toEqual([[name, false]]);
      expect(report.waivers.map((w) => w.status)).toEqual(["unused"]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
