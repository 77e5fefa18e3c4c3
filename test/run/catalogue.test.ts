// The model as the commands see it: the ids they check options against, the knock-out's
// carriers from the rules' own declarations, and each criterion described for explain.
import { describe, expect, it } from "vitest";
import { rules } from "../../src/model/rules/index.js";
import { catalogue, criterionIds, defaultConfig, knockoutCarriers } from "../../src/run/catalogue.js";

describe("run/catalogue", () => {
  it("gives every criterion's id, and as knock-out carriers the rules that declare it", () => {
    expect(criterionIds()).toEqual(rules.map((r) => r.meta.id));
    expect(knockoutCarriers()).toEqual(rules.filter((r) => r.meta.knockout).map((r) => r.meta.id));
    expect(knockoutCarriers().length).toBeGreaterThan(0);
  });

  it("describes the criteria highest weight first, with no points for one the configuration disables", async () => {
    const config = defaultConfig();
    const off = rules[0]!.meta.id;
    const c = await catalogue({ ...config, scoring: { ...config.scoring, disabled: [off] } });
    const weights = c.criteria.map((e) => e.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(c.criteria.find((e) => e.id === off)).not.toHaveProperty("points");
    expect(c.knockout.disabled).toEqual(knockoutCarriers().filter((id) => id === off));
    const on = c.criteria.filter((e) => e.points !== undefined);
    expect(on.reduce((n, e) => n + e.points!, 0)).toBeCloseTo(100, 0);
  });
});
