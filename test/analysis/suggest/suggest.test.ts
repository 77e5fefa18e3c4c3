// Suggestions are computed by re-scoring, so each one's gain must equal what scoring the
// changed FILE gives: the test makes the change itself in the YAML text (with yaml's Document
// API, not with the code under test), loads the text and scores it with the real engine.
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { measure, quadrantOf } from "../../../src/analysis/acceptability.js";
import { defaultAcceptabilityConfig } from "../../../src/analysis/acceptability-config.js";
import { items } from "../../../src/model/acceptability/index.js";
import { defaultConfig } from "../../../src/engine/config.js";
import { evaluate } from "../../../src/engine/evaluate.js";
import { rules } from "../../../src/model/rules/index.js";
import { loadText } from "../../../src/schema/load.js";
import { applyChange, type Change } from "../../../src/analysis/change.js";
import { levers } from "../../../src/analysis/suggest/levers.js";
import { suggest } from "../../../src/analysis/suggest/suggest.js";
import type { Suggestion } from "../../../src/analysis/suggest/types.js";
import { loadReference, proposal, REFERENCE_IDS, referenceText } from "../../helpers/proposals.js";

const SETTINGS = { rules, scoring: defaultConfig(rules), items, acceptability: defaultAcceptabilityConfig() };

/** The change made to the file's text, as a person editing the YAML would. */
function edit(text: string, change: Change): string {
  const doc = parseDocument(text);
  const path = [...change.path];
  if (change.op === "set") doc.setIn(path, doc.createNode(change.value));
  else if (change.op === "append") {
    if (doc.hasIn(path)) doc.addIn(path, doc.createNode(change.value));
    else doc.setIn(path, doc.createNode([change.value]));
  } else doc.deleteIn(path);
  return String(doc);
}

function rescore(text: string, file: string) {
  const loaded = loadText(text, file);
  if (!loaded.ok)
    throw new Error(
      `the edited file is invalid: ${loaded.diagnostics.map((d) => `${d.path}: ${d.message}`).join("; ")}`,
    );
  const credibility = evaluate(loaded, rules, SETTINGS.scoring).score;
  const rejected = measure(loaded.proposal, items, SETTINGS.acceptability).rejected;
  return { credibility, rejected, quadrant: quadrantOf(credibility, rejected, SETTINGS.acceptability.thresholds) };
}

const byId = new Map(REFERENCE_IDS.map((id) => [id, suggest(loadReference(id), SETTINGS)]));

describe("suggest", () => {
  it.each(REFERENCE_IDS)("%s: every gain and cost equals re-scoring the edited file", (id) => {
    const text = referenceText(id);
    const before = rescore(text, `${id}.yaml`);
    const suggestions = byId.get(id)!;
    expect(suggestions.length, id).toBeGreaterThan(0);
    for (const s of suggestions) {
      const after = rescore(edit(text, s.change), `${id}.yaml`);
      expect(s.credibility, s.action).toEqual({
        before: before.credibility,
        after: after.credibility,
        gain: after.credibility - before.credibility,
      });
      expect(s.acceptability, s.action).toEqual({
        before: before.rejected,
        after: after.rejected,
        cost: after.rejected - before.rejected,
      });
      expect(s.quadrant, s.action).toEqual({ before: before.quadrant, after: after.quadrant });
    }
  });

  it("keeps only changes that raise the total, sorted by gain, then by the smaller acceptability cost", () => {
    for (const [id, list] of byId) {
      for (const s of list) expect(s.credibility.gain, `${id}: ${s.action}`).toBeGreaterThan(0);
      for (let i = 1; i < list.length; i++) {
        const [a, b] = [list[i - 1]!, list[i]!];
        expect(
          a.credibility.gain > b.credibility.gain ||
            (a.credibility.gain === b.credibility.gain && a.acceptability.cost <= b.acceptability.cost),
          `${id}: ${a.action} before ${b.action}`,
        ).toBe(true);
      }
      expect(new Set(list.map((s) => s.field)).size, id).toBe(list.length);
    }
  });

  it("on the unratified bilateral agreements, puts ratification or troops in the top three", () => {
    const top = byId.get("bilateral-agreements-2024")!.slice(0, 3);
    expect(
      top.some((s) => /^guarantors\[\d+\]\.ratification$/.test(s.field) || s.field.startsWith("troops")),
      top.map((s) => s.label).join("\n"),
    ).toBe(true);
    const ratify = byId.get("bilateral-agreements-2024")!.find((s) => s.field === "guarantors[0].ratification")!;
    expect(ratify.label).toBe(
      `set guarantors[0].ratification (United Kingdom) to ratified: +${ratify.credibility.gain} credibility, no change in acceptability`,
    );
  });

  it("names the cost in acceptability and a change of quadrant in words", () => {
    const troops = byId.get("bilateral-agreements-2024")!.find((s) => s.field === "troops")!;
    expect(troops.change).toEqual({
      op: "append",
      path: ["troops"],
      value: { nation: "United Kingdom", count: 15_000, role: "deterrence" },
    });
    expect(troops.acceptability.cost).toBe(35);
    expect(troops.label).toMatch(
      /^add to troops a 15,000-strong deterrence contingent from United Kingdom: \+\d+ credibility, acceptability cost 35 \(rejected \d+ → \d+\)/,
    );
  });

  it("asks nothing of the adversary but to leave: no lever touches an adversary guarantor's fields", () => {
    const p = loadReference("consensus-guarantors-2022").proposal;
    const touched = levers(p).filter((l) => l.change.path[0] === "guarantors" && l.change.path[1] === 0);
    expect(touched.map((l) => [l.change.op, l.field])).toEqual([["remove", "guarantors[0]"]]);
    expect(byId.get("consensus-guarantors-2022")!.map((s) => s.field)).toContain("guarantors[0]");
    for (const l of levers(p))
      expect(l.change.op === "set" && l.field.endsWith(".stance") && l.change.value === "adversary").toBe(false);
  });

  it("tries numbers in both directions: a slow response time is offered the criterion's 24 hours", () => {
    const slow = loadText(
      referenceText("bilateral-agreements-2024").replace(/response_hours: \d+/, "response_hours: 720"),
      "slow.yaml",
    );
    if (!slow.ok) throw new Error("fixture invalid");
    expect(slow.proposal.commitment?.response_hours).toBe(720);
    const faster = suggest(slow, SETTINGS).find((s) => s.field === "commitment.response_hours");
    expect(faster?.change).toEqual({ op: "set", path: ["commitment", "response_hours"], value: 24 });
    expect(faster!.credibility.gain).toBeGreaterThan(0);
  });

  it("never proposes more, or other, troops from the adversary", () => {
    const p = proposal({
      adversary: "Russia",
      troops: [
        { nation: "Russia", count: 500, role: "monitoring" },
        { nation: "France", count: 100 },
      ],
    });
    const touched = levers(p).filter((l) => l.change.path[0] === "troops" && l.change.path[1] === 0);
    expect(touched).toEqual([]);
    expect(levers(p).some((l) => l.change.path[0] === "troops" && l.change.path[1] === 1)).toBe(true);
  });

  it("treats a guarantor's stance as a fact, and leaves out a change that would contradict another field", () => {
    const p = proposal({ guarantors: [{ name: "Brazil", stance: "neutral" }], commitment: { duration_years: 10 } });
    expect(levers(p).filter((l) => l.field.endsWith(".stance"))).toEqual([]);
    expect(
      levers(p).filter((l) => l.field === "commitment.indefinite" && l.change.op === "set" && l.change.value === true),
    ).toEqual([]);
    const open = proposal({ guarantors: [{ name: "Brazil" }], commitment: { indefinite: false } });
    expect(
      levers(open).some((l) => l.field === "commitment.indefinite" && l.change.op === "set" && l.change.value === true),
    ).toBe(true);
  });

  it("says when a change creates a block the proposal leaves out", () => {
    const p = proposal({ guarantors: [{ name: "Brazil" }] });
    expect(p.monitoring).toBeUndefined();
    const tied = levers(p).find(
      (l) => l.field === "monitoring.tied_to_triggers" && l.change.op === "set" && l.change.value === true,
    )!;
    expect(tied.action).toBe("set monitoring.tied_to_triggers to true (adds monitoring, the rest of it not stated)");
    const withMonitoring = proposal({ guarantors: [{ name: "Brazil" }], monitoring: { permanent: true } });
    expect(levers(withMonitoring).find((l) => l.field === "monitoring.tied_to_triggers")!.action).toBe(
      "set monitoring.tied_to_triggers to true",
    );
  });

  it("changes a copy: the proposal itself is untouched", () => {
    const p = proposal({ troops: [{ nation: "France", count: 10 }] });
    const before = structuredClone(p);
    for (const l of levers(p)) applyChange(p, l.change);
    expect(p).toEqual(before);
  });

  it("suggests nothing that makes the file invalid", () => {
    const loaded = loadReference("west-germany-cold-war");
    const all: Suggestion[] = suggest(loaded, SETTINGS);
    for (const s of all)
      expect(() => rescore(edit(referenceText("west-germany-cold-war"), s.change), "w.yaml")).not.toThrow();
  });
});
