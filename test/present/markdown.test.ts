// Markdown for a pull-request comment: a row per file, the findings of failed and invalid
// files with line numbers, waiver notes and the summary line; text from a proposal cannot
// break the table, link, embed, mention, inject HTML or restyle the comment.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { markdown as md } from "../../src/present/escape.js";
import { markdown } from "../../src/present/markdown.js";
import { BROKEN, build, CONTROL, EVIL, GATES, hostile, mixed, output } from "./fixtures/report.js";
import { referenceScore } from "../helpers/weights.js";
import {
  fromText,
  HOSTILE_SAID_TEXT,
  PLAIN_TEXT,
  renderScorecards,
  runReport,
  SAID_TEXT,
} from "./scorecard-helpers.js";

const rows = (text: string) => text.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| File "));
/** Cells of a table row, split on unescaped pipes. */
const cells = (row: string) =>
  row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim());

describe("markdown: the report", () => {
  it("has one row per file: file, score, tier, result with the waived count, failed criteria (gates in bold)", async () => {
    const text = await output(markdown, mixed());
    expect(text).toContain(
      "| File | Score | Tier | Rejected\\* | Quadrant | Result | Failed criteria |\n|---|---:|---|---:|---|---|---|\n",
    );
    // The acceptability columns are checked in their own test below.
    expect(
      rows(text)
        .map(cells)
        .map((c) => [...c.slice(0, 3), ...c.slice(5)]),
    ).toEqual([
      [
        "proposals/ukraine-compact-2025.yaml",
        String(await referenceScore("ukraine-compact-2025")),
        "weak terms",
        "✅ passed",
        "boots-on-the-ground, burden-sharing, durable, nato-path, no-adversary-veto, self-defense-capacity",
      ],
      [
        "proposals/west-germany-cold-war.yaml",
        String(await referenceScore("west-germany-cold-war")),
        "strong terms",
        "❌ failed",
        "**monitoring**, self-defense-capacity, tied-to-aid",
      ],
      [
        "proposals/budapest-memorandum-1994.yaml",
        String(await referenceScore("budapest-memorandum-1994")),
        "weak terms",
        "❌ failed",
        "**min-score**, **knockout**, backstop, boots-on-the-ground, burden-sharing, **monitoring**, nato-path, no-adversary-veto, ratified, self-defense-capacity, tied-to-aid",
      ],
      [
        "proposals/bilateral-agreements-2024.yaml",
        String(await referenceScore("bilateral-agreements-2024")),
        "partial terms",
        "✅ passed (1 waived)",
        "backstop, boots-on-the-ground, burden-sharing, monitoring (waived)",
      ],
      ["drafts/broken.yaml", "–", "–", "❌ invalid", "1 problem"],
    ]);
  });

  it("shows each file's rejected estimate and quadrant beside the score, and says what the figure is and is not", async () => {
    const report = mixed();
    const text = await output(markdown, report);
    const expected = report.results.map((r) =>
      r.valid && r.acceptability ? [String(r.acceptability.rejected), r.acceptability.quadrant] : ["–", "–"],
    );
    expect(rows(text).map((c) => cells(c).slice(3, 5))).toEqual(expected);
    expect(expected.map(([, q]) => q)).toEqual(expect.arrayContaining(["hollow", "exposed", "–"]));
    expect(text).toContain(
      "\\* Rejected: how much of the proposal the adversary has publicly rejected (0–100), an estimate of its stated positions",
    );
    expect(text).toContain("not a prediction, and not part of the score");
  });

  it("lists the gate failures and errors of each failed, waived or invalid file with line numbers", async () => {
    const text = await output(markdown, mixed());
    const findings = text.slice(text.indexOf("### Findings"), text.indexOf("### Waivers"));
    expect(findings.match(/^#### .*$/gm)).toEqual([
      "#### proposals/west-germany-cold-war.yaml",
      "#### proposals/budapest-memorandum-1994.yaml",
      "#### proposals/bilateral-agreements-2024.yaml",
      "#### drafts/broken.yaml",
    ]);
    expect(findings).toContain("- **monitoring** (line 2): monitoring fails: monitoring not stated");
    expect(findings).toContain("- **min-score** (line 1): scores 25, below the minimum of 30");
    // The knock-out points at Budapest's decision rule, wherever the file puts it.
    const decisionLine =
      readFileSync("proposals/budapest-memorandum-1994.yaml", "utf8")
        .split("\n")
        .findIndex((l) => l.startsWith("  decision:")) + 1;
    expect(findings).toMatch(
      new RegExp(`- \\*\\*knockout\\*\\* \\(line ${decisionLine}\\): knock-out: .*\\(waiver expired on 2020-01-01\\)`),
    );
    expect(findings).toContain(
      "- *waived* **monitoring** (line 2): vote scheduled, owner policy-team, until 2099-01-01",
    );
    expect(findings).toContain(
      '- line 5, column 13 guarantors\\[0\\].stance: expected one of aligned, neutral, adversary; found "ally"',
    );
  });

  it("notes expired and unused waivers, then ends with the one-line summary", async () => {
    const text = await output(markdown, mixed());
    const waivers = text.slice(text.indexOf("### Waivers"));
    expect(waivers).toContain(
      "- Expired waiver for **knockout** on proposals/budapest-\\*.yaml (owner alice, ended 2020-01-01)",
    );
    expect(waivers).toContain(
      "- Unused waiver for **monitoring** on drafts/none/\\*.yaml (owner bob, matched nothing)",
    );
    expect(waivers).not.toContain("vote scheduled"); // applied: nothing to note
    expect(text.trimEnd().split("\n").at(-1)).toBe("**5 files: 2 passed, 2 failed, 1 invalid, 1 waived**");
  });

  it("leaves out empty sections", async () => {
    const text = await output(markdown, build([BROKEN], GATES));
    expect(text).toContain("### Findings");
    expect(text).not.toContain("### Waivers");
    expect(text.trimEnd().split("\n").at(-1)).toBe("**1 file: 0 passed, 0 failed, 1 invalid**");
  });
});

describe("markdown: hostile text", () => {
  it("escapes each construct: pipes, links, images, autolinks, HTML, emphasis, code, mentions, entities", () => {
    expect(md("a | b")).toBe("a \\| b");
    expect(md("[x](http://evil)")).toBe("\\[x\\](http\\[:\\]//evil)");
    expect(md("![i](y)")).toBe("\\!\\[i\\](y)");
    expect(md("<http://evil>")).toBe("&lt;http\\[:\\]//evil>");
    expect(md("www.evil.example")).toBe("www\\[.\\]evil.example");
    expect(md("<script>alert(1)</script>")).toBe("&lt;script>alert(1)&lt;/script>");
    expect(md("*em* _u_ `code` ~~s~~ \\")).toBe("\\*em\\* \\_u\\_ \\`code\\` \\~\\~s\\~\\~ \\\\");
    expect(md("@octocat #12 a@b")).toBe("@&#8203;octocat #&#8203;12 a@&#8203;b");
    expect(md("&amp; &#60;")).toBe("&amp;amp; &amp;#&#8203;60;");
    expect(md("one\ntwo\r\nthree\x1b[31m")).toBe("one two three");
  });

  it("a hostile report: no control character, HTML, link, image, URL, mention or extra heading; every row keeps its seven cells", async () => {
    const text = await output(markdown, hostile());
    expect(text).toContain("ratified"); // the hostile guarantor names did arrive, in the ratified findings
    expect(text).not.toMatch(CONTROL);
    expect(text).not.toMatch(/<(?!!--)/); // no tag at all: every < is &lt;
    expect(text).not.toMatch(/&(?!amp;|lt;|#8203;)/); // every & starts one of our entities
    expect(text).not.toMatch(/(?<!\\)\]\(/); // no link or image: every ] is escaped
    expect(text).not.toMatch(/(?<!\\)!(?<!\\)\[/);
    expect(text).not.toMatch(/(?<!\\)`/);
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toMatch(/@[\w-]/);
    for (const row of rows(text)) expect(cells(row), row).toHaveLength(7);
    expect(rows(text)).toHaveLength(3);
    const headings = text.split("\n").filter((l) => /^\s{0,3}#/.test(l));
    // a file name a line cannot show exactly is written as a JSON string: "drafts/…\n…"
    expect(headings.every((h) => /^(## guarantee-score|### Findings|### Waivers|#### "?drafts\/.*)$/.test(h))).toBe(
      true,
    );
    // each line we write starts with one of our prefixes: a proposal cannot start a line
    for (const line of text.split("\n")) expect(line).toMatch(/^(|## |### |#### |\| |- |In bold|\*\*\d+ files?:)/);
  });

  it("keeps the words: the escaped text still reads as the proposal wrote it", () => {
    const plain = md(EVIL)
      .replace(/&#8203;/g, "")
      .replace(/\\\[:\\\]/g, ":")
      .replace(/\\\[\.\\\]/g, ".")
      .replace(/\\(.)/g, "$1")
      .replace(/&lt;/g, "<")
      .replace(/&amp;/g, "&");
    expect(plain).toContain('| ## [x](http://evil) <script>alert(1)</script> & "quotes" ]]> %0A ::');
  });
});

describe("markdown: what the file says of itself", () => {
  const scorecards = (text: string) => renderScorecards(markdown, runReport([fromText("drafts/said.yaml", text)]));

  it("with scorecards (score), gives the summary and the sources under the table; only http(s) URLs link", async () => {
    const out = await scorecards(SAID_TEXT);
    expect(out).toContain(
      [
        "### Summaries and sources (from the files)",
        "",
        "#### drafts/said.yaml",
        "",
        "**Summary (from the file):** Known: the United Kingdom ratified a treaty. Assumed: it is public.",
        "",
        "**Sources cited by the file:**",
        "",
        "- Jane Doe, [The treaty text](https://example.org/treaty?a=1&amp;b=2) (example.org), 2025-03-01",
        "- [A commentary](http://example.org/c) (example.org)",
        '- "A bare note"',
        "",
      ].join("\n"),
    );
    expect(out.indexOf("### Summaries")).toBeGreaterThan(out.indexOf("| drafts/said.yaml |"));
  });

  it("says when the file records the arrangement as lapsed or violated, and nothing for another stage", async () => {
    const out = await scorecards(`${SAID_TEXT}stage: violated\n`);
    expect(out).toContain(
      "#### drafts/said.yaml\n\nStage: violated (the file records that it was broken); scored on its terms\n\n**Summary",
    );
    expect(await scorecards(`${PLAIN_TEXT}stage: lapsed\n`)).toContain(
      "#### drafts/said.yaml\n\nStage: lapsed (the file records that it is no longer in force); scored on its terms\n",
    );
    expect(await scorecards(`${PLAIN_TEXT}stage: signed\n`)).not.toContain("Stage:");
  });

  it("says nothing more for a file with neither (or a summary of escape sequences only), nor in check's summary", async () => {
    expect(await scorecards(PLAIN_TEXT)).not.toContain("from the file");
    expect(await scorecards(`${PLAIN_TEXT}summary: "\\e[2J"\n`)).not.toContain("### Summaries");
    const checked = await output(markdown, runReport([fromText("drafts/said.yaml", SAID_TEXT)]));
    expect(checked).not.toContain("from the file");
    expect(checked).not.toContain("Sources cited");
  });

  it("makes hostile text inert: no HTML, no live link but an https one whose destination cannot be broken out of", async () => {
    const out = await scorecards(HOSTILE_SAID_TEXT);
    const said = out.slice(out.indexOf("### Summaries"));
    expect(said).not.toMatch(CONTROL);
    expect(said).not.toContain("\x1b");
    expect(said).not.toContain("<script");
    expect(said).not.toContain("<img");
    expect(said).not.toContain("END");
    expect(said).toContain("…");
    // Every unescaped "](" opens a link: there is one, to the https URL, whole and percent-encoded.
    const links = [...said.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map((m) => m[1]);
    expect(links).toEqual(["https://ok.example/x%29%5By%5D%28javascript:alert%281%29%29"]);
    // The javascript: and data: URLs are shown as text.
    expect(said).toContain('\\[t\\](javascript:alert(1))", javascript:alert(1)\n');
    expect(said).toMatch(/"Data", data:text\/html,&lt;script>/);
    // Summaries are cut: one line, within the length plus its label and escapes.
    const summary = said.split("\n").find((l) => l.startsWith("**Summary"))!;
    expect(summary.length).toBeLessThan(600);
  });
});
