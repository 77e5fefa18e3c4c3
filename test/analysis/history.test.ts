// The history library's default figures: computed from a folder of cases, null when there is
// nothing to compare, and written at build time exactly as they are computed now.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/engine/config.js";
import { computeFigures, defaultSettings, HISTORY_DIR, historyFiles, settingsKey } from "../../src/analysis/history.js";
import { rules } from "../../src/model/rules/index.js";
import { ROOT } from "../helpers/run.js";

const tmp = () => mkdtempSync(join(tmpdir(), "gs-history-"));
const proposal = (publicity: string, result?: string) =>
  [
    "title: A case",
    "beneficiary: Ruritania",
    "guarantors:",
    "  - name: Freedonia",
    `publicity: ${publicity}`,
    ...(result ? ["outcome:", `  result: ${result}`] : []),
    "",
  ].join("\n");

describe("the history library's figures", () => {
  it("are computed from a folder: the score's AUC, its interval, each part's AUC", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.yaml"), proposal("public", "held"));
    writeFileSync(join(dir, "b.yaml"), proposal("partly-secret", "held"));
    writeFileSync(join(dir, "c.yaml"), proposal("secret", "failed"));
    writeFileSync(join(dir, "d.yaml"), proposal("partly-secret", "failed"));
    writeFileSync(join(dir, "e.yaml"), proposal("public"));
    writeFileSync(join(dir, "notes.txt"), "not a proposal");
    const f = await computeFigures(dir);
    // Held 4 and 2 against failed 0 and 2: 3.5 of 4 pairs.
    expect(f).toMatchObject({ cases: 4, auc: 0.875 });
    expect(f!.ci[1]).toBe(1);
    expect(f!.parts.public).toBe(0.875);
    expect(f!.parts.ratified).toBe(0.5);
    expect(f!.parts["nato-troops"]).toBe(0.5);
  });

  it("are null when there are no held and failed cases to compare", async () => {
    expect(await computeFigures(tmp())).toBeNull();
    expect(await computeFigures(join(tmp(), "absent"))).toBeNull();
    const dir = tmp();
    writeFileSync(join(dir, "a.yaml"), proposal("public", "held"));
    expect(await computeFigures(dir)).toBeNull();
  });

  it("depend on the default settings, which the cache is keyed by", () => {
    const s = defaultSettings();
    expect(settingsKey(s)).toBe(settingsKey());
    expect(
      settingsKey({ ...s, scoring: { ...defaultConfig(rules), weights: { ...s.scoring.weights, ratified: 40 } } }),
    ).not.toBe(settingsKey());
  });

  it("are written into the build as they are computed now (rebuild with npm run build when this fails)", async () => {
    const cache = JSON.parse(readFileSync(join(ROOT, "dist/bundle/backtest.json"), "utf8"));
    expect(cache.settings).toBe(settingsKey());
    expect(cache.figures).toEqual(await computeFigures());
  });

  it("come from proposals/history/ in the package", async () => {
    expect(HISTORY_DIR).toBe(join(ROOT, "proposals/history/"));
    for (const f of await historyFiles()) expect(f.startsWith(HISTORY_DIR)).toBe(true);
  });
});
