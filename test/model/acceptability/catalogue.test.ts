// Parity, as for the criteria: every file in src/model/acceptability/ that is an item is registered,
// ids are unique, kebab-case, equal to the file name and sorted; every item has a weight, sources
// from the five articles (or, where they are silent, a listed press report), a rationale, and says in its scoring that silence contributes nothing.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { items } from "../../../src/model/acceptability/index.js";
import { LANGER, PAPER, PIFER, RUTLAND, FRAGILE_SHIELD, NYT_2022_DRAFTS } from "../../../src/model/sources.js";
import { ROOT } from "../../helpers/proposals.js";
import { expectResearch } from "../../helpers/research.js";

const DIR = join(ROOT, "src/model/acceptability");
const NOT_ITEMS = new Set(["index.ts"]);

describe("the acceptability catalogue", () => {
  it("registers every item module, sorted by id, each id equal to its file name", () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith(".ts") && !NOT_ITEMS.has(f))
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    const ids = items.map((i) => i.meta.id);
    expect(ids).toEqual(files);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(readFileSync(join(DIR, `${id}.ts`), "utf8")).toContain(`id: "${id}"`);
    }
  });

  it("has the five items of the paradox with weights that make 100 by default", () => {
    expect(Object.fromEntries(items.map((i) => [i.meta.id, i.meta.weight]))).toEqual({
      "binding-defense": 15,
      "excludes-adversary": 15,
      "nato-membership": 25,
      "nato-troops": 35,
      "no-force-cap": 10,
    });
  });

  it("cites the five articles, and the one press report only where the articles are silent; a silent proposal contributes nothing", () => {
    const five = [LANGER, RUTLAND, PAPER, PIFER, FRAGILE_SHIELD];
    const docs = readFileSync(`${ROOT}/docs/sources.md`, "utf8");
    for (const i of items) {
      expect(i.meta.sources.length, i.meta.id).toBeGreaterThan(0);
      // The cap on Ukraine's army is in no article: its press source must say so and be listed in docs/sources.md.
      for (const s of i.meta.sources)
        expect(i.meta.id === "no-force-cap" ? [...five, NYT_2022_DRAFTS] : five, i.meta.id).toContain(s);
      if (i.meta.sources.includes(NYT_2022_DRAFTS))
        expect(i.meta.rationale).toMatch(/None of the five articles reports/);
      for (const s of i.meta.sources) expect(docs, s.short).toContain(s.short);
      expect(i.meta.rationale.length, i.meta.id).toBeGreaterThan(40);
      expect(i.meta.scoring, i.meta.id).toMatch(/contributes nothing here/);
    }
  });

  it("states for every item what the research found, or that no study speaks to it", () => {
    for (const i of items) expectResearch(i.meta);
  });
});
