// The acceptability figure, its quadrant, and the reference proposals the documents discuss:
// the Budapest Memorandum is hollow, the Coalition of the Willing with a US backstop contested.
import { describe, expect, it } from "vitest";
import { assessAcceptability, assumptionFor, measure, NOTE, quadrantOf } from "../../src/analysis/acceptability.js";
import {
  defaultAcceptabilityConfig,
  DEFAULT_THRESHOLDS,
  describeAcceptabilityChanges,
  toAcceptabilityConfig,
} from "../../src/analysis/acceptability-config.js";
import { items } from "../../src/model/acceptability/index.js";
import { defaultConfig } from "../../src/engine/config.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { scoreReferences } from "../../src/analysis/references.js";
import { rules } from "../../src/model/rules/index.js";
import { loadReference, proposal, REFERENCE_IDS } from "../helpers/proposals.js";

const DEFAULTS = defaultAcceptabilityConfig();

function assessReference(id: string, config = DEFAULTS) {
  const loaded = loadReference(id);
  const credibility = evaluate(loaded, rules, defaultConfig(rules)).score;
  return { credibility, ...assessAcceptability(loaded, credibility, items, config) };
}

describe("quadrants of the reference proposals the documents discuss", () => {
  it("the Budapest Memorandum is hollow: not credible, and nothing in it the adversary has rejected", () => {
    const a = assessReference("budapest-memorandum-1994");
    expect(a.credibility).toBeLessThan(DEFAULT_THRESHOLDS.credible);
    expect(a.rejected).toBeLessThan(DEFAULT_THRESHOLDS.rejected);
    expect(a.quadrant).toBe("hollow");
  });

  it("the Coalition of the Willing with a US backstop is contested: credible, and its NATO-country troops rejected", () => {
    const a = assessReference("coalition-backstop-2025");
    expect(a.credibility).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.credible);
    expect(a.rejected).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.rejected);
    expect(a.quadrant).toBe("contested");
    expect(a.items.find((i) => i.id === "nato-troops")).toMatchObject({ share: 1, points: 35, path: "troops[0]" });
  });

  it("states its assumption when the adversary is not Russia, whose positions the sources report", () => {
    expect(assessReference("coalition-backstop-2025").assumption).toBeUndefined();
    const cold = assessReference("west-germany-cold-war");
    expect(cold.assumption).toBe(
      "The sources report Russia's positions; this proposal names Soviet Union as its adversary, and the figure assumes it holds the same positions.",
    );
    expect(assumptionFor(" Russian Federation ")).toBeUndefined();
    expect(assumptionFor(undefined)).toMatch(/names no adversary/);
  });

  it("the Russian 2022 draft, with Russia as a guarantor, contains nothing Russia has rejected", () => {
    expect(assessReference("consensus-guarantors-2022")).toMatchObject({ rejected: 0, quadrant: "hollow" });
  });

  it("places every reference, and the library scored for the chart agrees with a direct assessment", async () => {
    const scored = new Map((await scoreReferences(rules, defaultConfig(rules))).map((s) => [s.id, s]));
    for (const id of REFERENCE_IDS) {
      const direct = assessReference(id);
      expect(scored.get(id)!.acceptability, id).toMatchObject({ rejected: direct.rejected, quadrant: direct.quadrant });
    }
  });
});

describe("assessAcceptability", () => {
  it("locates each item at 1-based positions and sums its points to the figure", () => {
    const a = assessReference("bilateral-agreements-2024");
    expect(a.items.map((i) => i.id)).toEqual(items.map((i) => i.meta.id));
    for (const i of a.items) {
      expect(i.line).toBeGreaterThanOrEqual(1);
      expect(i.column).toBeGreaterThanOrEqual(1);
      expect(i.points).toBeLessThanOrEqual(i.max);
      expect(i.sources.length).toBeGreaterThan(0);
    }
    expect(Math.abs(a.items.reduce((n, i) => n + i.points, 0) - a.rejected)).toBeLessThanOrEqual(
      0.5 + 0.05 * a.items.length,
    );
    expect(a.items.reduce((n, i) => n + i.max, 0)).toBeCloseTo(100, 0);
    // nato: path is on its own line in the file
    expect(a.items.find((i) => i.id === "nato-membership")).toMatchObject({ share: 0.75, points: 18.8, path: "nato" });
    expect(a.note).toBe(NOTE);
    expect(a.note).toContain("not a prediction");
  });

  it("gives a proposal silent on every item 0", () => {
    const p = proposal();
    delete (p as { adversary?: string }).adversary;
    expect(measure(p, items, DEFAULTS).rejected).toBe(0);
  });

  it("renormalises the enabled items to 100 and honours weights and disabled items", () => {
    const p = proposal({ nato: "member" });
    expect(measure(p, items, DEFAULTS).rejected).toBe(25 + 15); // nato 25, excludes-adversary 15
    const onlyNato = toAcceptabilityConfig({
      disable: ["nato-troops", "excludes-adversary", "binding-defense", "no-force-cap"],
    });
    expect(measure(p, items, onlyNato).rejected).toBe(100);
    const heavy = toAcceptabilityConfig({ weights: { "nato-membership": 1e308 } });
    expect(measure(p, items, heavy).rejected).toBe(100);
  });
});

describe("quadrantOf", () => {
  const t = { credible: 40, rejected: 50 };
  it.each([
    [39, 49, "hollow"],
    [40, 50, "contested"],
    [39, 50, "exposed"],
    [40, 49, "uncontested"],
  ] as const)("credibility %i, rejected %i → %s (thresholds inclusive)", (c, r, q) => {
    expect(quadrantOf(c, r, t)).toBe(q);
  });

  it("moves with configured thresholds", () => {
    expect(quadrantOf(50, 58, { credible: 60, rejected: 50 })).toBe("exposed");
    expect(
      assessReference("coalition-backstop-2025", toAcceptabilityConfig({ thresholds: { rejected: 70 } })).quadrant,
    ).toBe("uncontested");
  });
});

describe("describeAcceptabilityChanges", () => {
  it("says nothing for the defaults and names every change otherwise", () => {
    expect(describeAcceptabilityChanges(DEFAULTS)).toEqual([]);
    expect(
      describeAcceptabilityChanges(
        toAcceptabilityConfig({
          weights: { "nato-troops": 50 },
          disable: ["no-force-cap"],
          thresholds: { credible: 45 },
        }),
      ),
    ).toEqual([
      "acceptability weight of nato-troops 35 → 50",
      "acceptability items disabled: no-force-cap",
      "credible from 40 → 45",
    ]);
  });
});
