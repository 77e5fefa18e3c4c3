// SARIF 2.1.0 for code-scanning uploads: one rule per criterion with its help and sources,
// one result per failed criterion or validation error, located 1-based, fingerprinted.
import type { Checked } from "../engine/gates.js";
import { rules } from "../rules/index.js";
import { cite } from "../rules/sources.js";
import { posix } from "../util/glob.js";
import { clean } from "../util/sanitize.js";
import { fingerprint } from "./fingerprint.js";
import type { Formatter } from "./types.js";

const INVALID = "invalid-proposal";
const ruleIndex = new Map<string, number>([...rules.map((r, i) => [r.meta.id, i] as [string, number]), [INVALID, rules.length]]);

function descriptors() {
  return [
    ...rules.map((r) => {
      const sources = r.meta.sources.map(cite);
      return {
        id: r.meta.id,
        name: r.meta.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
        shortDescription: { text: r.meta.title },
        fullDescription: { text: r.meta.rationale },
        help: {
          text: `${r.meta.rationale}\n\nHow it scores: ${r.meta.scoring}\n\nSources:\n${sources.map((s) => `- ${s}`).join("\n")}`,
          markdown: `${r.meta.rationale}\n\n**How it scores:** ${r.meta.scoring}\n\n**Sources**\n\n${sources.map((s) => `- ${s}`).join("\n")}`,
        },
        defaultConfiguration: { level: "warning" },
        properties: { weight: r.meta.weight },
      };
    }),
    {
      id: INVALID,
      name: "InvalidProposal",
      shortDescription: { text: "The file does not follow the proposal format" },
      fullDescription: { text: "A file that is not valid YAML or does not follow format version 1 cannot be scored." },
      help: { text: "Fix the field at the reported line and column; run guarantee-score validate FILE.", markdown: "Fix the field at the reported line and column; run `guarantee-score validate FILE`." },
      defaultConfiguration: { level: "error" },
    },
  ];
}

const location = (file: string, line: number, column: number, endLine?: number, endColumn?: number) => ({
  physicalLocation: {
    artifactLocation: { uri: encodeURI(posix(file)) },
    region: { startLine: line, startColumn: column, ...(endLine ? { endLine, endColumn } : {}) },
  },
});

function results(r: Checked) {
  if (!r.valid) {
    return r.errors.map((d) => ({
      ruleId: INVALID,
      ruleIndex: ruleIndex.get(INVALID)!,
      level: "error",
      message: { text: clean(`${d.path ? `${d.path}: ` : ""}${d.message}${d.hint ? ` (${d.hint})` : ""}`) },
      locations: [location(r.file, d.line, d.column, d.endLine, d.endColumn)],
      partialFingerprints: { "guaranteeScore/v1": fingerprint(d.code, d.path, d.message) },
    }));
  }
  return r.criteria
    .filter((c) => c.status === "fail")
    .map((c) => {
      const gate = r.gate.failures.find((f) => f.rule === c.id);
      const waived = r.gate.waived.find((w) => w.rule === c.id);
      return {
        ruleId: c.id,
        ruleIndex: ruleIndex.get(c.id)!,
        level: gate ? "error" : "warning",
        message: { text: clean(`${c.title}: ${c.message} (0 of ${c.max} points)`) },
        locations: [location(r.file, c.line, c.column)],
        partialFingerprints: { "guaranteeScore/v1": fingerprint(c.id, c.path, c.message) },
        ...(waived ? { suppressions: [{ kind: "external", status: "accepted", justification: clean(`${waived.waiver.reason} (owner ${waived.waiver.owner}, until ${waived.waiver.expires})`) }] } : {}),
      };
    });
}

export const sarif: Formatter = () => {
  let first = true;
  let version = "";
  return {
    begin: (head) => {
      version = head.tool.version;
      const driver = { name: head.tool.name, version, semanticVersion: version, informationUri: "https://github.com/guarantee-score/guarantee-score", rules: descriptors() };
      const tool = JSON.stringify({ driver }, null, 2).replace(/\n/g, "\n      ");
      return `{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": ${tool},\n      "results": [`;
    },
    file: (r) =>
      results(r)
        .map((x) => {
          const text = `${first ? "" : ","}\n        ${JSON.stringify(x)}`;
          first = false;
          return text;
        })
        .join(""),
    end: (tail) => `${first ? "" : "\n      "}],\n      "invocations": [${JSON.stringify({ executionSuccessful: tail.exitCode !== 2, exitCode: tail.exitCode })}]\n    }\n  ]\n}\n`,
  };
};
