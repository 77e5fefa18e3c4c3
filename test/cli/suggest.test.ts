// End to end through the built binary: `guarantee-score suggest FILE`, its table and JSON,
// its exit codes, and the suggestions at the end of the table scorecard.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, run, STACK_TRACE } from "../helpers/run.js";
import { referenceScore } from "../helpers/weights.js";

const ref = (name: string) => join(ROOT, "proposals", `${name}.yaml`);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gs-suggest-"));
  writeFileSync(
    join(dir, "broken.yaml"),
    "title: Broken\nbeneficiary: Ukraine\nguarantors:\n  - name: UK\n    stance: ally\n",
  );
  writeFileSync(join(dir, ".guarantee-score.yaml"), "acceptability:\n  thresholds:\n    rejected: 90\n");
  mkdirSync(join(dir, "sub"));
  writeFileSync(join(dir, "coalition.yaml"), readFileSync(ref("coalition-backstop-2025"), "utf8"));
});

interface SuggestJson {
  schemaVersion: number;
  file: string;
  valid: boolean;
  score: number;
  acceptability: { rejected: number; quadrant: string; note: string };
  suggestions: {
    rank: number;
    field: string;
    change: { op: string; path: (string | number)[] };
    label: string;
    credibility: { gain: number; before: number; after: number };
    acceptability: { cost: number };
  }[];
  more: number;
  config: { file: string | null; changes: string[] };
}

describe("guarantee-score suggest", () => {
  it("lists the changes that raise the score most, each with its gain and its cost in acceptability", async () => {
    const r = run(["suggest", ref("bilateral-agreements-2024")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`Credibility ${await referenceScore("bilateral-agreements-2024")}/100: partial terms`);
    expect(r.stdout).toMatch(
      /an estimate of the adversary's stated positions \(not a prediction\): \d+\/100 publicly rejected; quadrant (hollow|contested|exposed|uncontested)/,
    );
    expect(r.stdout).toMatch(
      / {2}1\. add to troops a 15,000-strong deterrence contingent from United Kingdom: \+\d+ credibility, acceptability cost 35/,
    );
    expect(r.stdout).toMatch(
      /set guarantors\[0\]\.ratification \(United Kingdom\) to ratified: \+\d+ credibility, no change in acceptability/,
    );
  });

  it("--top limits the list and says how many more there are", () => {
    const r = run(["suggest", ref("bilateral-agreements-2024"), "--top", "2"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ {2}2\. /);
    expect(r.stdout).not.toMatch(/ {2}3\. /);
    expect(r.stdout).toMatch(/\d+ more with --top \d+/);
  });

  it("-f json has the figures of each suggestion, ranked, and the same list as the table", async () => {
    const r = run(["suggest", ref("bilateral-agreements-2024"), "-f", "json", "--top", "3"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as SuggestJson;
    expect(j).toMatchObject({
      schemaVersion: 1,
      valid: true,
      score: await referenceScore("bilateral-agreements-2024"),
      config: { file: null, changes: [] },
    });
    expect(j.acceptability.note).toContain("not a prediction");
    expect(j.suggestions.map((s) => s.rank)).toEqual([1, 2, 3]);
    for (const s of j.suggestions) expect(s.credibility.after - s.credibility.before).toBe(s.credibility.gain);
    expect(j.suggestions[0]!.change).toMatchObject({ op: "append", path: ["troops"] });
    const table = run(["suggest", ref("bilateral-agreements-2024"), "--top", "3"]).stdout;
    for (const s of j.suggestions) expect(table).toContain(s.label);
    expect(j.more).toBeGreaterThan(0);
  });

  it("reads standard input with -", () => {
    const r = run(["suggest", "-", "--stdin-filename", "draft.yaml"], {
      input: "title: Draft\nbeneficiary: Ukraine\nadversary: Russia\nguarantors:\n  - name: France\n",
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^draft\.yaml\n/);
    expect(r.stdout).toMatch(/ {2}1\. /);
  });

  it("uses the configuration's thresholds, and says so", () => {
    const r = run(["suggest", "coalition.yaml"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("quadrant uncontested");
    expect(r.stdout).toContain("rejected from 50 → 90");
  });

  it("exits 1 for an invalid file, with its located problems, in both formats", () => {
    const t = run(["suggest", "broken.yaml"], { cwd: dir });
    expect(t.code).toBe(1);
    expect(t.stdout).toContain("broken.yaml:5:13");
    const j = run(["suggest", "broken.yaml", "-f", "json"], { cwd: dir });
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout)).toMatchObject({
      valid: false,
      suggestions: [],
      errors: [expect.objectContaining({ path: "guarantors[0].stance", line: 5, column: 13 })],
    });
  });

  it("exits 2 for a missing file, a folder, two files, a bad --top or format; never a stack trace", () => {
    for (const args of [
      ["suggest", "nope.yaml"],
      ["suggest", "sub"],
      ["suggest", "a.yaml", "b.yaml"],
      ["suggest", "broken.yaml", "--top", "0"],
      ["suggest", "broken.yaml", "--top", "x"],
      ["suggest", "broken.yaml", "-f", "xml"],
      ["suggest"],
    ]) {
      const r = run(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).not.toMatch(STACK_TRACE);
    }
  });
});

describe("the table scorecard", () => {
  it("shows the acceptability section after the total, labelled as an estimate, then the three best changes", async () => {
    const r = run([ref("coalition-backstop-2025")], { env: { COLUMNS: "400" } }); // no line wraps
    expect(r.code).toBe(0);
    const total = r.stdout.indexOf(`Total ${await referenceScore("coalition-backstop-2025")}/100`);
    const acc = r.stdout.indexOf("Acceptability, an estimate of the adversary's stated positions (not a prediction): ");
    const advice = r.stdout.indexOf("What would raise the score most");
    expect(total).toBeGreaterThan(-1);
    expect(acc).toBeGreaterThan(total);
    expect(advice).toBeGreaterThan(acc);
    expect(r.stdout).toContain("quadrant contested");
    expect(r.stdout).toMatch(/nato-troops 35\/35 rejected: NATO members' forces in Ukraine: European coalition force/);
    expect(r.stdout).toContain("(Rutland 2025)");
    expect(r.stdout.slice(advice)).toMatch(/ {2}3\. /);
    expect(r.stdout.slice(advice)).not.toMatch(/ {2}4\. /);
  });

  it("adds acceptability to --format json, with located items and the note", () => {
    const j = JSON.parse(run([ref("budapest-memorandum-1994"), "-f", "json"]).stdout);
    const a = j.results[0].acceptability;
    expect(a).toMatchObject({ rejected: 0, quadrant: "hollow", thresholds: { credible: 40, rejected: 50 } });
    expect(a.note).toContain("not a prediction");
    expect(a.items).toHaveLength(5);
    for (const i of a.items) {
      expect(i.line).toBeGreaterThanOrEqual(1);
      expect(i.sources[0]).toHaveProperty("author");
    }
    expect(j.results[0].nearest.above).toEqual({
      id: expect.any(String),
      title: expect.any(String),
      score: expect.any(Number),
      tier: expect.any(String),
    });
    expect(a.assumption).toBeNull();
  });

  it("states the assumption wherever the adversary is not Russia: in the scorecard and in JSON", () => {
    const table = run([ref("west-germany-cold-war")]).stdout;
    expect(table).toMatch(
      /^ {2}Assumed: The sources report Russia's positions; this proposal names Soviet Union as its adversary/m,
    );
    const j = JSON.parse(run([ref("west-germany-cold-war"), "-f", "json"]).stdout);
    expect(j.results[0].acceptability.assumption).toMatch(/names Soviet Union as its adversary/);
  });
});
