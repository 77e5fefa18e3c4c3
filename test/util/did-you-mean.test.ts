import { describe, expect, it } from "vitest";
import { didYouMean, distance } from "../../src/util/did-you-mean.js";
import { knownKeys } from "../../src/schema/issues.js";
import { proposalSchema } from "../../src/schema/proposal.js";

const ROOT_KEYS = knownKeys(proposalSchema, []);
const GUARANTOR_KEYS = knownKeys(proposalSchema, ["guarantors", 0]);

describe("distance (optimal string alignment)", () => {
  it("is zero for equal words and the length of the other word against an empty one", () => {
    expect(distance("stance", "stance")).toBe(0);
    expect(distance("", "abc")).toBe(3);
    expect(distance("abc", "")).toBe(3);
  });

  it("counts insertions, deletions and substitutions", () => {
    expect(distance("kitten", "sitting")).toBe(3);
    expect(distance("guarantor", "guarantors")).toBe(1);
    expect(distance("summary", "sumary")).toBe(1);
  });

  it("counts a swapped pair of letters as one edit, not two", () => {
    expect(distance("ab", "ba")).toBe(1);
    expect(distance("gaurantors", "guarantors")).toBe(1);
  });

  it("is symmetric", () => {
    for (const [a, b] of [
      ["titel", "title"],
      ["enforcment", "enforcement"],
      ["x", "nato"],
    ] as const) {
      expect(distance(a, b)).toBe(distance(b, a));
    }
  });
});

describe("didYouMean", () => {
  it("knows the schema's keys (the candidates come from zod, not a copy)", () => {
    expect(ROOT_KEYS).toContain("guarantors");
    expect(ROOT_KEYS).toContain("beneficiary_forces");
    expect(GUARANTOR_KEYS).toEqual([
      "name",
      "role",
      "stance",
      "ratification",
      "nuclear",
      "power",
      "reach",
      "acts_after",
      "barred_by_law",
      "changed_since_signing",
    ]);
  });

  it.each([
    ["guarantor", "guarantors"], // missing letter
    ["gaurantors", "guarantors"], // swapped letters
    ["titel", "title"],
    ["sumary", "summary"],
    ["enforcment", "enforcement"],
    ["troop", "troops"],
    ["natoo", "nato"],
  ])("suggests %j → %j among the root keys", (typo, known) => {
    expect(didYouMean(typo, ROOT_KEYS)).toBe(known);
  });

  it("ignores case, dashes and underscores before measuring", () => {
    expect(didYouMean("Title", ROOT_KEYS)).toBe("title");
    expect(didYouMean("beneficiaryForces", ROOT_KEYS)).toBe("beneficiary_forces");
    expect(didYouMean("beneficiary-forces", ROOT_KEYS)).toBe("beneficiary_forces");
  });

  it("picks the closest of several near candidates", () => {
    expect(didYouMean("stanse", GUARANTOR_KEYS)).toBe("stance");
    expect(didYouMean("rol", GUARANTOR_KEYS)).toBe("role");
    expect(didYouMean("abcd", ["abcx", "abxx"])).toBe("abcx");
  });

  it("suggests nothing when no candidate is close enough to be a typo", () => {
    expect(didYouMean("xyz", ROOT_KEYS)).toBeUndefined();
    expect(didYouMean("zzzzzzzz", ROOT_KEYS)).toBeUndefined();
    expect(didYouMean("completely_unrelated", GUARANTOR_KEYS)).toBeUndefined();
    expect(didYouMean("title", [])).toBeUndefined();
  });

  it("suggests nothing for an empty key", () => {
    expect(didYouMean("", ROOT_KEYS)).toBeUndefined();
    expect(didYouMean("-_ ", ROOT_KEYS)).toBeUndefined();
  });

  it("allows more edits for longer words", () => {
    // 3 edits: too many for a short word, fine for an 18-letter one.
    expect(didYouMean("beneficiary_forxxx", ROOT_KEYS)).toBe("beneficiary_forces");
    expect(didYouMean("nxxx", ["nato"])).toBeUndefined();
  });
});
