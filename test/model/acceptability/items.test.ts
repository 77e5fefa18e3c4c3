// Each acceptability item on hand-built proposals: the item in full, in part, and not at all
// (including a proposal silent on the field, which contributes nothing). Expected shares come
// from each item's `meta.scoring`.
import { describe, expect, it } from "vitest";
import bindingDefense from "../../../src/model/acceptability/binding-defense.js";
import excludesAdversary from "../../../src/model/acceptability/excludes-adversary.js";
import natoMembership from "../../../src/model/acceptability/nato-membership.js";
import natoTroops, { natoMember } from "../../../src/model/acceptability/nato-troops.js";
import noForceCap from "../../../src/model/acceptability/no-force-cap.js";
import type { AcceptabilityItem } from "../../../src/model/kernel.js";
import { proposal } from "../../helpers/proposals.js";

const share = (item: AcceptabilityItem, overrides: Record<string, unknown>) => item.evaluate(proposal(overrides));

describe("nato-troops", () => {
  it("counts any contingent of a NATO member in full, whatever its size or role", () => {
    const e = share(natoTroops, {
      troops: [
        { nation: "Brazil", count: 500 },
        { nation: "European coalition force (UK- and France-led)", count: 200, role: "monitoring" },
      ],
    });
    expect(e.share).toBe(1);
    expect(e.path).toEqual(["troops", 1]);
    expect(e.message).toContain("European coalition force");
  });

  it("counts a NATO contingent whose count is not stated (its presence is)", () => {
    expect(share(natoTroops, { troops: [{ nation: "United States and allies", role: "air-defense" }] }).share).toBe(1);
  });

  it("contributes nothing for troops of non-members, a zero count, or no troops at all", () => {
    expect(share(natoTroops, { troops: [{ nation: "Brazil", count: 5000 }] })).toMatchObject({
      share: 0,
      path: ["troops"],
    });
    expect(share(natoTroops, { troops: [{ nation: "France", count: 0 }] }).share).toBe(0);
    const silent = share(natoTroops, {});
    expect(silent).toMatchObject({ share: 0, path: ["troops"] });
    expect(silent.message).toContain("not stated");
  });

  it("recognises members by name, adjective and capitalised abbreviation, not by accident", () => {
    expect(natoMember("United Kingdom (multinational battlegroup)")).toBe("United Kingdom");
    expect(natoMember("Polish brigade")).toBe("Polish");
    expect(natoMember("US Army")).toBe("US");
    expect(natoMember("Türkiye")).toBe("Türkiye");
    expect(natoMember("a force of us all")).toBeUndefined();
    expect(natoMember("Ukraine")).toBeUndefined();
    expect(natoMember("Russia")).toBeUndefined();
    expect(natoMember("Frenchtown militia")).toBeUndefined();
  });

  it("does not read a member into words that exclude it, and knows the common spellings", () => {
    expect(natoMember("non-NATO contingent")).toBeUndefined();
    expect(natoMember("Non NATO observers")).toBeUndefined();
    expect(natoMember("Latin American peacekeepers")).toBeUndefined();
    expect(natoMember("South American force")).toBeUndefined();
    expect(natoMember("Central America brigade")).toBeUndefined();
    expect(natoMember("non-NATO force with French officers")).toBe("French");
    expect(natoMember("North American task force")).toBe("American");
    expect(natoMember("Turkiye")).toBe("Turkiye");
    expect(natoMember("Holland")).toBe("Holland");
    expect(share(natoTroops, { troops: [{ nation: "Latin American peacekeepers", count: 3000 }] }).share).toBe(0);
  });
});

describe("nato-membership", () => {
  it.each([
    ["member", 1],
    ["path", 0.75],
    ["none", 0],
  ])("nato %s → %s", (nato, expected) => {
    expect(share(natoMembership, { nato })).toMatchObject({ share: expected, path: ["nato"] });
  });

  it("contributes nothing when the proposal is silent on NATO", () => {
    expect(share(natoMembership, {})).toMatchObject({ share: 0, message: "nato not stated" });
  });
});

describe("excludes-adversary", () => {
  it("is full when the named adversary is neither a guarantor nor needed for a decision", () => {
    expect(share(excludesAdversary, { commitment: { decision: "unilateral" } }).share).toBe(1);
  });

  it("is nothing when the adversary is a guarantor, by stance or by name", () => {
    const byStance = share(excludesAdversary, {
      guarantors: [{ name: "UK" }, { name: "Moscow", stance: "adversary" }],
    });
    expect(byStance).toMatchObject({ share: 0, path: ["guarantors", 1] });
    expect(share(excludesAdversary, { guarantors: [{ name: "russia " }] }).share).toBe(0);
  });

  it("is nothing when action needs the adversary's consent", () => {
    expect(share(excludesAdversary, { commitment: { decision: "consensus-with-adversary" } })).toMatchObject({
      share: 0,
      path: ["commitment", "decision"],
    });
  });

  it("contributes nothing when no adversary is named: it cannot be said to be left out", () => {
    const p = proposal();
    delete (p as { adversary?: string }).adversary;
    expect(excludesAdversary.evaluate(p)).toMatchObject({ share: 0, path: ["adversary"] });
  });
});

describe("binding-defense", () => {
  it("is full for a duty to defend, half for assist, nothing for weaker obligations", () => {
    expect(share(bindingDefense, { commitment: { obligation: "defend" } })).toMatchObject({
      share: 1,
      path: ["commitment", "obligation"],
    });
    expect(share(bindingDefense, { commitment: { obligation: "assist" } }).share).toBe(0.5);
    for (const obligation of ["consult", "respect", "none"])
      expect(share(bindingDefense, { commitment: { obligation } }).share).toBe(0);
  });

  it("takes the backstop's obligation when it binds more", () => {
    expect(
      share(bindingDefense, { commitment: { obligation: "consult" }, backstop: { obligation: "assist" } }),
    ).toMatchObject({ share: 0.5, path: ["backstop", "obligation"] });
  });

  it("does not count a commitment the adversary can block", () => {
    const e = share(bindingDefense, {
      guarantors: [{ name: "UK" }, { name: "Russia", stance: "adversary" }],
      commitment: { obligation: "defend", decision: "consensus" },
    });
    expect(e.share).toBe(0);
    expect(e.message).toContain("the adversary can block the response");
    expect(
      share(bindingDefense, { commitment: { obligation: "defend", decision: "consensus-with-adversary" } }).share,
    ).toBe(0);
  });

  it("contributes nothing when no obligation is stated", () => {
    expect(share(bindingDefense, {})).toMatchObject({ share: 0, path: ["commitment"] });
  });
});

describe("no-force-cap", () => {
  it("is full when the proposal says there is no cap (null)", () => {
    expect(share(noForceCap, { beneficiary_forces: { size_cap: null } })).toMatchObject({
      share: 1,
      path: ["beneficiary_forces", "size_cap"],
    });
  });

  it("is half for a cap above the 85,000 of the 2022 Russian draft, nothing at or below it", () => {
    expect(share(noForceCap, { beneficiary_forces: { size_cap: 800_000 } }).share).toBe(0.5);
    expect(share(noForceCap, { beneficiary_forces: { size_cap: 85_000 } }).share).toBe(0);
  });

  it("contributes nothing when the proposal is silent on a cap", () => {
    expect(share(noForceCap, {})).toMatchObject({ share: 0, path: ["beneficiary_forces"] });
    expect(share(noForceCap, { beneficiary_forces: { standing_army: 800_000 } })).toMatchObject({
      share: 0,
      path: ["beneficiary_forces", "size_cap"],
    });
  });
});
