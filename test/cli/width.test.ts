// Tables and the lines under them fit the terminal: COLUMNS when set, else the terminal's
// width, else 80 (issue 17, item 3).
import { describe, expect, it } from "vitest";
import { run } from "../helpers/run.js";
import { weightOf } from "../helpers/weights.js";

const widest = (text: string) => Math.max(...text.split("\n").map((l) => [...l].length));
const frame = (text: string) => [...text.split("\n").find((l) => l.startsWith("┌"))!].length;

const COMMANDS = [
  [
    "proposals/nato-article5.yaml",
    "proposals/budapest-memorandum-1994.yaml",
    "proposals/consensus-guarantors-2022.yaml",
  ],
  ["check", "proposals/", "--min-score", "40"],
  ["list"],
];

describe("table width", () => {
  it("is 80 columns at most when the width is unknown (a pipe, no COLUMNS)", () => {
    for (const args of COMMANDS) {
      const out = run(args, { env: { COLUMNS: undefined } }).stdout;
      expect(widest(out), args.join(" ")).toBeLessThanOrEqual(80);
      expect(frame(out), args.join(" ")).toBe(80);
    }
  });

  it("follows COLUMNS, wide or narrow, the frame and every line under it", () => {
    for (const columns of [100, 64]) {
      for (const args of COMMANDS) {
        const out = run(args, { env: { COLUMNS: String(columns) } }).stdout;
        expect(widest(out), `${columns}: ${args.join(" ")}`).toBeLessThanOrEqual(columns);
        expect(frame(out), `${columns}: ${args.join(" ")}`).toBe(columns);
      }
    }
  });

  it("wraps the reason inside its cell, not the frame, and keeps the file names whole in check", () => {
    const card = run(["proposals/nato-article5.yaml"], { env: { COLUMNS: "80" } }).stdout;
    expect(card).toMatch(
      new RegExp(
        `│ boots-on-the-ground\\s+│ fail\\s+│ 0/${weightOf("boots-on-the-ground")}\\s+│ troops not stated:\\s+│`,
      ),
    );
    const table = run(["check", "proposals/"], { env: { COLUMNS: "80" } }).stdout;
    // Broken over lines, after a slash where it can be, never cut.
    const column = table
      .split("\n")
      .filter((l) => l.startsWith("│"))
      .map((l) => l.split("│")[1]!.trim())
      .join("");
    expect(column).toContain("proposals/bilateral-agreements-2024.yamlproposals/budapest-memorandum-1994.yaml");
    expect(table).not.toContain("…");
  });

  it("ignores a COLUMNS that is not a number", () => {
    expect(frame(run(["list"], { env: { COLUMNS: "wide" } }).stdout)).toBe(80);
  });
});
