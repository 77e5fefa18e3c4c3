// The one pipeline (src/run/score-files.ts): files, standard input and paths that cannot be
// checked come out in path order, each valid one with its acceptability, its place among the
// references, its suggestions when asked, and its gate; the summary counts them.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Reference } from "../../src/analysis/references.js";
import { rules } from "../../src/model/rules/index.js";
import { defaultToolConfig } from "../../src/run/config.js";
import type { FileReport } from "../../src/run/result.js";
import { scoreFiles } from "../../src/run/score-files.js";
import { DEFAULT_LIMITS } from "../../src/schema/load.js";
import { referenceText } from "../helpers/proposals.js";

const dir = mkdtempSync(join(tmpdir(), "gs-score-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

const REFS: Reference[] = [
  { id: "low", title: "Low", score: 10, tier: "paper assurance", rejected: 0, quadrant: "hollow" },
  { id: "high", title: "High", score: 90, tier: "alliance-grade", rejected: 90, quadrant: "contested" },
];

async function all(run: { results: AsyncGenerator<FileReport> }): Promise<FileReport[]> {
  const out: FileReport[] = [];
  for await (const r of run.results) out.push(r);
  return out;
}

describe("scoreFiles", () => {
  const strong = file("b.yaml", referenceText("west-germany-cold-war"));
  const invalid = file("a.yaml", "title: T\nguarantor: x\n");
  const settings = {
    config: defaultToolConfig(rules),
    limits: DEFAULT_LIMITS,
    today: "2026-01-01",
    references: REFS,
  };

  it("puts standard input and unchecked paths among the files by name, and builds each result in one place", async () => {
    const stdin = {
      ok: true as const,
      file: join(dir, "ab.yaml"),
      buf: new TextEncoder().encode(referenceText("budapest-memorandum-1994")),
    };
    const unchecked = [{ path: join(dir, "c-link.yaml"), code: "outside-root", message: "leads outside the folder" }];
    const run = await scoreFiles(
      { files: [strong, invalid], unchecked, stdin },
      { ...settings, gates: { minScore: 50, failOn: [] }, suggestions: 2 },
    );
    const results = await all(run);
    expect(results.map((r) => r.file)).toEqual([invalid, join(dir, "ab.yaml"), strong, join(dir, "c-link.yaml")]);
    const [bad, budapest, germany, link] = results;
    expect(bad!.valid).toBe(false);
    expect(link!.valid || link!.errors[0]!.code).toBe("outside-root");
    for (const r of [budapest!, germany!]) {
      if (!r.valid) throw new Error(`${r.file} should be valid`);
      expect(r.acceptability?.rejected).toBeGreaterThanOrEqual(0);
      expect(r.nearest?.text).toMatch(new RegExp(`^scores ${r.score}: between low \\(10\\) and high \\(90\\)$`));
      expect(r.suggestions?.length).toBeLessThanOrEqual(2);
      expect(r.gate.passed).toBe(r.score >= 50);
    }
    expect(run.summary).toEqual({
      files: 4,
      passed: results.filter((r) => r.gate.passed).length,
      failed: results.filter((r) => r.valid && !r.gate.passed).length,
      invalid: 2,
      waived: 0,
    });
    expect(run.summary.passed + run.summary.failed).toBe(2);
  });

  it("attaches no suggestions unless asked, and gates nothing without gates", async () => {
    const results = await all(await scoreFiles({ files: [strong] }, { ...settings, gates: { failOn: [] } }));
    expect(results).toHaveLength(1);
    const [r] = results;
    expect(r!.valid && r!.suggestions).toBeUndefined();
    expect(r!.gate).toEqual({ passed: true, failures: [], waived: [] });
  });
});
