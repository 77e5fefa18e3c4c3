// explain's words, from plain data (run/catalogue.ts): the knock-out's carriers, a card's weight
// line for a criterion and for an item, and "off" for what a configuration disables.
import { describe, expect, it } from "vitest";
import { cardText, catalogueText, knockoutText } from "../../src/present/explain.js";
import type { Catalogue, EntryCard } from "../../src/run/catalogue.js";

const card = (over: Partial<EntryCard> = {}): EntryCard => ({
  kind: "criterion",
  id: "ratified",
  title: "Ratified",
  weight: 4,
  defaultWeight: 4,
  points: 4,
  rationale: "why",
  scoring: "how",
  sources: ["Author, Title (2025)"],
  research: [],
  disagreement: "none",
  ...over,
});

const CATALOGUE: Catalogue = {
  criteria: [card(), card({ id: "public", title: "Public", points: undefined })],
  items: [card({ kind: "item", id: "nato-troops", title: "NATO troops", points: 35, weight: 35 })],
  knockout: { cap: 25, carriers: ["no-adversary-veto"], disabled: [] },
  tiers: [{ name: "strong terms", min: 60 }],
  historyCases: 53,
};

describe("knockoutText", () => {
  it("names the carriers, and says when the configuration turns the knock-out off", () => {
    expect(knockoutText(CATALOGUE.knockout)).toContain(
      "It is carried by the criterion no-adversary-veto (guarantee-score explain no-adversary-veto); disabling",
    );
    const off = knockoutText({ cap: 25, carriers: ["no-adversary-veto"], disabled: ["no-adversary-veto"] });
    expect(off).toContain("which this configuration disables: the knock-out is off");
  });

  it("says plainly when no criterion carries it, rather than naming none", () => {
    const text = knockoutText({ cap: 25, carriers: [], disabled: [] });
    expect(text).toContain("No criterion carries it");
    expect(text).not.toContain("undefined");
  });
});

describe("cardText and catalogueText", () => {
  it("gives a criterion's points and its prior, an item's share of the rejected estimate, and off when disabled", () => {
    expect(cardText(card({ prior: 5, auc: 0.61 }), 53)).toContain(
      "Weight: 4 (4 of 100 points); the default, fitted to the outcomes of the history library and ATOP from a reasoned prior of 5",
    );
    expect(cardText(card({ prior: 5, weight: 9 }), 53)).toContain("; the default 4, fitted");
    expect(cardText(CATALOGUE.items[0]!, 53)).toContain("Weight: 35 (35 of the 100 points of the rejected estimate)");
    expect(cardText(card({ points: undefined }), 53)).toContain("Weight: disabled by the configuration");
    expect(cardText(card({ auc: 0.61 }), 53)).toContain("Backtest: AUC 0.61 of its score on 53 historical guarantees");
    expect(cardText(card(), null)).toContain("Backtest: no historical guarantees");
  });

  it("lists the criteria with their points or off, and names the configuration", () => {
    const text = catalogueText(CATALOGUE, "cfg.yaml");
    expect(text).toContain("Criteria (points out of 100, as set by cfg.yaml):");
    expect(text).toMatch(/ {2}public\s+off {2}Public/);
    expect(text).toContain("A knock-out caps the total at 25. Tiers: strong terms from 60.");
    expect(catalogueText(CATALOGUE, undefined)).toContain("Criteria (points out of 100):");
  });
});
