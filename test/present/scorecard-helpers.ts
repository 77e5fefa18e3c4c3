// Small builders for the table and JSON tests: results hand-built or made by the real
// engine from short proposal texts, wrapped in a RunReport as the score command makes it.
import { defaultConfig } from "../../src/engine/config.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { Gatekeeper } from "../../src/engine/gates.js";
import type { CriterionResult, FileResult, ScoredFile } from "../../src/engine/result.js";
import { render, type Formatter } from "../../src/present/sink.js";
import { NO_PAINT, type Paint } from "../../src/present/text.js";
import { ruleDescriptors } from "../../src/run/head.js";
import type { FileReport, RunReport } from "../../src/run/result.js";
import { rules } from "../../src/model/rules/index.js";
import { loadText } from "../../src/schema/load.js";

export const SOURCE = {
  author: "Jane Doe",
  title: "On guarantees",
  publication: "A journal",
  date: "2025-01-01",
  short: "Doe 2025",
};

export function criterion(over: Partial<CriterionResult> & { id: string }): CriterionResult {
  return {
    title: `Title of ${over.id}`,
    status: "pass",
    score: 1,
    points: 10,
    max: 10,
    message: `${over.id} message`,
    path: over.id,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    sources: [SOURCE],
    ...over,
  };
}

export function scored(over: Partial<ScoredFile> = {}): ScoredFile {
  return {
    file: "drafts/hand.yaml",
    id: "hand",
    title: "A hand-built draft",
    valid: true,
    score: 63,
    tier: "strong terms",
    knockout: null,
    criteria: [
      criterion({
        id: "small",
        status: "partial",
        score: 0.5,
        points: 12.5,
        max: 25,
        message: "publicity partly-secret",
        path: "publicity",
      }),
      criterion({
        id: "big",
        status: "pass",
        score: 1,
        points: 50,
        max: 50,
        message: "obligation defend",
        path: "commitment.obligation",
        line: 9,
        column: 15,
      }),
      criterion({
        id: "mid",
        status: "fail",
        score: 0,
        points: 0,
        max: 25,
        message: "troops not stated",
        path: "troops",
      }),
    ],
    errors: [],
    ...over,
  };
}

/** A file scored by the real engine with the default settings (or its errors). */
export function fromText(file: string, text: string): FileResult {
  const l = loadText(text, file);
  return l.ok ? evaluate(l, rules, defaultConfig(rules)) : { file, valid: false, errors: l.diagnostics };
}

export function runReport(results: FileResult[], config: RunReport["config"] = { file: null, changes: [] }): RunReport {
  const keeper = new Gatekeeper({ failOn: [] }, [], "2026-01-01");
  const checked = results.map((r): FileReport => ({ ...r, gate: keeper.check(r) }));
  const invalid = checked.filter((r) => !r.valid).length;
  return {
    tool: { name: "guarantee-score", version: "9.9.9-test" },
    config,
    gates: { failOn: [] },
    rules: ruleDescriptors(),
    results: checked,
    waivers: keeper.waivers(),
    summary: { files: checked.length, passed: checked.length - invalid, failed: 0, invalid, waived: 0 },
    exitCode: invalid ? 1 : 0,
  };
}

export const renderScorecards = (format: Formatter, report: RunReport, paint: Paint = NO_PAINT) =>
  render(format, report, { paint, width: 120, detail: "scorecards" });

/** Invalid at 5:13 (`ally` is no stance) and 6:1 (a misspelt key). */
export const INVALID_TEXT =
  "title: Invalid draft\nbeneficiary: Ukraine\nguarantors:\n  - name: United Kingdom\n    stance: ally\npublicty: public\n";

/** An adversary guarantor and decisions by consensus with it: the knock-out. */
export const VETO_TEXT = [
  "title: Consensus with the adversary",
  "beneficiary: Ukraine",
  "adversary: Russia",
  "guarantors:",
  "  - { name: Russia, role: member, stance: adversary, ratification: ratified }",
  "  - { name: United Kingdom, role: lead, stance: aligned, ratification: ratified }",
  "commitment:",
  "  form: treaty",
  "  obligation: defend",
  "  decision: consensus-with-adversary",
  "  triggers: [armed attack]",
  "  response_hours: 24",
  "  indefinite: true",
  "publicity: public",
  "troops:",
  "  - { nation: United Kingdom, count: 30000, role: deterrence }",
  "",
].join("\n");

export const PLAIN_TEXT =
  "title: Plain draft\nbeneficiary: Ukraine\nguarantors:\n  - name: United Kingdom\n    stance: aligned\n    ratification: ratified\npublicity: public\n";

/** The plain draft with a summary over two lines and three sources: one with every piece, one with an http URL, one bare. */
export const SAID_TEXT = [
  PLAIN_TEXT.trimEnd(),
  "summary: >",
  "  Known: the United Kingdom ratified a treaty.",
  "  Assumed: it is public.",
  "sources:",
  "  - { title: The treaty text, author: Jane Doe, date: 2025-03-01, url: 'https://example.org/treaty?a=1&b=2' }",
  "  - { title: A commentary, url: 'http://example.org/c' }",
  "  - { title: A bare note }",
  "",
].join("\n");

/** Every way a file's summary and sources could try to act on a reader. */
export const HOSTILE_LINK = "https://ok.example/x)[y](javascript:alert(1))";
export const HOSTILE_SAID_TEXT = [
  PLAIN_TEXT.trimEnd(),
  `summary: ${JSON.stringify(`\x1b[2J\x1b]0;pwned\x07<script>alert(1)</script> [click](javascript:alert(1)) **bold**\n::error::x \x9b31m \u202e ${"word ".repeat(2000)}END`)}`,
  "sources:",
  `  - { title: ${JSON.stringify("<img src=x onerror=alert(1)> [t](javascript:alert(1))\x1b[31m")}, author: ${JSON.stringify("\x1b[31mRed\x1b[0m ::warning::a")}, url: "javascript:alert(1)" }`,
  `  - { title: Broken out, url: ${JSON.stringify(HOSTILE_LINK)} }`,
  `  - { title: Data, url: "data:text/html,<script>alert(1)</script>" }`,
  `  - { title: Spaced, url: "https://ok.example/a b" }`,
  "",
].join("\n");
