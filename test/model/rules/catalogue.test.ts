// Parity, as ESLint keeps it: every rule file is registered and nothing else is, ids are
// stable, kebab-case and equal to their file names, default weights are positive and make
// 100, every rule cites sources and explains itself, states the research beside it, and every
// rule has its own test file.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Rule } from "../../../src/model/kernel.js";
import { rules } from "../../../src/model/rules/index.js";
import { loadFileSync } from "../../../src/schema/load.js";
import { expectResearch } from "../../helpers/research.js";

const SRC = join(import.meta.dirname, "../../../src/model/rules");
// The shared helpers (scale, adversary, sources) live beside this folder, in src/model/.
const HELPERS = ["index.ts"];
const ruleFiles = readdirSync(SRC)
  .filter((f) => f.endsWith(".ts") && !HELPERS.includes(f))
  .map((f) => f.slice(0, -".ts".length))
  .sort();
const ids = rules.map((r) => r.meta.id);

const NAMED = ["enforceable", "public", "tied-to-aid", "ratified", "boots-on-the-ground"];
const FURTHER = [
  "backstop",
  "no-adversary-veto",
  "aligned-guarantors",
  "clear-triggers",
  "monitoring",
  "durable",
  "self-defense-capacity",
  "nato-path",
  "burden-sharing",
];
// Model 2 (docs/evidence.md): what the research adds to the sources' criteria.
const RESEARCH = ["capable-guarantors", "bound-individually"];

describe("rule catalogue", () => {
  it("finds the helper files it skips, so a renamed helper is not mistaken for a rule", () => {
    for (const h of HELPERS) expect(existsSync(join(SRC, h)), h).toBe(true);
  });

  it("registers every rule file in src/model/rules, and nothing else", () => {
    expect([...ids].sort()).toEqual(ruleFiles);
    expect(rules).toHaveLength(16);
  });

  it("registers, under each file name, the rule that file exports", async () => {
    for (const file of ruleFiles) {
      const mod = (await import(`../../../src/model/rules/${file}.ts`)) as { default: Rule };
      expect(mod.default.meta.id, `src/model/rules/${file}.ts`).toBe(file);
      expect(
        rules.find((r) => r.meta.id === file),
        file,
      ).toBe(mod.default);
    }
  });

  it("declares knockout: true on exactly the rules whose findings knock a proposal out", () => {
    const dirs = ["proposals", "proposals/history", "proposals/holdout"].map((d) =>
      join(import.meta.dirname, "../../..", d),
    );
    const files = dirs.flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => join(d, f)),
    );
    const knocking = new Set<string>();
    for (const file of files) {
      const loaded = loadFileSync(file);
      if (!loaded.ok) continue;
      for (const r of rules) if (r.evaluate(loaded.proposal).knockout) knocking.add(r.meta.id);
    }
    expect(knocking.size, "no file in the tree is knocked out: the test would prove nothing").toBeGreaterThan(0);
    expect([...knocking].sort()).toEqual(rules.filter((r) => r.meta.knockout).map((r) => r.meta.id));
  });

  it("is sorted by id", () => {
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("has unique kebab-case ids", () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it("has the five named criteria, the nine further ones and the two the research adds", () => {
    for (const id of [...NAMED, ...FURTHER, ...RESEARCH]) expect(ids, id).toContain(id);
    expect(new Set([...NAMED, ...FURTHER, ...RESEARCH]).size).toBe(16);
  });

  it("has default weights above zero that sum to 100", () => {
    for (const r of rules) {
      expect(Number.isFinite(r.meta.weight), r.meta.id).toBe(true);
      expect(r.meta.weight, r.meta.id).toBeGreaterThan(0);
    }
    expect(rules.reduce((n, r) => n + r.meta.weight, 0)).toBe(100);
  });

  for (const r of rules) {
    it(`${r.meta.id}: cites at least one source and has a title, a rationale and a scoring text`, () => {
      expect(r.meta.sources.length).toBeGreaterThan(0);
      for (const s of r.meta.sources)
        for (const k of ["author", "title", "publication", "date", "short"] as const)
          expect(s[k].trim(), `source ${k}`).not.toBe("");
      expect(r.meta.title.trim()).not.toBe("");
      expect(r.meta.rationale.trim().length).toBeGreaterThan(40);
      expect(r.meta.scoring.trim().length).toBeGreaterThan(20);
    });

    it(`${r.meta.id}: states what the research found (or that none speaks to it), with citations listed in docs/evidence.md`, () => {
      expectResearch(r.meta);
    });

    it(`${r.meta.id}: has a test file test/rules/${r.meta.id}.test.ts`, () => {
      expect(existsSync(join(import.meta.dirname, `${r.meta.id}.test.ts`))).toBe(true);
    });
  }
});
