// README's backtest table states what the shipped score does on real cases: a newcomer quotes it,
// so it must be what `guarantee-score backtest` prints today, for the library and the holdout.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "../helpers/run.js";

const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The shipped score's cell of README's row that starts with `label`: "**0.89** (0.80–0.96)". */
function stated(label: string): string {
  const row = README.split("\n").find((l) => l.startsWith(`| **${label}**`));
  expect(row, `README has a row for ${label}`).toBeDefined();
  return row!.split("|")[2]!.trim().replace(/¹$/, "");
}

function measured(paths: string[]): string {
  const r = run(["backtest", ...paths, "-f", "json"]);
  expect(r.code).toBe(0);
  const b = JSON.parse(r.stdout) as { auc: number; ci: [number, number] };
  return `**${b.auc.toFixed(2)}** (${b.ci[0].toFixed(2)}–${b.ci[1].toFixed(2)})`;
}

describe("README's backtest figures", () => {
  it("are the history library's, as backtest prints them", () => {
    expect(stated("History library")).toBe(measured([]));
  });

  it("are the holdout's, as backtest prints them", () => {
    expect(stated("Holdout")).toBe(measured(["proposals/holdout/"]));
  });
});
