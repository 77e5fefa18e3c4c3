// The JSON format: the documented shape, picked field by field, parseable as a whole,
// with 1-based positions and no colour whatever paint it is handed.
import { describe, expect, it } from "vitest";
import { rules } from "../../src/model/rules/index.js";
import { json } from "../../src/present/json.js";
import type { ReportOut } from "../../src/present/json-schema.js";
import { makePaint } from "../../src/present/text.js";
import {
  fromText,
  HOSTILE_LINK,
  HOSTILE_SAID_TEXT,
  INVALID_TEXT,
  PLAIN_TEXT,
  renderScorecards,
  runReport,
  SAID_TEXT,
  scored,
  VETO_TEXT,
} from "./scorecard-helpers.js";

// The published contract of --format json (json-schema.ts).
type ResultOut = ReportOut["results"][number];

async function parsed(
  results: Parameters<typeof runReport>[0],
  config?: Parameters<typeof runReport>[1],
  color = false,
) {
  const text = await renderScorecards(json, runReport(results, config), color ? await makePaint(true) : undefined);
  return { text, doc: JSON.parse(text) as { tool: unknown; config: unknown; results: ResultOut[] } };
}

describe("the JSON report", () => {
  it("has the tool, the configuration and one result per file, in order", async () => {
    const { doc } = await parsed([
      fromText("i.yaml", INVALID_TEXT),
      fromText("p.yaml", PLAIN_TEXT),
      fromText("v.yaml", VETO_TEXT),
    ]);
    expect(doc.tool).toEqual({ name: "guarantee-score", version: "9.9.9-test" });
    expect(doc.config).toEqual({ file: null, changes: [] });
    expect(doc.results.map((r) => [r.file, r.valid])).toEqual([
      ["i.yaml", false],
      ["p.yaml", true],
      ["v.yaml", true],
    ]);
  });

  it("gives a scored file its id, title, score, tier and every criterion with a located, 1-based result", async () => {
    const { doc } = await parsed([fromText("drafts/p.yaml", PLAIN_TEXT)]);
    const r = doc.results[0]!;
    expect(r).toMatchObject({
      file: "drafts/p.yaml",
      id: "p",
      title: "Plain draft",
      valid: true,
      knockout: null,
      errors: [],
    });
    expect(Number.isInteger(r.score)).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
    expect(r.criteria).toHaveLength(rules.length);
    for (const c of r.criteria) {
      expect(["pass", "partial", "fail"]).toContain(c.status);
      expect(typeof c.message).toBe("string");
      expect(typeof c.path).toBe("string");
      expect(c.points).toBeLessThanOrEqual(c.max);
      expect(c.line).toBeGreaterThanOrEqual(1);
      expect(c.column).toBeGreaterThanOrEqual(1);
    }
    // `publicity: public` is line 7; its value starts at column 12
    expect(r.criteria.find((c) => c.id === "public")).toMatchObject({
      status: "pass",
      points: 2,
      max: 2,
      message: "publicity: public, its terms published",
      path: "publicity",
      line: 7,
      column: 12,
    });
    // every guarantor ratified: the result is about the list, which starts at 4:3
    expect(r.criteria.find((c) => c.id === "ratified")).toMatchObject({
      status: "pass",
      points: 4,
      max: 4,
      path: "guarantors",
      line: 4,
      column: 3,
    });
  });

  it("has points that add up to the total within rounding when nothing knocks out", async () => {
    const { doc } = await parsed([fromText("p.yaml", PLAIN_TEXT), scored()]);
    for (const r of doc.results) {
      const sum = r.criteria.reduce((n, c) => n + c.points, 0);
      expect(Math.abs(sum - r.score!), r.file).toBeLessThanOrEqual(0.5 + 0.05 * r.criteria.length);
      expect(Math.abs(r.criteria.reduce((n, c) => n + c.max, 0) - 100)).toBeLessThanOrEqual(0.05 * r.criteria.length);
    }
  });

  it("records the knock-out: the capped score, the cap and the uncapped total", async () => {
    const { doc } = await parsed([fromText("v.yaml", VETO_TEXT)]);
    const r = doc.results[0]!;
    expect(r.knockout).toMatchObject({ rule: "no-adversary-veto", cap: 25 });
    expect(r.knockout!.reason).toContain("Russia is both a guarantor");
    expect(r.score).toBe(25);
    expect(r.tier).toBe("weak terms");
    const sum = r.criteria.reduce((n, c) => n + c.points, 0);
    expect(Math.abs(sum - r.knockout!.uncapped)).toBeLessThanOrEqual(0.5 + 0.05 * r.criteria.length);
    expect(r.knockout!.uncapped).toBeGreaterThan(25);
  });

  it("lists an invalid file with valid: false, no score, and every error located", async () => {
    const { doc } = await parsed([fromText("i.yaml", INVALID_TEXT)]);
    const r = doc.results[0]!;
    expect(r).toMatchObject({
      file: "i.yaml",
      valid: false,
      id: null,
      title: null,
      score: null,
      tier: null,
      knockout: null,
      criteria: [],
    });
    expect(r.errors).toEqual([
      expect.objectContaining({
        path: "guarantors[0].stance",
        line: 5,
        column: 13,
        message: 'expected one of aligned, neutral, adversary; found "ally"',
      }),
      expect.objectContaining({
        path: "publicty",
        line: 6,
        column: 1,
        message: 'unknown key "publicty"',
        hint: 'did you mean "publicity"?',
      }),
    ]);
  });

  it("says which configuration was used and how it differs", async () => {
    const { doc } = await parsed([scored()], { file: "/p/c.yaml", changes: ["knock-out cap 25 → 10"] });
    expect(doc.config).toEqual({ file: "/p/c.yaml", changes: ["knock-out cap 25 → 10"] });
  });

  it("keeps hand-built values exactly", async () => {
    const { doc } = await parsed([scored()]);
    expect(doc.results[0]).toMatchObject({ file: "drafts/hand.yaml", id: "hand", score: 63, tier: "strong terms" });
    expect(doc.results[0]!.criteria.map((c) => [c.id, c.status, c.points, c.max, c.path, c.line, c.column])).toEqual([
      ["small", "partial", 12.5, 25, "publicity", 1, 1],
      ["big", "pass", 50, 50, "commitment.obligation", 9, 15],
      ["mid", "fail", 0, 25, "troops", 1, 1],
    ]);
  });

  it("has no escape codes even when handed a colour paint, and keeps a title's text as data", async () => {
    const title = "Evil \x1b[31mred\x1b[0m \x1b]0;title\x07 end";
    const { text, doc } = await parsed([scored({ title }), fromText("i.yaml", INVALID_TEXT)], undefined, true);
    expect(text).not.toContain("\x1b");
    expect(text).not.toContain("\x07");
    expect(doc.results[0]!.title).toBe(title);
  });

  it("is one JSON document even with no results", async () => {
    const { doc } = await parsed([]);
    expect(doc.results).toEqual([]);
  });
});

describe("what the file says of itself, in JSON", () => {
  it("gives the summary whole and the sources as written, absent pieces null", async () => {
    const { doc } = await parsed([fromText("s.yaml", SAID_TEXT)]);
    const r = doc.results[0]!;
    expect(r.summary).toBe("Known: the United Kingdom ratified a treaty. Assumed: it is public.");
    expect(r.sources).toEqual([
      { title: "The treaty text", author: "Jane Doe", date: "2025-03-01", url: "https://example.org/treaty?a=1&b=2" },
      { title: "A commentary", author: null, date: null, url: "http://example.org/c" },
      { title: "A bare note", author: null, date: null, url: null },
    ]);
  });

  it("writes null and an empty list for a file with neither, and for an invalid file", async () => {
    const { doc } = await parsed([fromText("p.yaml", PLAIN_TEXT), fromText("i.yaml", INVALID_TEXT)]);
    for (const r of doc.results) expect([r.summary, r.sources]).toEqual([null, []]);
  });

  it("keeps hostile text whole as data, and its bytes inert", async () => {
    const { text, doc } = await parsed([fromText("h.yaml", HOSTILE_SAID_TEXT)]);
    const r = doc.results[0]!;
    expect(r.summary).toContain("\x1b[2J");
    expect(r.summary).toContain("END");
    expect(r.sources.map((s) => s.url)).toEqual([
      "javascript:alert(1)",
      HOSTILE_LINK,
      "data:text/html,<script>alert(1)</script>",
      "https://ok.example/a b",
    ]);
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
  });
});
