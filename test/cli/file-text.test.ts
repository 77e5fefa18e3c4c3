// End to end through the built binary: what a proposal says of itself (its summary and the
// sources it cites) on the scorecard in every format that has one, labelled as the file's,
// nothing for a file without, and hostile text inert and cut.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../helpers/run.js";
import { HOSTILE_LINK, HOSTILE_SAID_TEXT, PLAIN_TEXT, SAID_TEXT } from "../present/scorecard-helpers.js";

let dir: string;
const at = (args: string[], columns = "80") => run(args, { cwd: dir, env: { COLUMNS: columns } });
// C0 and C1 controls but tab and line feed, DEL, and the bidirectional overrides.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const ENCODED = "https://ok.example/x%29%5By%5D%28javascript:alert%281%29%29";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gs-said-"));
  writeFileSync(join(dir, "said.yaml"), SAID_TEXT);
  writeFileSync(join(dir, "plain.yaml"), PLAIN_TEXT);
  writeFileSync(join(dir, "hostile.yaml"), HOSTILE_SAID_TEXT);
});

describe("the table scorecard", () => {
  it("shows the summary and the sources above the table, labelled as the file's, within 80 columns", () => {
    const r = at(["said.yaml"]);
    expect(r.code).toBe(0);
    const head = r.stdout.slice(0, r.stdout.indexOf("┌"));
    expect(head).toContain("Summary (from the file): Known: the United Kingdom ratified a treaty.");
    expect(head).toContain(
      'Sources cited by the file:\n  - Jane Doe, "The treaty text", 2025-03-01 https://example.org/treaty?a=1&b=2\n',
    );
    for (const line of r.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("shows nothing more for a file with neither", () => {
    const r = at(["plain.yaml"]);
    expect(r.stdout).toMatch(/^plain\.yaml\nTitle: Plain draft\n┌/);
    expect(r.stdout).not.toContain("from the file");
  });

  it("makes hostile text inert and cuts a long summary", () => {
    const r = at(["hostile.yaml"], "120");
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("\x1b");
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).not.toContain("END");
    expect(r.stdout).toContain("…");
    for (const line of r.stdout.split("\n")) expect(line).not.toMatch(/^\s*::/);
    expect(r.stdout).toContain("  and 1 more (--format json lists them all)");
  });

  it("is not in check's summary table, which has one row per file", () => {
    const r = at(["check", "said.yaml", "plain.yaml"]);
    expect(r.stdout).not.toContain("from the file");
    expect(r.stdout).not.toContain("Sources cited");
  });
});

describe("--format json", () => {
  it("carries the summary whole and the sources as written; null and [] for a file with neither", () => {
    const r = at(["score", "said.yaml", "plain.yaml", "hostile.yaml", "-f", "json"]);
    expect(r.stdout).not.toMatch(CONTROL);
    const doc = JSON.parse(r.stdout) as {
      results: { file: string; summary: string | null; sources: { url: string | null }[] }[];
    };
    const [hostile, plain, said] = doc.results;
    expect(said!.summary).toBe("Known: the United Kingdom ratified a treaty. Assumed: it is public.");
    expect(said!.sources).toHaveLength(3);
    expect(plain).toMatchObject({ summary: null, sources: [] });
    expect(hostile!.summary).toContain("END");
    expect(hostile!.sources.map((s) => s.url)).toContain(HOSTILE_LINK);
  });
});

describe("--format markdown", () => {
  it("gives score's files a section with the summary and the sources; check's summary has none", () => {
    const r = at(["score", "said.yaml", "plain.yaml", "-f", "markdown"]);
    expect(r.stdout).toContain(
      "### Summaries and sources (from the files)\n\n#### said.yaml\n\n**Summary (from the file):**",
    );
    expect(r.stdout).toContain(
      "- Jane Doe, [The treaty text](https://example.org/treaty?a=1&amp;b=2) (example.org), 2025-03-01",
    );
    expect(r.stdout).not.toContain("#### plain.yaml");
    expect(at(["check", "said.yaml", "-f", "markdown"]).stdout).not.toContain("from the file");
  });

  it("makes hostile text inert: the only link is to the https URL, which cannot be broken out of", () => {
    const out = at(["score", "hostile.yaml", "-f", "markdown"]).stdout;
    expect(out).not.toMatch(CONTROL);
    expect(out).not.toContain("<script");
    expect(out).not.toContain("END");
    expect([...out.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map((m) => m[1])).toEqual([ENCODED]);
  });
});

describe("the HTML page", () => {
  for (const args of [
    ["report", "said.yaml", "plain.yaml", "hostile.yaml", "--format", "html"],
    ["score", "said.yaml", "plain.yaml", "hostile.yaml", "-f", "html"],
  ])
    it(`shows them in the scorecards, links only to http(s) URLs (${args[0]})`, () => {
      const html = at(args).stdout;
      const cards = html.split('<article class="scorecard"').slice(1);
      expect(cards).toHaveLength(3);
      const [hostile, plain, said] = cards as [string, string, string];
      expect(said).toContain("<strong>Summary (from the file):</strong> Known: the United Kingdom ratified a treaty.");
      expect(said).toContain('<a href="https://example.org/treaty?a=1&amp;b=2" rel="nofollow noopener noreferrer">');
      expect(plain).not.toContain('class="said"');
      expect(hostile).not.toMatch(CONTROL);
      expect(hostile).not.toContain("<script");
      expect(hostile).not.toContain("END");
      expect([...hostile.matchAll(/\bhref="([^"]*)"/g)].map((m) => m[1])).toEqual([ENCODED]);
      expect(hostile).toContain('<span class="url">javascript:alert(1)</span>');
    });
});
