import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/util/path.js";

describe("formatPath", () => {
  it("writes object keys with dots and list indexes in brackets", () => {
    expect(formatPath(["guarantors", 1, "stance"])).toBe("guarantors[1].stance");
    expect(formatPath(["commitment", "withdrawal", "notice_months"])).toBe("commitment.withdrawal.notice_months");
    expect(formatPath(["troops", 0, "count"])).toBe("troops[0].count");
    expect(formatPath(["aid", "military", "specific_items", 2])).toBe("aid.military.specific_items[2]");
  });

  it("names the root (root)", () => {
    expect(formatPath([])).toBe("(root)");
  });

  it("starts with an index when the path starts in a list", () => {
    expect(formatPath([0])).toBe("[0]");
    expect(formatPath([0, "name"])).toBe("[0].name");
  });

  it("quotes keys that are not identifiers, so the path stays unambiguous", () => {
    expect(formatPath(["a b"])).toBe('["a b"]');
    expect(formatPath(["x", "a.b"])).toBe('x["a.b"]');
    // A numeric *key* (a string) is not a list index (a number).
    expect(formatPath(["years", "2024"])).toBe('years["2024"]');
    expect(formatPath(["years", 2024])).toBe("years[2024]");
    expect(formatPath([""])).toBe('[""]');
    expect(formatPath(['quo"te'])).toBe('["quo\\"te"]');
  });

  it("keeps identifier-like keys such as __proto__ as they are", () => {
    expect(formatPath(["__proto__"])).toBe("__proto__");
    expect(formatPath(["guarantors", 0, "__proto__"])).toBe("guarantors[0].__proto__");
  });

  it("accepts symbols without throwing (zod paths are PropertyKey[])", () => {
    expect(formatPath([Symbol("s")])).toBe('["Symbol(s)"]');
  });
});
