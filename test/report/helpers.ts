// Run reports built with the real engine, for format tests.
import { defaultConfig } from "../../src/engine/config.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { Gatekeeper, type Gates } from "../../src/engine/gates.js";
import type { FileResult } from "../../src/engine/report.js";
import type { Waiver } from "../../src/config/schema.js";
import { NO_PAINT } from "../../src/report/text.js";
import { render, type Formatter, type RunReport } from "../../src/report/types.js";
import { rules } from "../../src/rules/index.js";
import { loadText } from "../../src/schema/load.js";

export function score(text: string, file: string): FileResult {
  const l = loadText(text, file);
  return l.ok ? evaluate(l, rules, defaultConfig(rules)) : { file, valid: false, errors: l.diagnostics };
}

export function report(files: [string, string][], gates: Gates = { failOn: [] }, waivers: Waiver[] = []): RunReport {
  const keeper = new Gatekeeper(gates, waivers, "2026-11-25");
  const results = files.map(([file, text]) => keeper.check(score(text, file)));
  const summary = {
    files: results.length,
    passed: results.filter((r) => r.gate.passed).length,
    failed: results.filter((r) => r.valid && !r.gate.passed).length,
    invalid: results.filter((r) => !r.valid).length,
    waived: results.reduce((n, r) => n + r.gate.waived.length, 0),
  };
  return {
    tool: { name: "guarantee-score", version: "0.0.0-test" },
    config: { file: null, changes: [] },
    gates,
    results,
    waivers: keeper.waivers(),
    summary,
    exitCode: summary.passed === summary.files ? 0 : 1,
  };
}

export const out = (format: Formatter, r: RunReport) => render(format, r, { paint: NO_PAINT, width: 120, detail: "summary" });

const ESC = "\x1b[31m \x1b]0;pwned\x07 \x1b]8;;http://evil.example\x07link\x1b]8;;\x07 \x9b2J \u202e";
const META = "| ## [x](http://evil.example) ![i](http://evil.example/i.png) <script>alert(1)</script> & \"q\" 'a' ]]> <!-- --> %0A %25 ::error::x";
export const HOSTILE_TEXT = `${ESC} ${META}\nsecond line`;

/** A valid proposal whose free text carries escape sequences and every target's metacharacters. */
export const hostile = [
  `title: ${JSON.stringify(HOSTILE_TEXT)}`,
  "beneficiary: Ukraine",
  `summary: ${JSON.stringify(HOSTILE_TEXT)}`,
  "guarantors:",
  `  - name: ${JSON.stringify(`Evil ${HOSTILE_TEXT}`)}`,
  "    ratification: none",
  "troops:",
  `  - nation: ${JSON.stringify(HOSTILE_TEXT)}`,
  "    count: 100",
].join("\n");
