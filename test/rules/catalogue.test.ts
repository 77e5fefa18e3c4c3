// Parity, as ESLint keeps it: every rule file is registered, ids are stable and match
// file names, weights make 100, every rule has sources, a rationale, scoring text and tests.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/rules/index.js";

const SRC = join(import.meta.dirname, "../../src/rules");
const HELPERS = new Set(["index.ts", "scale.ts", "sources.ts", "adversary.ts"]);
const ids = rules.map((r) => r.meta.id);

describe("rule catalogue", () => {
  it("registers every rule file, and nothing else", () => {
    const files = readdirSync(SRC).filter((f) => f.endsWith(".ts") && !HELPERS.has(f)).map((f) => f.replace(/\.ts$/, ""));
    expect([...ids].sort()).toEqual(files.sort());
  });

  it("is sorted by id, with unique kebab-case ids", () => {
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });

  it("has the five named criteria and the nine further ones", () => {
    for (const id of ["enforceable", "public", "tied-to-aid", "ratified", "boots-on-the-ground"]) expect(ids).toContain(id);
    for (const id of ["backstop", "no-adversary-veto", "aligned-guarantors", "clear-triggers", "monitoring", "durable", "self-defense-capacity", "nato-path", "burden-sharing"])
      expect(ids).toContain(id);
  });

  it("has default weights above zero that make 100 points", () => {
    for (const r of rules) expect(r.meta.weight, r.meta.id).toBeGreaterThan(0);
    expect(rules.reduce((n, r) => n + r.meta.weight, 0)).toBe(100);
  });

  it("gives every rule sources (author, title, publication, date), a rationale, scoring text and a test file", () => {
    for (const r of rules) {
      expect(r.meta.sources.length, r.meta.id).toBeGreaterThan(0);
      for (const s of r.meta.sources) for (const k of ["author", "title", "publication", "date", "short"] as const) expect(s[k], `${r.meta.id} source ${k}`).toBeTruthy();
      expect(r.meta.rationale.length, r.meta.id).toBeGreaterThan(40);
      expect(r.meta.scoring.length, r.meta.id).toBeGreaterThan(20);
      expect(r.meta.title.length, r.meta.id).toBeGreaterThan(5);
      expect(existsSync(join(import.meta.dirname, `${r.meta.id}.test.ts`)), `test/rules/${r.meta.id}.test.ts`).toBe(true);
    }
  });
});
