// Configuration edge cases found in review: an empty file, disabling everything, typos in lists.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/run/config.js";
import { rules } from "../../src/model/rules/index.js";
import durable from "../../src/model/rules/durable.js";
import { loadText } from "../../src/schema/load.js";
import { proposalSchema } from "../../src/schema/proposal.js";

const write = (text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), "gs-cfg-")), ".guarantee-score.yaml");
  writeFileSync(file, text);
  return file;
};

describe("configuration edge cases", () => {
  it("an empty or comment-only file means the defaults", async () => {
    const r = await loadConfig(write("# nothing to change yet\n"), rules);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.config.scoring.disabled).toEqual([]);
  });

  it("refuses to disable every criterion", async () => {
    const r = await loadConfig(write(`disable: [${rules.map((x) => x.meta.id).join(", ")}]\n`), rules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]!.message).toContain("at least one criterion left enabled");
  });

  it("suggests the closest id for a misspelt criterion under disable", async () => {
    const r = await loadConfig(write("disable:\n  - ratifed\n"), rules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]).toMatchObject({ line: 2, column: 5, hint: 'did you mean "ratified"?' });
  });

  it("makes tier names inert", async () => {
    const r = await loadConfig(write('tiers:\n  - { min: 0, name: "x \\e]0;pwned\\a\\e[2J" }\n'), rules);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.config.scoring.tiers[0]!.name).not.toMatch(/[\x1b\x07]/);
  });
});

describe("found in review", () => {
  it("an enumeration typo in a proposal gets a suggestion", () => {
    const r = loadText("title: t\nbeneficiary: Ukraine\nguarantors:\n  - name: UK\n    stance: alligned\n", "p.yaml");
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.diagnostics[0]).toMatchObject({ path: "guarantors[0].stance", hint: 'did you mean "aligned"?' });
  });

  it("durable points at indefinite when the term has no end date", () => {
    const p = proposalSchema.parse({
      title: "t",
      beneficiary: "Ukraine",
      guarantors: [{ name: "UK" }],
      commitment: { indefinite: true },
    });
    expect(durable.evaluate(p).path).toEqual(["commitment", "indefinite"]);
  });
});
