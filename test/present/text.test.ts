// wrapLines: what every scorecard line under a table goes through, and the guard that keeps a
// file's `::command` text from starting a line GitHub's runner would read as a command.
import { describe, expect, it } from "vitest";
import { wrapLines } from "../../src/present/text.js";

const PROSE = "Summary (from the file): the guarantors ::error::forged annotation and :: more ::warning file=x::y text";

describe("wrapLines", () => {
  it("never starts a line with a word that starts with a colon, at any width", () => {
    let wrappedBeforeCommand = 0;
    for (let width = 12; width <= 120; width++) {
      const lines = wrapLines(PROSE, width).split("\n");
      for (const line of lines) expect(line, `width ${width}`).not.toMatch(/^\s*:/);
      // The words stay in order, only the spaces between them change.
      expect(lines.map((l) => l.trim()).join(" ")).toBe(PROSE);
      const plain = wrapLines(PROSE.replace(/(^| ):+/g, "$1x"), width).split("\n");
      if (plain.some((l) => /^\s*xerror/.test(l))) wrappedBeforeCommand++;
    }
    // Without the guard some widths would break just before "::error::": the loop reaches them.
    expect(wrappedBeforeCommand).toBeGreaterThan(0);
  });

  it("keeps a line's indent, plus two spaces, on the lines it wraps to, and leaves short lines alone", () => {
    expect(wrapLines("  - one two three four", 12)).toBe("  - one two\n    three\n    four");
    expect(wrapLines("short\n  also short", 80)).toBe("short\n  also short");
  });

  it("counts colour codes as taking no room", () => {
    const red = "\u001b[31mred\u001b[39m";
    expect(wrapLines(`${red} ${red} ${red}`, 11)).toBe(`${red} ${red} ${red}`);
    expect(wrapLines(`${red} ${red} ${red}`, 10)).toBe(`${red} ${red}\n  ${red}`);
  });
});
