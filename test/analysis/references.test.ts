// The ordering the source documents imply, asserted with margins rather than exact
// totals, so that a rule change that breaks the story names the pair it broke.
import { beforeAll, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/engine/config.js";
import { place, asReference, scoreReferences, type ScoredReference } from "../../src/analysis/references.js";
import { rules } from "../../src/model/rules/index.js";

let refs: Map<string, ScoredReference>;
const get = (id: string) => {
  const r = refs.get(id);
  if (!r) throw new Error(`reference ${id} is missing from proposals/`);
  return r;
};
const points = (id: string, rule: string) => get(id).criteria.find((c) => c.id === rule)!.points;

beforeAll(async () => {
  refs = new Map((await scoreReferences(rules, defaultConfig(rules))).map((r) => [r.id, r]));
});

/** `lower` scores at least `margin` below `higher`; the message names the pair. */
function below(lower: string, higher: string, margin: number) {
  const [lo, hi] = [get(lower).score, get(higher).score];
  expect(hi - lo, `${lower} (${lo}) should score at least ${margin} below ${higher} (${hi})`).toBeGreaterThanOrEqual(
    margin,
  );
}

describe("reference library ordering", () => {
  it("holds every reference the criteria brief names", () => {
    for (const id of [
      "budapest-memorandum-1994",
      "consensus-guarantors-2022",
      "bilateral-agreements-2024",
      "coalition-backstop-2025",
      "nato-article5",
      "ukraine-compact-2025",
      "pifer-three-elements-2025",
      "us-article5-like-2025",
      "west-germany-cold-war",
      "baltic-forward-presence",
    ])
      expect(refs.has(id), id).toBe(true);
  });

  it("puts the Budapest Memorandum and the consensus-veto proposal at the bottom", () => {
    const bottom = ["budapest-memorandum-1994", "consensus-guarantors-2022"];
    for (const low of bottom) for (const other of refs.keys()) if (!bottom.includes(other)) below(low, other, 5);
  });

  it("caps the consensus-veto proposal by the knock-out, and says so", () => {
    const r = get("consensus-guarantors-2022");
    expect(r.knockout?.rule).toBe("no-adversary-veto");
    expect(r.score).toBeLessThanOrEqual(25);
    expect(r.knockout!.uncapped).toBeGreaterThan(r.score);
  });

  it("puts the unratified bilateral agreements below the Coalition with a backstop", () => {
    below("bilateral-agreements-2024", "coalition-backstop-2025", 2);
    expect(points("bilateral-agreements-2024", "ratified")).toBeLessThan(points("nato-article5", "ratified"));
  });

  it("puts NATO membership and the Cold War West Germany presence at the top", () => {
    const nonNato = [...refs.keys()].filter(
      (id) => !["nato-article5", "west-germany-cold-war", "baltic-forward-presence"].includes(id),
    );
    for (const id of nonNato) {
      below(id, "west-germany-cold-war", 5);
      below(id, "nato-article5", 1);
    }
  });

  it("puts the Baltic tripwire below the West Germany presence on boots-on-the-ground", () => {
    const [baltic, germany] = [
      points("baltic-forward-presence", "boots-on-the-ground"),
      points("west-germany-cold-war", "boots-on-the-ground"),
    ];
    expect(germany - baltic, `baltic ${baltic} vs west germany ${germany}`).toBeGreaterThanOrEqual(5);
  });

  it("places a score between its nearest references, leaving out the proposal itself", () => {
    const all = [...refs.values()].map(asReference);
    const bilateral = get("bilateral-agreements-2024");
    const p = place(bilateral.score, bilateral.id, all);
    expect(p.below!.score).toBeLessThanOrEqual(bilateral.score);
    expect(p.above!.score).toBeGreaterThan(bilateral.score);
    expect([p.below!.id, p.above!.id]).not.toContain(bilateral.id);
    expect(all.filter((r) => r.id !== bilateral.id && r.score > p.below!.score && r.score <= bilateral.score)).toEqual(
      [],
    );
  });
});
