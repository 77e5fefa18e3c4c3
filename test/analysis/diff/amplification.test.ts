// A diff's report stays in proportion to its drafts: a long identity (a 2,000-character name
// repeated by alias in every path) is cut with a hash, the fields that moved a criterion are
// listed ten at a time in the table and Markdown, and re-scoring each change copies only
// what the change touches, never the first draft itself.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compare } from "../../../src/analysis/diff/compare.js";
import { applyChange } from "../../../src/analysis/change.js";
import { asChange, diffFields, formatSteps, MAX_IDENTITY } from "../../../src/analysis/diff/fields.js";
import { diffMarkdown, diffTable, MAX_MOVED_BY } from "../../../src/present/diff.js";
import { defaultConfig } from "../../../src/engine/config.js";
import { evaluate } from "../../../src/engine/evaluate.js";
import { NO_PAINT } from "../../../src/present/text.js";
import { rules } from "../../../src/model/rules/index.js";
import { loadText, type Loaded } from "../../../src/schema/load.js";
import { run } from "../../helpers/run.js";

const LONG = "T".repeat(2000);
const guarantors = (role: string, ratification: string) =>
  Array.from({ length: 99 }, () => `  - name: *t\n    role: ${role}\n    ratification: ${ratification}\n`).join("");
const BEFORE = `title: &t ${LONG}\nbeneficiary: Ukraine\nguarantors:\n${guarantors("lead", "none")}`;
const AFTER = `title: &t ${LONG}\nbeneficiary: Ukraine\nguarantors:\n${guarantors("backstop", "ratified")}`;
const load = (text: string): Loaded => {
  const l = loadText(text, "x.yaml");
  if (!l.ok) throw new Error(JSON.stringify(l.diagnostics));
  return l;
};

describe("identities in paths", () => {
  const item = (id: string, n = 1) => ({ list: "sources", id, n });
  it(`an identity of up to ${MAX_IDENTITY} characters is written whole; a longer one is cut, quoted, with a hash of the whole`, () => {
    const exact = "x".repeat(MAX_IDENTITY);
    expect(formatSteps(["sources", item(exact), "title"])).toBe(`sources[${exact}].title`);
    const cut = formatSteps(["sources", item(`${"y".repeat(200)}A`)]);
    expect(cut).toMatch(new RegExp(`^sources\\["y{${MAX_IDENTITY - 16}}…" ~[0-9a-f]{6}\\]$`));
    expect(cut.length).toBeLessThan(MAX_IDENTITY + 30);
  });

  it("two long identities that share their beginning stay apart, and occurrences still count", () => {
    const a = formatSteps(["sources", item(`${"y".repeat(200)}A`)]);
    const b = formatSteps(["sources", item(`${"y".repeat(200)}B`)]);
    expect(a).not.toBe(b);
    expect(formatSteps(["sources", item(`${"y".repeat(200)}A`, 2)])).toBe(`${a.slice(0, -1)} #2]`);
  });
});

describe("re-scoring each change", () => {
  it("leaves the first draft as it was, and gives the same attribution as a full copy would", () => {
    const b = load(BEFORE);
    const a = load(AFTER);
    const snapshot = JSON.stringify(b.proposal);
    const changes = diffFields(b.proposal, a.proposal);
    expect(changes).toHaveLength(198);
    for (const c of changes) {
      const changed = applyChange(b.proposal, asChange(c));
      // The one change is in the copy, and only there.
      const full = structuredClone(b.proposal) as { guarantors: Record<string, unknown>[] };
      const n = (c.steps[1] as { n: number }).n;
      full.guarantors[n - 1]![c.steps[2] as string] = c.after;
      expect(changed).toEqual(full);
    }
    expect(JSON.stringify(b.proposal)).toBe(snapshot);
  });

  it(`the table and Markdown name ${MAX_MOVED_BY} fields per criterion, then how many more`, () => {
    const config = defaultConfig(rules);
    const b = load(BEFORE);
    const a = load(AFTER);
    const d = compare(
      { ...evaluate(b, rules, config), proposal: b.proposal },
      evaluate(a, rules, config),
      diffFields(b.proposal, a.proposal),
      rules,
      config,
    );
    const ratified = d.criteria.find((c) => c.id === "ratified")!;
    expect(ratified.movedBy).toHaveLength(99);
    for (const text of [diffTable(d, NO_PAINT), diffMarkdown(d)]) {
      const line = text.split("\n").find((l) => l.includes("ratified") && l.includes("more"))!;
      expect(line).toContain(` and ${99 - MAX_MOVED_BY} more`);
      expect(line.split("~").length - 1).toBe(MAX_MOVED_BY);
    }
  });
});

describe("through the built binary", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "gs-amplify-"));
    writeFileSync(join(dir, "before.yaml"), BEFORE);
    writeFileSync(join(dir, "after.yaml"), AFTER);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(["table", "json", "markdown"])(
    "diff -f %s: the report is at most 5 times the size of the two drafts",
    (format) => {
      const r = run(["diff", "before.yaml", "after.yaml", "-f", format], { cwd: dir });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      // Before, every path carried the 2,000-character name: 40 times the drafts' size.
      expect(r.stdout.length).toBeLessThan(5 * (BEFORE.length + AFTER.length));
      // Quoted as the format quotes: \" in JSON, \~ in Markdown.
      expect(r.stdout).toMatch(new RegExp(`[^T]T{${MAX_IDENTITY - 16}}…\\\\?" \\\\?~[0-9a-f]{6}`));
      expect(r.stdout).not.toContain("T".repeat(MAX_IDENTITY));
    },
  );
});
