// The table format's scorecards, uncoloured unless a test paints on purpose: exact
// fragments of hand-built and real results, never whole snapshots.
import { describe, expect, it } from "vitest";
import { render } from "../../src/present/sink.js";
import { makePaint, NO_PAINT } from "../../src/present/text.js";
import { capEffect, table } from "../../src/present/table.js";
import {
  fromText,
  HOSTILE_SAID_TEXT,
  INVALID_TEXT,
  PLAIN_TEXT,
  renderScorecards,
  runReport,
  SAID_TEXT,
  scored,
  VETO_TEXT,
} from "./scorecard-helpers.js";

const ESC = "\x1b";
const row = (...cells: string[]) =>
  new RegExp(`│ ${cells.map((c) => `${c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\s*`).join("│ ")}│`);

describe("a scorecard", () => {
  it("names the file and the title, then one row per criterion: id, status, points/max, reason, sources", async () => {
    const out = await renderScorecards(table, runReport([scored()]));
    expect(out.startsWith("drafts/hand.yaml\nTitle: A hand-built draft\n┌")).toBe(true);
    expect(out).toMatch(row("Criterion", "Status", "Points", "Reason", "Sources"));
    expect(out).toMatch(row("big", "pass", "50/50", "obligation defend", "Doe 2025"));
    expect(out).toMatch(row("small", "partial", "12.5/25", "publicity partly-secret", "Doe 2025"));
    expect(out).toMatch(row("mid", "fail", "0/25", "troops not stated", "Doe 2025"));
    expect(out).toContain("\nTotal 63/100: strong terms\n");
    expect(out).not.toContain(ESC);
  });

  it("orders rows by what is at stake: the largest maximum first, ties by id", async () => {
    const out = await renderScorecards(table, runReport([scored()]));
    const at = (id: string) => out.search(new RegExp(`│ ${id}\\s`));
    expect(at("big")).toBeLessThan(at("mid"));
    expect(at("mid")).toBeLessThan(at("small"));
  });

  it("draws the total after the table", async () => {
    const out = await renderScorecards(table, runReport([scored()]));
    expect(out.indexOf("Total 63/100")).toBeGreaterThan(out.lastIndexOf("┘"));
  });

  it("cites a criterion's sources by their short names", async () => {
    const out = await renderScorecards(table, runReport([fromText("p.yaml", PLAIN_TEXT)]));
    expect(out).toMatch(row("public", "pass", "2/2", "publicity: public, its terms published", "Langer 2025"));
    expect(out).toMatch(row("ratified", "pass", "4/4", "1 of 1 guarantor ratified (100% weighted by"));
    expect(out).toMatch(/│ nato-path\s+│ fail\s+│ 0\/2\s+│ nato not stated\s+│ Pifer 2025,/);
  });

  it("with the real engine prints the same total and tier as the result", async () => {
    const r = fromText("p.yaml", PLAIN_TEXT);
    if (!r.valid) throw new Error("fixture invalid");
    const out = await renderScorecards(table, runReport([r]));
    expect(out).toContain(`Total ${r.score}/100: ${r.tier}\n`);
    for (const c of r.criteria)
      expect(out).toMatch(new RegExp(`│ ${c.id}\\s+│ ${c.status}\\s+│ ${c.points}/${c.max}\\s`));
  });
});

describe("the knock-out", () => {
  it("is said first, before the table, with the cap and the total it would have had", async () => {
    const r = fromText("v.yaml", VETO_TEXT);
    if (!r.valid || !r.knockout) throw new Error("fixture should be knocked out");
    const out = await renderScorecards(table, runReport([r]));
    const ko = out.indexOf("Knock-out (no-adversary-veto): Russia is both a guarantor");
    expect(ko).toBeGreaterThan(out.indexOf("Consensus with the adversary"));
    expect(ko).toBeLessThan(out.indexOf("┌"));
    expect(out).toContain(`The total is capped at 25 (it would be ${r.knockout.uncapped}).`);
    expect(out).toContain("Total 25/100: weak terms");
  });

  it("says when the total was under the cap already", async () => {
    const k = { rule: "no-adversary-veto", reason: "vetoed", cap: 25, uncapped: 12 };
    const out = await renderScorecards(table, runReport([scored({ score: 12, tier: "paper assurance", knockout: k })]));
    expect(out).toContain(
      "Knock-out (no-adversary-veto): vetoed. The total is capped at 25; at 12 it is below the cap already.\n┌",
    );
    expect(capEffect({ ...k, uncapped: 40 })).toBe("The total is capped at 25 (it would be 40).");
  });

  it("is absent when nothing knocks out", async () => {
    expect(await renderScorecards(table, runReport([scored()]))).not.toContain("Knock-out");
  });
});

describe("invalid files and several files", () => {
  it("lists an invalid file's located problems and scores the others", async () => {
    const out = await renderScorecards(
      table,
      runReport([fromText("i.yaml", INVALID_TEXT), fromText("p.yaml", PLAIN_TEXT)]),
    );
    expect(out).toContain("i.yaml: invalid, 2 problems; not scored\n");
    expect(out).toContain(
      '  i.yaml:5:13  guarantors[0].stance: expected one of aligned, neutral, adversary; found "ally"\n',
    );
    expect(out).toContain('  i.yaml:6:1  publicty: unknown key "publicty" (did you mean "publicity"?)\n');
    expect(out).toContain("p.yaml\nTitle: Plain draft\n┌");
    expect(out).toMatch(/Total \d+\/100: /);
    expect(out).toContain("2 files: 1 scored, 1 invalid"); // pass and fail are check's
  });

  it("prints no summary line for a single file", async () => {
    expect(await renderScorecards(table, runReport([scored()]))).not.toMatch(/\d+ files?:/);
  });
});

describe("the configuration line", () => {
  it("appears when a configuration file was used, with its changes", async () => {
    const out = await renderScorecards(
      table,
      runReport([scored()], {
        file: "/p/.guarantee-score.yaml",
        changes: ["weight of ratified 10 → 40", "disabled: public"],
      }),
    );
    expect(out).toContain("Configuration: /p/.guarantee-score.yaml (weight of ratified 10 → 40; disabled: public)\n");
    expect(out.indexOf("Configuration:")).toBeGreaterThan(out.indexOf("Total 63/100"));
  });

  it("names the file even when it changes nothing, and is absent for the defaults", async () => {
    expect(await renderScorecards(table, runReport([scored()], { file: "/p/c.yaml", changes: [] }))).toContain(
      "Configuration: /p/c.yaml\n",
    );
    expect(await renderScorecards(table, runReport([scored()]))).not.toContain("Configuration:");
  });
});

describe("the backtest line", () => {
  const note = { auc: 0.6249, cases: 53, sameSettings: true };

  it("ends the scorecards with the score's AUC on the history library and where to see more", async () => {
    const out = await renderScorecards(table, { ...runReport([scored()]), backtest: note });
    expect(out.endsWith("backtest: AUC 0.62 on 53 historical guarantees; run guarantee-score backtest\n")).toBe(true);
    expect(out.indexOf("backtest: AUC")).toBeGreaterThan(out.indexOf("Total 63/100"));
  });

  it("says the figure is the default settings' when this run's settings differ", async () => {
    const out = await renderScorecards(table, {
      ...runReport([scored()], { file: "/p/c.yaml", changes: ["weight of ratified 10 → 40"] }),
      backtest: { ...note, sameSettings: false },
    });
    // The backtest line is wider than the 120 columns: its last word wraps, indented.
    expect(out).toContain(
      "Configuration: /p/c.yaml (weight of ratified 10 → 40)\nbacktest: AUC 0.62 on 53 historical guarantees with the default settings; run guarantee-score backtest for these\n  settings\n",
    );
  });

  it("is absent without a figure, and when no file was scored", async () => {
    expect(await renderScorecards(table, runReport([scored()]))).not.toContain("backtest:");
    expect(
      await renderScorecards(table, { ...runReport([fromText("i.yaml", INVALID_TEXT)]), backtest: note }),
    ).not.toContain("backtest:");
  });
});

describe("colour", () => {
  it("paints the status only when a paint is passed in", async () => {
    const out = await renderScorecards(table, runReport([scored()]), await makePaint(true));
    expect(out).toContain(`${ESC}[32mpass${ESC}[39m`);
    expect(out).toContain(`${ESC}[33mpartial${ESC}[39m`);
    expect(out).toContain(`${ESC}[31mfail${ESC}[39m`);
    expect(out).toContain(`Total ${ESC}[1m63/100${ESC}[22m: strong terms`);
  });
});

describe("text from a user's file", () => {
  const NASTY = `Evil ${ESC}[31mred${ESC}[0m ${ESC}]0;title\x07 end`;

  it("never reaches the table raw: a title with colour and window-title sequences is shown inert", async () => {
    const text = PLAIN_TEXT.replace("title: Plain draft", `title: "Evil \\e[31mred\\e[0m \\e]0;title\\a end"`);
    const r = fromText("e.yaml", text);
    if (!r.valid) throw new Error(`fixture invalid: ${JSON.stringify(r.errors)}`);
    expect(r.title).toBe(NASTY); // the YAML escapes did produce the raw sequences
    const out = await renderScorecards(table, runReport([r]));
    expect(out).not.toContain(ESC);
    expect(out).not.toContain("\x07");
    expect(out).toContain("\nTitle: Evil red  end\n");
  });

  it("is cleaned in every cell and line that comes from a proposal, even with colour on", async () => {
    const k = { rule: "no-adversary-veto", reason: `veto by ${ESC}[2JRussia`, cap: 25, uncapped: 60 };
    const r = scored({
      file: `drafts/${ESC}]0;x\x07f.yaml`,
      title: NASTY,
      knockout: k,
      score: 25,
      tier: "weak terms",
    });
    r.criteria[0] = { ...r.criteria[0]!, message: `named ${ESC}[31mUK${ESC}[0m` };
    for (const paint of [undefined, await makePaint(true)]) {
      const out = await renderScorecards(table, runReport([r]), paint);
      expect(out).not.toContain(`${ESC}]`);
      expect(out).not.toContain("\x07");
      expect(out).not.toContain(`${ESC}[2J`);
      expect(out).not.toContain(`${ESC}[31mred`);
      expect(out).not.toContain(`${ESC}[31mUK`);
      expect(out).toContain("named UK");
      expect(out).toContain("veto by Russia");
      expect(out).toContain("Evil red  end");
    }
  });

  it("from the configuration (tier names) is cleaned too", async () => {
    const out = await renderScorecards(table, runReport([scored({ tier: `good ${ESC}]0;pwned\x07${ESC}[2J` })]));
    expect(out).not.toContain(ESC);
    expect(out).not.toContain("\x07");
  });
});

describe("what the file says of itself, on the scorecard", () => {
  const at80 = (text: string) =>
    render(table, runReport([fromText("drafts/said.yaml", text)]), {
      paint: NO_PAINT,
      width: 80,
      detail: "scorecards",
    });

  it("shows the summary on its lines and the sources, one line each, labelled as the file's, above the table", async () => {
    const out = await at80(SAID_TEXT);
    const head = out.slice(0, out.indexOf("┌"));
    expect(head).toBe(
      [
        "drafts/said.yaml",
        "Title: Plain draft",
        "Summary (from the file): Known: the United Kingdom ratified a treaty. Assumed:",
        "  it is public.",
        "Sources cited by the file:",
        '  - Jane Doe, "The treaty text", 2025-03-01 https://example.org/treaty?a=1&b=2',
        '  - "A commentary" http://example.org/c',
        '  - "A bare note"',
        "",
      ].join("\n"),
    );
  });

  it("lists three sources and counts the rest", async () => {
    const more = SAID_TEXT.replace("sources:\n", "sources:\n  - { title: One }\n  - { title: Two }\n");
    const out = await at80(more);
    expect(out).toContain('  - "One"\n  - "Two"\n  - Jane Doe, "The treaty text"');
    expect(out).toContain("  and 2 more (--format json lists them all)\n");
    expect(out).not.toContain("A bare note");
  });

  it("shows nothing more for a file with neither", async () => {
    const out = await at80(PLAIN_TEXT);
    expect(out.startsWith("drafts/said.yaml\nTitle: Plain draft\n┌")).toBe(true);
    expect(out).not.toContain("from the file");
    expect(out).not.toContain("Sources cited");
  });

  it("shows no label for a summary that is escape sequences only", async () => {
    const out = await at80(`${PLAIN_TEXT}summary: "\\e[2J\\e[31m"\n`);
    expect(out).not.toContain("from the file");
  });

  it("makes hostile text inert, cuts a long summary and fits 80 columns", async () => {
    const out = await at80(HOSTILE_SAID_TEXT);
    const head = out.slice(0, out.indexOf("┌"));
    expect(head).not.toContain(ESC);
    expect(head).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
    expect(head).not.toContain("END");
    const summary = head.slice(head.indexOf("Summary"), head.indexOf("Sources cited"));
    expect(Array.from(summary.replace(/\n {2}/g, " ").trim()).length).toBeLessThanOrEqual(
      "Summary (from the file): ".length + 300,
    );
    expect(summary).toContain("…");
    for (const line of head.split("\n")) {
      expect(line.length).toBeLessThanOrEqual(80);
      // No line begins with text from the file, even after spaces: GitHub's runner reads ::commands.
      expect(line).not.toMatch(/^\s*::/);
    }
    expect(head).toContain("javascript:alert(1)"); // as text: a terminal makes no link of it
  });
});
