// SARIF 2.1.0: valid against the published schema, one rule per criterion (plus the gates
// that are not criteria and invalid files), one located, fingerprinted result per failed
// criterion, failed gate and validation error, no empty optional objects or arrays, and
// hostile text kept as inert data.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AjvModule from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { fileUri } from "../../src/present/escape.js";
import { result as jsonResult } from "../../src/present/json.js";
import { artifactLocation, INVALID, SARIF_SCHEMA, sarif } from "../../src/present/sarif.js";
import { rules } from "../../src/model/rules/index.js";
import { posix } from "../../src/util/glob.js";
import { clean } from "../../src/util/sanitize.js";
import {
  BROKEN,
  build,
  CONTROL,
  GATES,
  HOSTILE_FILE,
  allPassing,
  hostile,
  mixed,
  output,
  reference,
} from "./fixtures/report.js";

// The SARIF 2.1.0 schema as published on SchemaStore (sarif-2.1.0-rtm.5.json), draft-04,
// hence ajv-draft-04. Its run.language pattern is not valid in unicode mode, so regexps
// are compiled without the u flag. Formats are checked by the small validators below
// rather than a plug-in: what matters here is that file paths become URI references.
const schema = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures/sarif-2.1.0-rtm.5.json"), "utf8"));
const URI_CHARS = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const formats = {
  uri: (s: string) => URI_CHARS.test(s) && SCHEME.test(s) && URL.canParse(s),
  "uri-reference": (s: string) => URI_CHARS.test(s) && URL.canParse(s, "file:///base/"),
  "date-time": (s: string) => !Number.isNaN(Date.parse(s)),
};
// A CommonJS module: under NodeNext its default import is module.exports, whose .default is the class.
const Ajv = AjvModule.default;
const validate = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, logger: false, formats }).compile(
  schema,
);

// biome-ignore lint/suspicious/noExplicitAny: the tests read deep into the SARIF document
type Json = Record<string, any>;
const log = async (report = mixed()): Promise<Json> => JSON.parse(await output(sarif, report));
const valid = (doc: unknown) => (validate(doc) ? [] : validate.errors);

/** Paths of empty objects and arrays, but run.results, which SARIF wants present when a scan ran. */
function empties(v: unknown, path = "$"): string[] {
  if (Array.isArray(v))
    return [
      ...(v.length || /^\$\.runs\[\d+\]\.results$/.test(path) ? [] : [path]),
      ...v.flatMap((x, i) => empties(x, `${path}[${i}]`)),
    ];
  if (v && typeof v === "object") {
    const entries = Object.entries(v);
    return [...(entries.length ? [] : [path]), ...entries.flatMap(([k, x]) => empties(x, `${path}.${k}`))];
  }
  return [];
}

describe("sarif: the log", () => {
  it("validates against the SARIF 2.1.0 schema, with formats checked", async () => {
    expect(valid(await log())).toEqual([]);
    expect(valid(await log(allPassing()))).toEqual([]);
  });

  it("the validator rejects what it should: a line 0, a path that is no URI reference, an empty message", async () => {
    const doc = await log();
    const breakers: ((x: Json) => void)[] = [
      (x) => (x.locations[0].physicalLocation.region.startLine = 0),
      (x) => (x.locations[0].physicalLocation.artifactLocation.uri = "a b.yaml"),
      (x) => (x.message = {}),
    ];
    for (const breaker of breakers) {
      const copy = structuredClone(doc);
      breaker(copy.runs[0].results[0]);
      expect(valid(copy)).not.toEqual([]);
    }
  });

  it("has $schema, version 2.1.0, one run and the invocation with the exit code", async () => {
    const doc = await log();
    expect(doc.$schema).toBe(SARIF_SCHEMA);
    expect(doc.version).toBe("2.1.0");
    expect(doc.runs).toHaveLength(1);
    expect(doc.runs[0].invocations).toEqual([{ executionSuccessful: true, exitCode: 1 }]);
    expect((await log(build([BROKEN], GATES, [], 2))).runs[0].invocations).toEqual([
      { executionSuccessful: false, exitCode: 2 },
    ]);
    expect((await log(allPassing())).runs[0].invocations).toEqual([{ executionSuccessful: true, exitCode: 0 }]);
  });

  it("contains no empty object or array where SARIF makes them optional; results stay, empty, when nothing is found", async () => {
    expect(empties(await log())).toEqual([]);
    expect(empties(await log(hostile()))).toEqual([]);
    expect(empties(await log(allPassing()))).toEqual([]);
    const none = await log(build([]));
    expect(empties(none)).toEqual([]);
    expect(none.runs[0].results).toEqual([]);
    expect(valid(none)).toEqual([]);
    // the walker itself finds what it should
    expect(empties({ a: {}, b: [], runs: [{ results: [] }], c: [{ d: [] }] })).toEqual(["$.a", "$.b", "$.c[0].d"]);
  });
});

describe("sarif: rules", () => {
  it("has one reportingDescriptor per criterion with name, descriptions, help (scoring and sources), then min-score, knockout, invalid-proposal", async () => {
    const driver = (await log()).runs[0].tool.driver;
    expect(driver).toMatchObject({ name: "guarantee-score", version: "0.0.0-test" });
    expect(driver.rules.map((r: Json) => r.id)).toEqual([
      ...rules.map((r) => r.meta.id),
      "min-score",
      "knockout",
      INVALID,
    ]);
    for (const rule of rules) {
      const d = driver.rules.find((x: Json) => x.id === rule.meta.id);
      expect(d.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(d.shortDescription).toEqual({ text: rule.meta.title });
      expect(d.fullDescription).toEqual({ text: rule.meta.rationale });
      for (const help of [d.help.text, d.help.markdown]) {
        expect(help).toContain(rule.meta.scoring);
        expect(help).toMatch(/How it scores/);
        for (const s of rule.meta.sources)
          for (const part of [s.author, s.title, s.publication, s.date]) expect(help).toContain(part);
      }
    }
    for (const d of driver.rules)
      expect(d.help.text.length && d.help.markdown.length && d.shortDescription.text.length).toBeTruthy();
  });
});

describe("sarif: results", () => {
  it("one per failed criterion, failed gate that is not a criterion, and validation error; ruleIndex points at the rule", async () => {
    const report = mixed();
    const run = (await log(report)).runs[0];
    const expected = report.results.flatMap((r) =>
      r.valid
        ? [
            ...r.gate.failures
              .filter((f) => f.rule === "min-score" || f.rule === "knockout")
              .map((f) => `${r.file} ${f.rule}`),
            ...r.criteria.filter((c) => c.status === "fail").map((c) => `${r.file} ${c.id}`),
          ]
        : r.errors.map(() => `${r.file} ${INVALID}`),
    );
    expect(run.results.map((x: Json) => `${x.locations[0].physicalLocation.artifactLocation.uri} ${x.ruleId}`)).toEqual(
      expected,
    );
    for (const x of run.results) {
      expect(run.tool.driver.rules[x.ruleIndex].id).toBe(x.ruleId);
      const region = x.locations[0].physicalLocation.region;
      expect(Number.isInteger(region.startLine) && region.startLine >= 1).toBe(true);
      expect(Number.isInteger(region.startColumn) && region.startColumn >= 1).toBe(true);
      expect(x.partialFingerprints["guaranteeScore/v1"]).toMatch(/^[0-9a-f]{16}$/);
      expect(x.message.text.length).toBeGreaterThan(0);
    }
  });

  it("levels: error for a gate (waived or not), warning for any other failed criterion; a waived one carries an accepted external suppression", async () => {
    const results = (await log()).runs[0].results as Json[];
    const find = (file: string, rule: string) =>
      results.find((x) => x.locations[0].physicalLocation.artifactLocation.uri === file && x.ruleId === rule)!;
    expect(find("proposals/west-germany-cold-war.yaml", "monitoring").level).toBe("error");
    expect(find("proposals/west-germany-cold-war.yaml", "tied-to-aid").level).toBe("warning");
    expect(find("proposals/ukraine-compact-2025.yaml", "nato-path").level).toBe("warning");
    expect(find("proposals/budapest-memorandum-1994.yaml", "min-score")).toMatchObject({
      level: "error",
      message: { text: "scores 25, below the minimum of 30" },
    });
    expect(find("proposals/budapest-memorandum-1994.yaml", "knockout").message.text).toMatch(
      /^knock-out: .*\(waiver expired on 2020-01-01\)$/,
    );
    expect(find("proposals/budapest-memorandum-1994.yaml", "knockout").suppressions).toBeUndefined();
    const waived = find("proposals/bilateral-agreements-2024.yaml", "monitoring");
    expect(waived.level).toBe("error");
    expect(waived.suppressions).toEqual([
      { kind: "external", status: "accepted", justification: "vote scheduled (owner policy-team, until 2099-01-01)" },
    ]);
    expect(results.filter((x) => x.suppressions)).toHaveLength(1);
  });

  it("locates each result 1-based in the file as given, as the JSON report does, with the same fingerprints", async () => {
    const report = mixed();
    const results = (await log(report)).runs[0].results as Json[];
    const all = results.filter((x) => x.ruleId === INVALID);
    expect(all).toHaveLength(1);
    const broken = all[0]!;
    expect(broken.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: "drafts/broken.yaml" },
      region: { startLine: 5, startColumn: 13 },
    });
    // Brackets escaped, as SARIF asks of message text (§3.11.6).
    expect(broken.message.text).toMatch(
      /^guarantors\\\[0\\\]\.stance: expected one of aligned, neutral, adversary; found "ally"/,
    );
    for (const r of report.results) {
      const json = jsonResult(r);
      for (const c of json.criteria.filter((c) => c.status === "fail")) {
        const x = results.find(
          (x) => x.locations[0].physicalLocation.artifactLocation.uri === r.file && x.ruleId === c.id,
        )!;
        expect(x.locations[0].physicalLocation.region).toMatchObject({ startLine: c.line, startColumn: c.column });
        expect(x.partialFingerprints["guaranteeScore/v1"]).toBe(c.fingerprint);
      }
      for (const e of json.errors) expect(broken.partialFingerprints["guaranteeScore/v1"]).toBe(e.fingerprint);
    }
  });

  it("turns paths into URI references: forward slashes, relative as given, special characters percent-encoded", () => {
    expect(fileUri("proposals/a.yaml")).toBe("proposals/a.yaml");
    expect(fileUri("./drafts\\nested\\b.yml")).toBe("drafts/nested/b.yml");
    expect(fileUri("/abs/a b#1?.yaml")).toBe("/abs/a%20b%231%3F.yaml");
    expect(fileUri("x:y/100%.yaml")).toBe("x%3Ay/100%25.yaml"); // no scheme
    expect(fileUri("C:\\work\\a.yaml")).toBe("file:///C:/work/a.yaml");
    expect(fileUri("bad\ud800.yaml")).toBe("bad%EF%BF%BD.yaml");
    for (const p of ["proposals/a.yaml", "/abs/a b#1?.yaml", "x:y/100%.yaml", HOSTILE_FILE])
      expect(decodeURIComponent(fileUri(p))).toBe(posix(p));
  });
});

describe("sarif: hostile text", () => {
  it("stays valid; strings carry no control characters; the path survives encoded; every message is the cleaned text", async () => {
    const text = await output(sarif, hostile());
    expect(text).not.toMatch(CONTROL);
    const doc = JSON.parse(text);
    expect(valid(doc)).toEqual([]);
    const strings: string[] = [];
    const walk = (v: unknown): void =>
      void (typeof v === "string" ? strings.push(v) : v && typeof v === "object" && Object.values(v).forEach(walk));
    walk(doc);
    for (const s of strings) expect(s).not.toMatch(CONTROL);
    const results = doc.runs[0].results as Json[];
    const uris = new Set(results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri));
    expect(uris).toEqual(new Set([fileUri(HOSTILE_FILE), "drafts/hostile-invalid.yaml", "drafts/hostile-waived.yaml"]));
    expect([...uris].every((u) => URI_CHARS.test(u) && !SCHEME.test(u))).toBe(true);
    for (const x of results) expect(x.message.text).toBe(clean(x.message.text));
    const ratified = results.find((x) => x.ruleId === "ratified" && x.suppressions)!;
    expect(ratified.suppressions[0].justification).not.toMatch(/[\r\n\x1b]/);
    expect(results.find((x) => x.ruleId === INVALID)!.message.text).toMatch(
      /^guarantors\\\[0\\\]\.stance: expected one of .*; found "/,
    );
  });

  it("fingerprints do not depend on waivers (nor on the score, for min-score)", async () => {
    const a = (await log()).runs[0].results.map((x: Json) => x.partialFingerprints);
    const b = (
      await log(
        build(
          [
            reference("ukraine-compact-2025"),
            reference("west-germany-cold-war"),
            reference("budapest-memorandum-1994"),
            reference("bilateral-agreements-2024"),
            BROKEN,
          ],
          GATES,
        ),
      )
    ).runs[0].results.map((x: Json) => x.partialFingerprints);
    expect(b).toEqual(a);
  });
});

describe("sarif: locations and links", () => {
  const at = (report: ReturnType<typeof build>, root: string) => log({ ...report, root });

  it("a file inside the run's folder is relative, with uriBaseId; one outside is a file:// URI; both validate", async () => {
    const inside = reference("ukraine-compact-2025");
    const report = build(
      [
        [inside[0], inside[1]],
        ["/elsewhere/out side#1.yaml", inside[1]],
        ["../sibling/b.yaml", inside[1]],
      ],
      GATES,
    );
    const doc = await at(report, "/work/repo");
    expect(valid(doc)).toEqual([]);
    const uris = new Map(
      doc.runs[0].results.map((x: Json) => [
        x.locations[0].physicalLocation.artifactLocation.uri,
        x.locations[0].physicalLocation.artifactLocation,
      ]),
    );
    expect(uris.get("proposals/ukraine-compact-2025.yaml")).toEqual({
      uri: "proposals/ukraine-compact-2025.yaml",
      uriBaseId: "%SRCROOT%",
    });
    expect(uris.get("file:///elsewhere/out%20side%231.yaml")).toEqual({ uri: "file:///elsewhere/out%20side%231.yaml" });
    expect(uris.get("file:///work/sibling/b.yaml")).toEqual({ uri: "file:///work/sibling/b.yaml" });
    expect(doc.runs[0].originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///work/repo/" } });
    // No location is a bare absolute path, which is no URI at all.
    for (const uri of uris.keys()) expect(uri as string).not.toMatch(/^\//);
  });

  it("an absolute path inside the folder is made relative to it", () => {
    expect(artifactLocation("/work/repo/p/a.yaml", "/work/repo")).toEqual({ uri: "p/a.yaml", uriBaseId: "%SRCROOT%" });
    expect(artifactLocation("/work/repo-other/a.yaml", "/work/repo")).toEqual({
      uri: "file:///work/repo-other/a.yaml",
    });
  });

  it("message text escapes [ and ], so a guarantor's name never renders as a link", async () => {
    const text = readFileSync(
      join(import.meta.dirname, "../../proposals/budapest-memorandum-1994.yaml"),
      "utf8",
    ).replace(/name: (.*)/, 'name: "[click](https://evil.example) \\\\[x]"');
    const doc = await log(build([["drafts/link.yaml", text]], { failOn: ["ratified"] }));
    const messages: string[] = doc.runs[0].results.map((x: Json) => x.message.text);
    const ratified = messages.find((m) => m.includes("click"))!;
    expect(ratified).toContain("\\[click\\](https://evil.example) \\\\\\[x\\]");
    for (const m of messages) expect(m).not.toMatch(/(?<!\\)(?:\\\\)*[[\]]/); // every bracket escaped
  });

  it("states the configuration used and what it changed", async () => {
    const doc = await log({
      ...mixed(),
      config: { file: "/work/repo/.guarantee-score.yaml", changes: ["disabled: nato-path"] },
    });
    expect(doc.runs[0].properties).toEqual({
      configuration: { file: "/work/repo/.guarantee-score.yaml", changes: ["disabled: nato-path"] },
    });
    expect(valid(doc)).toEqual([]);
  });
});
