// The `acceptability:` block of .guarantee-score.yaml: read into settings, or rejected with
// located errors like the rest of the configuration.
import { mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../src/analysis/acceptability-config.js";
import { defaultToolConfig, loadConfig } from "../../src/run/config.js";
import { rules } from "../../src/model/rules/index.js";

async function load(text: string) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "gs-acc-cfg-")));
  const file = join(dir, "c.yaml");
  writeFileSync(file, text);
  return loadConfig(file, rules);
}

describe("the acceptability configuration", () => {
  it("defaults when absent", async () => {
    expect(defaultToolConfig(rules).acceptability).toMatchObject({ disabled: [], thresholds: DEFAULT_THRESHOLDS });
    const r = await load("knockout_cap: 20\n");
    expect(r.ok && r.config.acceptability).toMatchObject({ disabled: [], thresholds: { credible: 40, rejected: 50 } });
  });

  it("reads weights, disabled items and thresholds", async () => {
    const r = await load(
      "acceptability:\n  weights:\n    nato-troops: 50\n  disable: [no-force-cap]\n  thresholds:\n    credible: 45\n",
    );
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.config.acceptability).toMatchObject({
      disabled: ["no-force-cap"],
      thresholds: { credible: 45, rejected: 50 },
    });
    expect(r.config.acceptability!.weights["nato-troops"]).toBe(50);
    expect(r.config.acceptability!.weights["nato-membership"]).toBe(25);
  });

  it("rejects unknown items, bad weights and thresholds with their line and column", async () => {
    const r = await load(
      "acceptability:\n  weights:\n    nato-troop: 50\n  thresholds:\n    rejected: 150\n  disable: [bogus]\n",
    );
    if (r.ok) throw new Error("expected the configuration to be rejected");
    const at = r.diagnostics.map((d) => [d.path, d.line, d.column]);
    expect(at).toContainEqual(['acceptability.weights["nato-troop"]', 3, 5]);
    expect(at).toContainEqual(["acceptability.thresholds.rejected", 5, 15]);
    expect(at).toContainEqual(["acceptability.disable[0]", 6, 13]);
    expect(r.diagnostics.find((d) => d.path.endsWith('["nato-troop"]'))?.hint).toContain("nato-troops");
  });

  it("refuses to disable every item", async () => {
    const r = await load(
      "acceptability:\n  disable: [binding-defense, excludes-adversary, nato-membership, nato-troops, no-force-cap]\n",
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]!.message).toContain("at least one acceptability item");
  });
});
