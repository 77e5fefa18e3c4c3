// End to end: `explain` lists every criterion with its weight; `explain RULE` gives the
// rationale, the scoring and the sources; a wrong id is a usage error with a suggestion.
// Runs in temporary folders so no configuration above the repository can leak in.
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { items } from "../../src/model/acceptability/index.js";
import { computeFigures, type Figures } from "../../src/analysis/history.js";
import { citeStudy } from "../../src/model/studies.js";
import { rules } from "../../src/model/rules/index.js";
import { assertBuilt, run, STACK_TRACE } from "../helpers/run.js";

let ws: string;
const tmp = () => realpathSync(mkdtempSync(join(tmpdir(), "gs-explain-")));
const gs = (args: string[], cwd = ws) => run(args, { cwd });

/** `  id   points  title` lines of the catalogue → id → points ("off" when disabled). */
const ITEMS_HEADING = "Acceptability items (";
/** The criteria section's rows (id → points), or with `itemsOnly` the acceptability items' rows. */
function catalogue(stdout: string, itemsOnly = false): Map<string, string> {
  const at = stdout.indexOf(ITEMS_HEADING);
  const part = at === -1 ? (itemsOnly ? "" : stdout) : itemsOnly ? stdout.slice(at) : stdout.slice(0, at);
  return new Map(
    [...part.matchAll(/^ {2}([a-z][a-z0-9-]*)\s+(\d+(?:\.\d)?|off) {2}(.+)$/gm)].map((m) => [m[1]!, m[2]!]),
  );
}

const defaultTotal = rules.reduce((n, r) => n + r.meta.weight, 0);
const pointsFor = (w: number, total: number) => String(Math.round((1000 * w) / total) / 10);
const weightOf = (id: string) => rules.find((r) => r.meta.id === id)!.meta.weight;

beforeAll(() => {
  assertBuilt();
  ws = tmp();
});

describe("explain", () => {
  it("lists every criterion with its weight in points out of 100, heaviest first", () => {
    const r = gs(["explain"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Criteria \(points out of 100\):\n/);
    const listed = catalogue(r.stdout);
    expect([...listed.keys()].sort()).toEqual(rules.map((x) => x.meta.id).sort());
    for (const rule of rules) {
      expect(listed.get(rule.meta.id), rule.meta.id).toBe(pointsFor(rule.meta.weight, defaultTotal));
      expect(r.stdout).toMatch(
        new RegExp(
          `^ {2}${rule.meta.id}\\s+[\\d.]+ {2}${rule.meta.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`,
          "m",
        ),
      );
    }
    const points = [...listed.values()].map(Number);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
  });

  it("states the knock-out cap and the tiers", () => {
    const out = gs(["explain"]).stdout;
    expect(out).toContain("A knock-out caps the total at 25.");
    expect(out).toContain(
      "Tiers: strongest terms from 80, strong terms from 60, partial terms from 40, weak terms from 20, paper assurance from 0.",
    );
    expect(out).toContain("guarantee-score explain ID");
  });

  it("then lists the acceptability items with their share of the rejected estimate, apart from the score", () => {
    const out = gs(["explain"]).stdout;
    expect(out).toContain(
      "Acceptability items (points of the 0–100 estimate of what the adversary has publicly rejected; not part of the score):",
    );
    const listed = catalogue(out, true);
    const itemTotal = items.reduce((n, i) => n + i.meta.weight, 0);
    expect([...listed.keys()].sort()).toEqual(items.map((i) => i.meta.id).sort());
    for (const i of items) expect(listed.get(i.meta.id), i.meta.id).toBe(pointsFor(i.meta.weight, itemTotal));
  });

  it.each(items.map((i) => [i.meta.id, i] as const))(
    "explain %s (an acceptability item): what the sources report, how it counts, sources",
    (id, item) => {
      const r = gs(["explain", id]);
      expect(r.code).toBe(0);
      const m = item.meta;
      expect(r.stdout.startsWith(`${id}: ${m.title} (acceptability item: not part of the credibility score)\n`)).toBe(
        true,
      );
      expect(r.stdout).toContain(`What the sources report: ${m.rationale}\n`);
      expect(r.stdout).toContain(`How it counts: ${m.scoring}\n`);
      expect(r.stdout).toContain("not a prediction");
      for (const s of m.sources) expect(r.stdout).toContain(`"${s.title}" (${s.publication}, ${s.date})`);
    },
  );

  it.each(rules.map((r) => [r.meta.id, r] as const))("explain %s: rationale, how it scores, sources", (id, rule) => {
    const r = gs(["explain", id]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const m = rule.meta;
    expect(r.stdout.startsWith(`${id}: ${m.title}\n`)).toBe(true);
    expect(r.stdout).toContain(`Weight: ${m.weight} (${pointsFor(m.weight, defaultTotal)} of 100 points)`);
    expect(r.stdout).toContain(`Why it matters: ${m.rationale}\n`);
    expect(r.stdout).toContain(`How it scores: ${m.scoring}\n`);
    expect(r.stdout).toContain("\nSources:\n");
    const sources = r.stdout.slice(r.stdout.indexOf("\nSources:\n"));
    expect(r.stdout.indexOf("Why it matters:")).toBeLessThan(r.stdout.indexOf("How it scores:"));
    expect(r.stdout.indexOf("How it scores:")).toBeLessThan(r.stdout.indexOf("Sources:"));
    expect(m.sources.length).toBeGreaterThan(0);
    for (const s of m.sources) {
      expect(sources).toContain(s.title);
      expect(sources).toContain(s.date);
    }
    expect(sources.match(/^ {2}- /gm)).toHaveLength(m.sources.length);
  });

  it("cites sources by author, title and date", () => {
    const out = gs(["explain", "public"]).stdout;
    expect(out).toMatch(
      /Sources:\n {2}- Andrew Langer, "The US-Ukraine Security Guarantees: An Explanation" \(blog essay, 2025-08-18\)\n/,
    );
  });

  it("exits 2 for an unknown criterion and suggests the nearest id", () => {
    for (const [typo, guess] of [
      ["ratifed", "ratified"],
      ["boots-on-ground", "boots-on-the-ground"],
      ["Public", "public"],
      ["no_adversary_veto", "no-adversary-veto"],
    ]) {
      const r = gs(["explain", typo!]);
      expect(r.code, typo).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`unknown criterion "${typo}"; did you mean "${guess}"?`);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it("exits 2 without a suggestion when nothing is close", () => {
    const r = gs(["explain", "zzzzzzzz"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown criterion "zzzzzzzz"');
    expect(r.stderr).not.toContain("did you mean");
    expect(r.stderr).toContain("guarantee-score explain");
  });

  it("exits 2 for an unknown option or too many arguments", () => {
    expect(gs(["explain", "--bogus"]).code).toBe(2);
    expect(gs(["explain", "public", "ratified"]).code).toBe(2);
  });

  it("does not let escape sequences in a wrong id reach the terminal", () => {
    const r = gs(["explain", "rat\x1b]0;pwned\x07ified"]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("\x1b");
    expect(r.stderr).not.toContain("\x07");
  });
});

describe("explain: the research beside a criterion, and its backtest", () => {
  let figures: Figures | null;
  beforeAll(async () => {
    figures = await computeFigures();
  });

  it.each([...rules, ...items].map((r) => [r.meta.id, r.meta] as const))(
    "explain %s: the research with its stance and citation, where it parts from the sources, its AUC",
    (id, m) => {
      const out = gs(["explain", id]).stdout;
      const research = out.slice(out.indexOf("\nResearch (what studies found, beside what the sources argue):\n"));
      expect(research.length, "a research section").toBeGreaterThan(1);
      expect(out.indexOf("\nSources:\n")).toBeLessThan(out.indexOf("\nResearch ("));
      for (const f of m.research)
        expect(research).toContain(`  [${f.stance}] ${f.finding} (${citeStudy(f.citation)})\n`);
      if (!m.research.length) expect(research).toContain("  none in the project's review\n");
      expect(research).toContain(`\nWhere they disagree: ${m.disagreement}\n`);
      const auc = figures?.parts[id];
      if (figures && auc !== undefined)
        expect(research).toMatch(
          new RegExp(
            `\\nBacktest: AUC ${auc.toFixed(2).replace(".", "\\.")} of its (score|share \\(not part of the score\\)) on ${figures.cases} historical guarantees`,
          ),
        );
      else
        expect(research).toContain(
          "\nBacktest: no historical guarantees with a known outcome to compare yet (guarantee-score backtest).\n",
        );
    },
  );
});

describe("explain: the weight and the prior it was fitted from", () => {
  it("says the default weight was fitted to outcomes, and from which reasoned prior", () => {
    for (const r of rules) {
      const out = gs(["explain", r.meta.id, "--no-config"]).stdout;
      expect(out).toContain(
        `Weight: ${r.meta.weight} (${pointsFor(r.meta.weight, defaultTotal)} of 100 points); the default, fitted to the outcomes of the history library and ATOP from a reasoned prior of ${r.meta.prior} (docs/backtest.md)`,
      );
    }
  });
});

describe("explain with a configuration", () => {
  const CONFIG =
    "weights:\n  ratified: 40\ndisable: [public]\nknockout_cap: 10\ntiers:\n  - { min: 50, name: credible }\n  - { min: 0, name: not credible }\n";
  const total = defaultTotal - weightOf("public") - weightOf("ratified") + 40;

  function withConfig(): { root: string; deep: string } {
    const root = tmp();
    const deep = join(root, "x", "y");
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(root, ".guarantee-score.yaml"), CONFIG);
    return { root, deep };
  }

  it("shows the configured weights, renormalised to 100, and disabled criteria as off", () => {
    const { deep } = withConfig();
    const r = gs(["explain"], deep);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Criteria (points out of 100, as set by ${join("..", "..", ".guarantee-score.yaml")}):`);
    const listed = catalogue(r.stdout);
    expect(listed.get("public")).toBe("off");
    expect(listed.get("ratified")).toBe(pointsFor(40, total));
    expect(listed.get("enforceable")).toBe(pointsFor(weightOf("enforceable"), total));
    expect([...listed.keys()]).toHaveLength(rules.length);
    const on = [...listed.values()].filter((v) => v !== "off").map(Number);
    expect(on.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    expect(r.stdout).toContain("A knock-out caps the total at 10.");
    expect(r.stdout).toContain("Tiers: credible from 50, not credible from 0.");
  });

  it("explains one criterion with its configured weight, or says it is disabled", () => {
    const { deep } = withConfig();
    expect(gs(["explain", "ratified"], deep).stdout).toContain(
      `Weight: 40 (${pointsFor(40, total)} of 100 points); the default ${weightOf("ratified")}, fitted`,
    );
    expect(gs(["explain", "public"], deep).stdout).toContain("Weight: disabled by the configuration");
  });

  it("takes --config too, and rejects an invalid one with exit 2 and located errors", () => {
    const dir = tmp();
    writeFileSync(join(dir, "ok.yaml"), "weights:\n  public: 8\n");
    expect(catalogue(gs(["explain", "--config", "ok.yaml"], dir).stdout).get("public")).toBe(
      pointsFor(8, defaultTotal - weightOf("public") + 8),
    );
    writeFileSync(join(dir, "bad.yaml"), "weights:\n  publik: 8\n");
    const r = gs(["explain", "--config", "bad.yaml"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('bad.yaml:2:3  weights.publik: unknown key "publik" (did you mean "public"?)');
  });

  it("never prints text from the configuration raw", () => {
    const dir = tmp();
    writeFileSync(join(dir, ".guarantee-score.yaml"), 'tiers:\n  - { min: 0, name: "all \\e]0;pwned\\a\\e[2J" }\n');
    const r = gs(["explain"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("\x1b");
    expect(r.stdout).not.toContain("\x07");
  });
});
