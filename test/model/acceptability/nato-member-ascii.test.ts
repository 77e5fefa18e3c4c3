// natoMember reads ASCII text with patterns compiled without the u flag (cheaper to compile on
// a cold start): on any ASCII text they must find what the Unicode patterns find.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { natoMember, natoMemberUnicode } from "../../../src/model/acceptability/nato-troops.js";

const words = [
  "United Kingdom",
  "UNITED kingdom",
  "uk",
  "UK",
  "U.S.",
  "USA",
  "us",
  "Czech Republic",
  "czech",
  "Albanian",
  "Albaniana",
  "Turkiye",
  "turkey",
  "Dutch",
  "north macedonia",
  "NATO",
  "non-NATO",
  "non NATO",
  "nonNATO",
  "Latin American",
  "south america",
  "Central-Americas",
  "America",
  "Frenchtown",
  "Ukraine",
  "Russia",
];
const glue = fc.constantFrom(" ", "-", "(", ")", ",", "_", "1", "a", "", "/", ".", "\t", "\n");
const ascii = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...words), glue), { maxLength: 8 }).map((xs) => xs.join("")),
  fc.string({ unit: "binary-ascii", maxLength: 40 }),
);

describe("natoMember on ASCII text", () => {
  it("finds what the Unicode patterns find", () => {
    fc.assert(
      fc.property(ascii, (s) => {
        expect(natoMember(s)).toBe(natoMemberUnicode(s));
      }),
      { numRuns: 5000 },
    );
  });

  it("still reads non-ASCII text with the Unicode patterns", () => {
    expect(natoMember("Türkiye")).toBe("Türkiye");
    expect(natoMember("Franceé")).toBeUndefined();
    expect(natoMember("Forces françaises (France)")).toBe("France");
  });
});
