// Finding the configuration (the nearest .guarantee-score.yaml, walking up), reading it
// into the engine's settings, and rejecting a bad one with located errors.
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONFIG_NAME, defaultToolConfig, findConfig, loadConfig } from "../../src/run/config.js";
import { DEFAULT_KNOCKOUT_CAP, DEFAULT_TIERS } from "../../src/engine/config.js";
import { rules } from "../../src/model/rules/index.js";
import type { Diagnostic } from "../../src/schema/diagnostic.js";

const tmp = (prefix: string) => realpathSync(mkdtempSync(join(tmpdir(), prefix)));

async function failures(text: string): Promise<Diagnostic[]> {
  const dir = tmp("gs-cfg-bad-");
  const file = join(dir, "c.yaml");
  writeFileSync(file, text);
  const r = await loadConfig(file, rules);
  if (r.ok) throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
  expect(r.file).toBe(file);
  return r.diagnostics;
}

async function settings(text: string) {
  const dir = tmp("gs-cfg-ok-");
  const file = join(dir, "c.yaml");
  writeFileSync(file, text);
  const r = await loadConfig(file, rules);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(text)} to load: ${JSON.stringify(r.diagnostics)}`);
  return { file, config: r.config };
}

describe("findConfig", () => {
  it("finds the file in the directory itself", async () => {
    const root = tmp("gs-find-");
    writeFileSync(join(root, CONFIG_NAME), "knockout_cap: 20\n");
    expect(await findConfig(root)).toBe(join(root, CONFIG_NAME));
  });

  it("walks up to the nearest parent that has one", async () => {
    const root = tmp("gs-find-");
    mkdirSync(join(root, "a", "b", "c"), { recursive: true });
    writeFileSync(join(root, CONFIG_NAME), "knockout_cap: 20\n");
    expect(await findConfig(join(root, "a", "b", "c"))).toBe(join(root, CONFIG_NAME));
    // a nearer one wins
    writeFileSync(join(root, "a", CONFIG_NAME), "knockout_cap: 30\n");
    expect(await findConfig(join(root, "a", "b", "c"))).toBe(join(root, "a", CONFIG_NAME));
    expect(await findConfig(join(root, "a"))).toBe(join(root, "a", CONFIG_NAME));
    expect(await findConfig(root)).toBe(join(root, CONFIG_NAME));
  });

  it("accepts a relative start directory", async () => {
    const root = tmp("gs-find-");
    mkdirSync(join(root, "sub"));
    writeFileSync(join(root, CONFIG_NAME), "knockout_cap: 20\n");
    const prev = process.cwd();
    process.chdir(root);
    try {
      expect(await findConfig("sub")).toBe(join(root, CONFIG_NAME));
    } finally {
      process.chdir(prev);
    }
  });

  it("skips a directory of that name and finds nothing new when there is no file", async () => {
    const root = tmp("gs-find-");
    mkdirSync(join(root, "a", CONFIG_NAME), { recursive: true });
    const above = await findConfig(tmpdir());
    // nothing inside root: whatever is found is what is found above the temporary folder (normally nothing)
    expect(await findConfig(join(root, "a"))).toBe(above);
    expect(await findConfig(root)).toBe(above);
  });
});

describe("loadConfig", () => {
  it("reads weights, disabled criteria, tiers and the knock-out cap into the engine's settings", async () => {
    const { file, config } = await settings(
      [
        "weights:",
        "  ratified: 40",
        "  public: 0.5",
        "disable: [public, nato-path, public]",
        "tiers:",
        "  - { min: 0, name: low }",
        "  - { min: 70, name: high }",
        "  - { min: 30, name: middle }",
        "knockout_cap: 10",
        "",
      ].join("\n"),
    );
    expect(config.file).toBe(file);
    expect(config.scoring.weights.ratified).toBe(40);
    expect(config.scoring.weights.public).toBe(0.5);
    // the others keep their default weights
    for (const r of rules)
      if (r.meta.id !== "ratified" && r.meta.id !== "public")
        expect(config.scoring.weights[r.meta.id]).toBe(r.meta.weight);
    expect(config.scoring.disabled).toEqual(["nato-path", "public"]);
    // sorted from the highest minimum down, as tierFor needs
    expect(config.scoring.tiers).toEqual([
      { min: 70, name: "high" },
      { min: 30, name: "middle" },
      { min: 0, name: "low" },
    ]);
    expect(config.scoring.knockoutCap).toBe(10);
  });

  it("keeps the defaults for what it does not set", async () => {
    const { config } = await settings("knockout_cap: 25\n");
    const defaults = defaultToolConfig(rules);
    expect(config.scoring.weights).toEqual(defaults.scoring.weights);
    expect(config.scoring.disabled).toEqual([]);
    expect(config.scoring.tiers).toEqual(DEFAULT_TIERS);
    expect(config.scoring.knockoutCap).toBe(DEFAULT_KNOCKOUT_CAP);
    expect(defaults.file).toBeUndefined();
  });

  it("locates a misspelt criterion id under weights and suggests the right one", async () => {
    const d = await failures("weights:\n  ratifed: 20\n");
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({
      code: "unknown-key",
      path: "weights.ratifed",
      line: 2,
      column: 3,
      hint: 'did you mean "ratified"?',
    });
  });

  it("suggests the right top-level key", async () => {
    const d = await failures("knockout_cp: 10\n");
    expect(d[0]).toMatchObject({
      code: "unknown-key",
      path: "knockout_cp",
      line: 1,
      column: 1,
      hint: 'did you mean "knockout_cap"?',
    });
    // a key that is not an identifier is quoted in the path
    const hyphen = await failures("weights:\n  boots-on-ground: 3\n");
    expect(hyphen[0]).toMatchObject({
      path: 'weights["boots-on-ground"]',
      line: 2,
      column: 3,
      hint: 'did you mean "boots-on-the-ground"?',
    });
  });

  it("locates values out of range or of the wrong type, and reports all of them in order", async () => {
    const d = await failures("knockout_cap: 150\nweights:\n  public: 0\n  ratified: -1\n  durable: heavy\n");
    expect(d.map((x) => [x.path, x.line, x.column])).toEqual([
      ["knockout_cap", 1, 15],
      ["weights.public", 3, 11],
      ["weights.ratified", 4, 13],
      ["weights.durable", 5, 12],
    ]);
    expect(d[0]!.message).toContain("100");
    expect(d[3]!.message).toMatch(/expected a number; found "heavy"/);
  });

  it("requires a tier with min 0", async () => {
    const d = await failures("tiers:\n  - { min: 50, name: high }\n");
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ path: "tiers", line: 2, column: 3 });
    expect(d[0]!.message).toContain("min 0");
  });

  it("rejects an unknown criterion in disable, located at the item", async () => {
    const d = await failures("disable:\n  - public\n  - ratifed\n");
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ path: "disable[1]", line: 3, column: 5 });
    expect(d[0]!.message).toContain("ratified");
  });

  it("locates YAML syntax errors and a root that is not a mapping", async () => {
    const syntax = await failures("weights:\n  ratified: 1\n  ratified: 2\n");
    expect(syntax[0]).toMatchObject({ code: "duplicate-key", line: 3, column: 3 });
    const list = await failures("- ratified\n");
    expect(list[0]).toMatchObject({ path: "(root)", line: 1, column: 1 });
  });

  it("reports a file it cannot read instead of throwing", async () => {
    const file = join(tmp("gs-cfg-none-"), "missing.yaml");
    const r = await loadConfig(file, rules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]).toMatchObject({ code: "unreadable", line: 1, column: 1 });
  });

  it("gives 1-based positions everywhere", async () => {
    const d = await failures("weights:\n  nope: 1\ntiers: []\nknockout_cap: x\n");
    expect(d.length).toBeGreaterThanOrEqual(3);
    for (const x of d) {
      expect(x.line).toBeGreaterThanOrEqual(1);
      expect(x.column).toBeGreaterThanOrEqual(1);
    }
  });
});
