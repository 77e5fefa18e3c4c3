// Each output format on reports built by the real engine: passing, failing, waived and
// invalid files, and a proposal whose text carries escape sequences and metacharacters.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AjvModule from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { github, GITHUB_LIMIT } from "../../src/report/github.js";
import { json } from "../../src/report/json.js";
import { reportOut } from "../../src/report/json-schema.js";
import { junit } from "../../src/report/junit.js";
import { markdown } from "../../src/report/markdown.js";
import { sarif } from "../../src/report/sarif.js";
import { table } from "../../src/report/table.js";
import { ROOT } from "../helpers/run.js";
import { hostile, HOSTILE_TEXT, out, report } from "./helpers.js";

const ref = (id: string): [string, string] => [`proposals/${id}.yaml`, readFileSync(join(ROOT, "proposals", `${id}.yaml`), "utf8")];
const broken: [string, string] = ["drafts/broken.yaml", "title: Broken\nbeneficiary: Ukraine\nguarantors:\n  - name: UK\n    stance: ally\n"];
const waiver = { rule: "ratified", file: "proposals/bilateral-*.yaml", reason: "vote scheduled", owner: "policy-team", expires: "2099-01-01" };
// Gated on knockout and monitoring: germany and budapest fail monitoring (budapest the
// knock-out too); bilateral's monitoring failure is waived; broken is invalid.
const mixed = () =>
  report([ref("west-germany-cold-war"), ref("budapest-memorandum-1994"), ref("bilateral-agreements-2024"), broken], { failOn: ["knockout", "monitoring"] }, [
    { ...waiver, rule: "monitoring" },
  ]);

/** Nothing that a terminal would act on: ESC, CSI, OSC, C1 controls, bidi overrides. */
const INERT = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe("json", () => {
  it("streams one document that matches the published contract", async () => {
    const text = await out(json, mixed());
    const parsed = JSON.parse(text);
    expect(reportOut.safeParse(parsed).success).toBe(true);
    expect(parsed.summary).toEqual({ files: 4, passed: 1, failed: 2, invalid: 1, waived: 1 });
    expect(parsed.results.map((r: { file: string }) => r.file)).toEqual(["proposals/west-germany-cold-war.yaml", "proposals/budapest-memorandum-1994.yaml", "proposals/bilateral-agreements-2024.yaml", "drafts/broken.yaml"]);
  });

  it("keeps hostile text as data: it parses and round-trips exactly", async () => {
    const parsed = JSON.parse(await out(json, report([["hostile.yaml", hostile]])));
    expect(parsed.results[0].title).toBe(HOSTILE_TEXT);
  });
});

describe("markdown", () => {
  it("has a table row per file, the findings of failed and invalid files, and the summary line", async () => {
    const md = await out(markdown, mixed());
    const rows = md.split("\n").filter((l) => l.startsWith("| proposals/") || l.startsWith("| drafts/"));
    expect(rows).toHaveLength(4);
    expect(md).toContain("❌ invalid");
    expect(md).toMatch(/\*\*knockout\*\* \(line \d+\)/);
    expect(md).toContain("line 5, column 13");
    expect(md).toContain("*waived* **monitoring**");
    expect(md).toContain("**4 files: 1 passed, 2 failed, 1 invalid, 1 waived**");
  });

  it("is inert: no table breaking, links, images, HTML or escape sequences from a proposal", async () => {
    const md = await out(markdown, report([["hostile.yaml", hostile]], { failOn: ["ratified"] }));
    expect(md).not.toMatch(INERT);
    expect(md).not.toContain("<script");
    expect(md).not.toMatch(/(?<!\\)\]\(/); // an escaped bracket cannot open a link
    expect(md).not.toContain("http://");
    for (const line of md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| File"))) {
      // five cells: six unescaped pipes
      expect(line.match(/(?<!\\)\|/g)?.length, line).toBe(6);
    }
    expect(md.split("\n").filter((l) => /^#{1,6} /.test(l)).every((l) => /^(## guarantee-score|### Findings|### Waivers|#### hostile\.yaml)$/.test(l))).toBe(true);
  });
});

describe("sarif", () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures/sarif-2.1.0-rtm.5.json"), "utf8"));
  // The published schema has one pattern that is invalid in unicode mode, and "uri" formats
  // need a plug-in: neither bears on what is checked here.
  // ajv-draft-04 is CommonJS: under ESM its class is the default export's `default`.
  type AjvClass = new (opts: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] | null } };
  const Ajv = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as unknown as AjvClass;
  const validate = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false, logger: false }).compile(schema);

  it("validates against the SARIF 2.1.0 schema", async () => {
    const log = JSON.parse(await out(sarif, mixed()));
    const ok = validate(log);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it("has one rule per criterion with help and sources, results located 1-based, fingerprints, the exit code", async () => {
    const log = JSON.parse(await out(sarif, mixed()));
    const run = log.runs[0];
    expect(run.tool.driver.rules).toHaveLength(15);
    const ratified = run.tool.driver.rules.find((r: { id: string }) => r.id === "ratified");
    expect(ratified.help.text).toContain("How it scores");
    expect(ratified.help.markdown).toContain("American Security Guarantees for Ukraine");
    for (const r of run.results) {
      const region = r.locations[0].physicalLocation.region;
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
      expect(r.partialFingerprints["guaranteeScore/v1"]).toMatch(/^[0-9a-f]{16}$/);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
    const invalid = run.results.filter((r: { ruleId: string }) => r.ruleId === "invalid-proposal");
    expect(invalid[0].locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: "drafts/broken.yaml" }, region: { startLine: 5, startColumn: 13 } });
    const waived = run.results.find((r: { suppressions?: unknown }) => r.suppressions);
    expect(waived.suppressions[0]).toMatchObject({ kind: "external", justification: expect.stringContaining("vote scheduled") });
    expect(run.invocations).toEqual([{ executionSuccessful: true, exitCode: 1 }]);
  });

  it("contains no empty objects", async () => {
    const log = JSON.parse(await out(sarif, mixed()));
    const empty: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (v && typeof v === "object" && !Array.isArray(v)) {
        if (!Object.keys(v).length) empty.push(path);
        for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    };
    walk(log, "$");
    expect(empty).toEqual([]);
  });

  it("is inert and still valid with hostile text", async () => {
    const text = await out(sarif, report([["hostile.yaml", hostile]], { failOn: ["ratified"] }));
    expect(text).not.toMatch(INERT);
    expect(validate(JSON.parse(text))).toBe(true);
  });
});

/** Well-formed XML, checked strictly: tags balance, text and attributes hold no raw < or stray &. */
function wellFormed(x: string): string | undefined {
  const body = x.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < body.length && (m = token.exec(body))) {
    at = token.lastIndex;
    const [, close, name, attrs, selfClose, text] = m;
    const checkEntities = (s: string) => /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(s);
    if (text !== undefined) {
      if (checkEntities(text)) return `stray & in text: ${text.slice(0, 40)}`;
      continue;
    }
    if (attrs && checkEntities(attrs)) return `stray & in attributes of ${name}`;
    if (close) {
      if (stack.pop() !== name) return `unbalanced </${name}>`;
    } else if (!selfClose) stack.push(name!);
  }
  if (at < body.length) return `unparsable at ${at}: ${body.slice(at, at + 40)}`;
  return stack.length ? `unclosed <${stack.at(-1)}>` : undefined;
}

describe("junit", () => {
  it("is well-formed, a suite per file and a case per criterion; gate failures fail, waivers skip", async () => {
    const xml = await out(junit, mixed());
    expect(wellFormed(xml)).toBeUndefined();
    expect(xml.match(/<testsuite /g)).toHaveLength(4);
    // germany fails the monitoring gate; bilateral's monitoring failure is waived
    expect(xml).toMatch(/<testsuite name="proposals\/west-germany-cold-war.yaml" tests="14" failures="1" errors="0" skipped="0">/);
    expect(xml).toMatch(/<testsuite name="proposals\/bilateral-agreements-2024.yaml" tests="14" failures="0" errors="0" skipped="1">/);
    expect(xml).toMatch(/name="knockout">\s*<failure/);
    expect(xml).toMatch(/<skipped message="waived: vote scheduled \(policy-team, until 2099-01-01\)"\/>/);
    expect(xml).toMatch(/<testcase classname="drafts\/broken.yaml" name="valid">\s*<failure message="invalid file: 1 problems" type="invalid">5:13 guarantors\[0\]\.stance/);
  });

  it("is inert with hostile text", async () => {
    const xml = await out(junit, report([["hostile.yaml", hostile]], { failOn: ["ratified"] }));
    expect(wellFormed(xml)).toBeUndefined();
    expect(xml).not.toMatch(INERT);
    expect(xml).not.toContain("]]>");
  });

  it("the checker itself rejects broken XML", () => {
    expect(wellFormed("<a><b></a>")).toBeDefined();
    expect(wellFormed("<a>x & y</a>")).toBeDefined();
    expect(wellFormed("<a>x < y</a>")).toBeDefined();
  });
});

describe("github", () => {
  it("writes errors first, then warnings, then notices, escaped as GitHub documents", async () => {
    const lines = (await out(github, mixed())).trim().split("\n");
    const levels = lines.filter((l) => l.startsWith("::")).map((l) => l.slice(2, l.indexOf(" ")));
    expect(levels).toEqual([...levels].sort((a, b) => ["error", "warning", "notice"].indexOf(a) - ["error", "warning", "notice"].indexOf(b)));
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=drafts\/broken.yaml,line=5,col=13,title=invalid-proposal::guarantors\[0\]\.stance/));
    expect(lines.at(-1)).toBe("4 files: 1 passed, 2 failed, 1 invalid, 1 waived");
  });

  it("emits at most ten annotations per level, then one notice that counts the rest", async () => {
    const many = Array.from({ length: 12 }, (_, i) => [`drafts/b${String(i).padStart(2, "0")}.yaml`, broken[1]] as [string, string]);
    const text = await out(github, report(many));
    expect(text.match(/^::error /gm)).toHaveLength(GITHUB_LIMIT);
    expect(text).toMatch(/^::notice title=guarantee-score::2 more errors not shown/m);
  });

  it("is inert: one command per line, values escaped, no injected command", async () => {
    const text = await out(github, report([["hostile.yaml", hostile]], { failOn: ["ratified"] }));
    expect(text).not.toMatch(INERT);
    for (const line of text.trim().split("\n").slice(0, -1)) {
      expect(line).toMatch(/^::(error|warning|notice) /);
      const [props, ...message] = line.slice(line.indexOf(" ") + 1).split("::");
      for (const v of props!.split(",").map((p) => p.slice(p.indexOf("=") + 1))) expect(v).not.toMatch(/[:,\r\n]/);
      expect(message.join("::")).not.toMatch(/[\r\n]/);
    }
    expect(text).toContain("%250A"); // the proposal's literal "%0A" arrives escaped, not as a newline
    expect(text.split("\n").filter((l) => l.startsWith("::error::"))).toEqual([]);
  });
});

describe("table", () => {
  it("in summary mode has a row per file and the summary line; in scorecard mode the knock-out comes first", async () => {
    const r = mixed();
    const summary = await out(table, r);
    expect(summary).toMatch(/proposals\/budapest-memorandum-1994\.yaml\s+│ 18\s+│ paper assurance\s+│ failed/);
    expect(summary).toContain("4 files: 1 passed, 2 failed, 1 invalid, 1 waived");
    const { render } = await import("../../src/report/types.js");
    const { NO_PAINT } = await import("../../src/report/text.js");
    const cards = await render(table, report([ref("consensus-guarantors-2022")]), { paint: NO_PAINT, width: 120, detail: "scorecards" });
    expect(cards.indexOf("Knock-out")).toBeLessThan(cards.indexOf("┌"));
  });

  it("is inert and truncates long text with an ellipsis", async () => {
    const long = hostile.replace(/^title: .*$/m, `title: ${"x".repeat(1000)}`);
    const { render } = await import("../../src/report/types.js");
    const { NO_PAINT } = await import("../../src/report/text.js");
    const text = await render(table, report([["hostile.yaml", long]]), { paint: NO_PAINT, width: 120, detail: "scorecards" });
    expect(text).not.toMatch(INERT);
    expect(text).toContain(`${"x".repeat(399)}…`);
    expect(text).not.toContain("x".repeat(401));
  });
});
