// SARIF 2.1.0 for code-scanning uploads: one rule per criterion with its help and sources,
// plus the gates that are not criteria and a rule for invalid files; one result per failed
// criterion, per failed gate that is not a criterion, and per validation error, located
// 1-based and fingerprinted. Optional properties are left out rather than left empty.
import type { GateFailure, WaivedFailure } from "../engine/gates.js";
import type { FileReport, RuleDescriptor } from "../run/result.js";
import type { Range } from "../schema/locate.js";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { clean, toJson } from "../util/sanitize.js";
import { fileUri } from "./escape.js";
import { fingerprint } from "./fingerprint.js";
import type { Formatter } from "./sink.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const INVALID = "invalid-proposal";
/** Gates that are not criteria, each a rule of its own. */
const GATES = ["min-score", "knockout"] as const;

const pascal = (id: string) => id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

function descriptors(rules: readonly RuleDescriptor[]) {
  return [
    ...rules.map((r) => {
      const sources = r.sources.map((s) => `- ${s}`).join("\n");
      return {
        id: r.id,
        name: pascal(r.id),
        shortDescription: { text: r.title },
        fullDescription: { text: r.rationale },
        help: {
          text: `${r.rationale}\n\nHow it scores: ${r.scoring}\n\nSources:\n${sources}`,
          markdown: `${r.rationale}\n\n**How it scores:** ${r.scoring}\n\n**Sources**\n\n${sources}`,
        },
        defaultConfiguration: { level: "warning" },
        properties: { weight: r.weight },
      };
    }),
    {
      id: "min-score",
      name: "MinScore",
      shortDescription: { text: "The total reaches the minimum score" },
      fullDescription: {
        text: "A gate: a proposal whose total is below the configured minimum (gates.min_score or --min-score) fails the check.",
      },
      help: {
        text: "Raise the total by meeting more criteria (guarantee-score explain lists them), or lower the minimum.",
        markdown:
          "Raise the total by meeting more criteria (`guarantee-score explain` lists them), or lower the minimum.",
      },
      defaultConfiguration: { level: "error" },
    },
    {
      id: "knockout",
      name: "Knockout",
      shortDescription: { text: "No finding caps the whole total" },
      fullDescription: {
        text: "A gate, when fail_on lists knockout: some findings (an adversary that can veto the response, for one) cap the total whatever else the proposal has.",
      },
      help: {
        text: "Fix the criterion the knock-out names; its own result points at the field.",
        markdown: "Fix the criterion the knock-out names; its own result points at the field.",
      },
      defaultConfiguration: { level: "error" },
    },
    {
      id: INVALID,
      name: "InvalidProposal",
      shortDescription: { text: "The file does not follow the proposal format" },
      fullDescription: { text: "A file that is not valid YAML or does not follow format version 1 cannot be scored." },
      help: {
        text: "Fix the field at the reported line and column; run guarantee-score validate FILE.",
        markdown: "Fix the field at the reported line and column; run `guarantee-score validate FILE`.",
      },
      defaultConfiguration: { level: "error" },
    },
  ];
}

/**
 * A position, with its end when the range stays on that line: a field that is not stated
 * is located at the mapping that lacks it, and highlighting a whole document helps no one.
 */
function region(r: Pick<Range, "line" | "column"> & Partial<Range>) {
  const end = r.endLine === r.line && r.endColumn !== undefined && r.endColumn > r.column;
  return { startLine: r.line, startColumn: r.column, ...(end ? { endLine: r.endLine, endColumn: r.endColumn } : {}) };
}

/** The base files are located against: the folder the run started in (originalUriBaseIds says where). */
export const SRCROOT = "%SRCROOT%";

/**
 * Where a file is: relative to the run's folder (with uriBaseId) when it is inside it, else
 * an absolute file:// URI; a bare absolute path is no URI, and SARIF validators reject it.
 */
export function artifactLocation(file: string, root: string | undefined): { uri: string; uriBaseId?: string } {
  const abs = root !== undefined ? resolve(root, file) : isAbsolute(file) ? file : undefined;
  const rel = abs !== undefined && root !== undefined ? relative(root, abs) : isAbsolute(file) ? undefined : file;
  if (rel !== undefined && rel !== ".." && !rel.startsWith(`..${sep}`) && !rel.startsWith("../") && !isAbsolute(rel))
    return { uri: fileUri(rel), uriBaseId: SRCROOT };
  return abs !== undefined ? { uri: pathToFileURL(abs).href } : { uri: fileUri(file) };
}

type At = Parameters<typeof region>[0];
const locations = (file: string, at: At, root: string | undefined) => [
  { physicalLocation: { artifactLocation: artifactLocation(file, root), region: region(at) } },
];

/**
 * Message text: brackets are escaped, as SARIF asks (§3.11.6), so that text from a proposal
 * (a guarantor named `[x](https://…)`) never renders as a link; backslashes too, so the
 * escapes stay unambiguous.
 */
export const sarifText = (text: string) => clean(text).replace(/[\\[\]]/g, "\\$&");

const suppressions = (w: WaivedFailure | undefined) =>
  w
    ? {
        suppressions: [
          {
            kind: "external",
            status: "accepted",
            justification: clean(`${w.waiver.reason} (owner ${w.waiver.owner}, until ${w.waiver.expires})`),
          },
        ],
      }
    : {};

type RuleIndex = ReadonlyMap<string, number>;

function result(
  ruleIndex: RuleIndex,
  ruleId: string,
  level: "error" | "warning",
  text: string,
  where: ReturnType<typeof locations>,
  print: string,
  waived?: WaivedFailure,
) {
  const index = ruleIndex.get(ruleId);
  return {
    ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level,
    message: { text: sarifText(text) },
    locations: where,
    partialFingerprints: { "guaranteeScore/v1": print },
    ...suppressions(waived),
  };
}

function results(r: FileReport, root: string | undefined, ruleIndex: RuleIndex) {
  const at = (x: At) => locations(r.file, x, root);
  if (!r.valid) {
    return r.errors.map((d) =>
      result(
        ruleIndex,
        INVALID,
        "error",
        `${d.path ? `${d.path}: ` : ""}${d.message}${d.hint ? ` (${d.hint})` : ""}`,
        at(d),
        fingerprint(d.code, d.path, d.message),
      ),
    );
  }
  const failed = (rule: string): GateFailure | undefined => r.gate.failures.find((f) => f.rule === rule);
  const waived = (rule: string): WaivedFailure | undefined => r.gate.waived.find((w) => w.rule === rule);
  // A gate failure is an error, waived or not: the waiver suppresses it, it stays as bad.
  const level = (rule: string) => (failed(rule) || waived(rule) ? "error" : "warning");
  const gates = GATES.flatMap((g) => {
    const f = failed(g) ?? waived(g);
    // Keyed on the rule alone: the message carries the score, which moves from commit to commit.
    return f ? [result(ruleIndex, g, "error", f.message, at(f), fingerprint(g, f.path, g), waived(g))] : [];
  });
  const criteria = r.criteria
    .filter((c) => c.status === "fail")
    .map((c) =>
      result(
        ruleIndex,
        c.id,
        level(c.id),
        `${c.title}: ${c.message} (${c.points} of ${c.max} points)`,
        at(c),
        fingerprint(c.id, c.path, c.message),
        waived(c.id),
      ),
    );
  return [...gates, ...criteria];
}

/** Streamed: the tool and its rules, each result as its file comes, then the invocation. */
export const sarif: Formatter = () => {
  let first = true;
  let root: string | undefined;
  let ruleIndex: RuleIndex = new Map();
  return {
    begin: (head) => {
      root = head.root;
      const rules = descriptors(head.rules);
      ruleIndex = new Map(rules.map((d, i) => [d.id, i]));
      const driver = {
        name: head.tool.name,
        version: head.tool.version,
        semanticVersion: head.tool.version,
        rules,
      };
      const tool = toJson({ driver }, 2).replace(/\n/g, "\n      ");
      // The configuration used and what it changed, as every format states it; the base of relative locations.
      const config = head.config.file ? `\n      "properties": ${toJson({ configuration: head.config })},` : "";
      const base =
        head.root !== undefined
          ? `\n      "originalUriBaseIds": ${toJson({ [SRCROOT]: { uri: pathToFileURL(head.root.endsWith(sep) ? head.root : head.root + sep).href } })},`
          : "";
      return `{\n  "$schema": "${SARIF_SCHEMA}",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": ${tool},${config}${base}\n      "results": [`;
    },
    file: (r) =>
      results(r, root, ruleIndex)
        .map((x) => {
          const text = `${first ? "" : ","}\n        ${toJson(x)}`;
          first = false;
          return text;
        })
        .join(""),
    // `results` stays even when empty: SARIF reads an empty array as "scanned, found nothing".
    end: (tail) =>
      `${first ? "" : "\n      "}],\n      "invocations": [${toJson({ executionSuccessful: tail.exitCode !== 2, exitCode: tail.exitCode })}]\n    }\n  ]\n}\n`,
  };
};
