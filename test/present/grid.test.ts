// drawGrid must draw, byte for byte, what cli-table3 draws with the table format's options,
// and must decline (undefined) whatever it cannot measure the way cli-table3 does.
import Table from "cli-table3";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawGrid } from "../../src/present/grid.js";

const reference = (head: string[], widths: number[], rules: boolean, rows: string[][]) => {
  const t = new Table({
    head,
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
    ...(rules ? {} : { chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } }),
  });
  t.push(...rows);
  return t.toString();
};

// Words, runs of spaces, long words, Latin letters, typographic punctuation, NBSP, newlines.
const pieces = [
  "a",
  "word",
  "ratified",
  "x".repeat(30),
  " ",
  "  ",
  "\u00a0",
  "-",
  "Türkiye",
  "é",
  "–",
  "…",
  "’",
  "\n",
  "(",
  "1/10",
  "3.5",
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((p) => p.join(""));

describe("drawGrid", () => {
  it("draws what cli-table3 draws, for any plain text", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 3, max: 30 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.array(text, { minLength: 4, maxLength: 4 }), { maxLength: 5 }),
        fc.array(text, { minLength: 4, maxLength: 4 }),
        (n, rules, w, body, h) => {
          const widths = w.slice(0, n);
          const head = h.slice(0, n);
          const rows = body.map((r) => r.slice(0, n));
          expect(drawGrid({ head, widths, rules }, rows)).toBe(reference(head, widths, rules, rows));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("draws the scorecard's columns as cli-table3 does", () => {
    const head = ["Criterion", "Status", "Points", "Reason", "Sources"];
    const widths = [24, 9, 11, 50, 20];
    const rows = [
      [
        "boots-on-the-ground",
        "fail",
        "0/14",
        "troops not stated: no guarantor forces in the beneficiary",
        "Rutland 2025, Langer 2025",
      ],
    ];
    expect(drawGrid({ head, widths, rules: true }, rows)).toBe(reference(head, widths, true, rows));
  });

  it("declines colour, wide, combining and emoji characters", () => {
    const grid = { head: ["a"], widths: [10], rules: true };
    for (const c of ["\x1b[32mpass\x1b[39m", "東京", "e\u0301", "🙂", "\t"])
      expect(drawGrid(grid, [[c]])).toBeUndefined();
  });
});
