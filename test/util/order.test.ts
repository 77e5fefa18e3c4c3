// byId must order exactly as localeCompare does, so skipping ICU changes no output.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byId } from "../../src/util/order.js";

const plain = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-"), maxLength: 12 });

describe("byId", () => {
  it("agrees with localeCompare on plain ids (lower-case letters, digits, hyphens)", () => {
    fc.assert(
      fc.property(plain, plain, (a, b) => Math.sign(byId(a, b)) === Math.sign(a.localeCompare(b))),
      { numRuns: 5000 },
    );
  });

  it("falls back to localeCompare for any other id", () => {
    expect(byId("Éclair", "eclair")).toBe("Éclair".localeCompare("eclair"));
    expect(byId("b", "A")).toBe("b".localeCompare("A"));
    expect(byId("nato-path", "nato-troops")).toBeLessThan(0);
  });
});
