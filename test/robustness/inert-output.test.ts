// A proposal whose title, summary, a guarantor's name and a troop contingent's nation carry
// terminal escape sequences, Markdown, HTML/XML metacharacters and workflow-command text,
// fed to every format of check (the list `check --help` prints), to score and to validate,
// through the BUILT binary. Every output must be inert for its target.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run, STACK_TRACE, type RunResult } from "../helpers/run.js";
import { controlProblems, githubProblems, markdownProblems, nonSgrEscapes, xmlProblems } from "./inert.js";

/** Everything at once: SGR, OSC title, OSC 8 hyperlink, C1 CSI, bidi controls, Markdown, HTML, XML, workflow commands, Unicode and ASCII newlines. */
const PAYLOAD =
  "\x1b[31mred \x1b]0;pwned\x07 \x1b]8;;http://evil.example\x07link\x1b]8;;\x07 \x9b2J \u202eevil " +
  "| ## [x](http://evil.example) ![i](http://evil.example/i.png) <script>alert(1)</script> & \"q\" 'a' ]]> <!-- --> %0A %25 ::error::x" +
  " \u061c\u2066isolate\u2069 \u2028line\u2029para" +
  "\n## heading\n::warning file=a,line=1::injected\r\n| a | b |\n";

const TITLE = `T ${PAYLOAD}`;
const GUARANTOR = `G ${PAYLOAD}`;
const ADVERSARY = `A ${PAYLOAD}`;
const NATION = `N ${PAYLOAD}`;
const q = JSON.stringify; // a JSON string is a YAML double-quoted scalar: the escapes survive as characters

// Valid, so it is scored; its guarantor is unratified and an adversary guarantor with a
// consensus decision is a knock-out, so the names reach gate failures and annotations too.
const HOSTILE = `format: 1
id: hostile
title: ${q(TITLE)}
date: 2025-01-01
stage: proposed
beneficiary: Ukraine
adversary: Russia
summary: ${q(`S ${PAYLOAD}`)}
guarantors:
  - name: ${q(GUARANTOR)}
    role: lead
    stance: aligned
    ratification: none
  - name: ${q(ADVERSARY)}
    role: member
    stance: adversary
commitment:
  decision: consensus
troops:
  - nation: ${q(NATION)}
    count: 1000
    role: deterrence
`;

// Invalid: the text reaches error messages, as a value out of its enumeration and as an unknown key.
const INVALID = `title: ${q(`I ${PAYLOAD}`)}
beneficiary: Ukraine
guarantors:
  - name: x
    role: lead
    stance: ${q(`E ${PAYLOAD}`)}
${q(`K ${PAYLOAD}`)}: 1
`;

// A file name is text from the repository too: an OSC title, workflow-command and Markdown metacharacters.
const ODD_NAME = "n\x1b]0;pwned\x07,x:y|z #1.yaml";
const GATES = ["--fail-on", "knockout,ratified", "--min-score", "50"];

let dir: string;
let formats: string[];
const out: Record<string, RunResult> = {};
let stepSummary = "";

// A file name a line cannot show exactly is written as a JSON string: "…\u001b….yaml".
const ownHeading = (line: string) =>
  /^## guarantee-score$/.test(line) ||
  line === "### Summaries and sources (from the files)" ||
  /^###? [A-Z][a-z]+( [a-z]+)*$/.test(line) ||
  (/^#### .*\.yaml"?$/.test(line) && !line.includes("heading"));
const isSummaryLine = (line: string) => /^\d+ files?: \d+ passed, \d+ failed, \d+ invalid(, \d+ waived)?$/.test(line);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gs-inert-"));
  mkdirSync(join(dir, "in"));
  writeFileSync(join(dir, "in", "hostile.yaml"), HOSTILE);
  writeFileSync(join(dir, "in", "invalid.yaml"), INVALID);
  writeFileSync(join(dir, "in", ODD_NAME), HOSTILE);
  const help = run(["check", "--help"]);
  const choices = /format printed on standard output\s*\(choices:\s*((?:"[^"]+",?\s*)+)/.exec(
    help.stdout.replace(/\s+/g, " "),
  );
  formats = [...(choices?.[1] ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  const summaryFile = join(dir, "step-summary.md");
  writeFileSync(summaryFile, "");
  const opts = { cwd: join(dir, "in"), timeout: 60_000, env: { GITHUB_STEP_SUMMARY: undefined as string | undefined } };
  for (const f of formats) {
    out[`check ${f}`] = run(
      ["check", ".", ...GATES, "-f", f],
      f === "github" ? { ...opts, env: { GITHUB_STEP_SUMMARY: summaryFile } } : opts,
    );
    out[`score ${f}`] = run(["score", "hostile.yaml", "invalid.yaml", ODD_NAME, "-f", f], opts);
  }
  out.validate = run(["validate", "."], opts);
  stepSummary = readFileSync(summaryFile, "utf8");
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// JSON.stringify escapes C0 controls but not C1 (U+0080–U+009F, CSI U+009B among them) nor
// bidi controls; the JSON writers pass their text through jsonInert, which writes them as \uXXXX.

describe("every output of a hostile proposal is inert", () => {
  it("check --help lists the six formats, and each ran", () => {
    expect(formats).toEqual(expect.arrayContaining(["table", "json", "markdown", "sarif", "junit", "github"]));
    expect(Object.keys(out)).toHaveLength(formats.length * 2 + 1);
  });

  it("no run crashed: exit 1 (an invalid file, a failed gate), nothing on standard error", () => {
    for (const [name, r] of Object.entries(out)) {
      expect(r.stderr, name).toBe("");
      expect(r.stderr, name).not.toMatch(STACK_TRACE);
      expect(r.code, `${name}: ${r.stderr}`).toBe(1);
    }
  });

  const names = () => Object.keys(out);
  it.each([
    "check table",
    "score table",
    "validate",
    "check markdown",
    "score markdown",
    "check sarif",
    "score sarif",
    "check junit",
    "score junit",
    "check github",
    "score github",
  ])("%s: no escape sequence, C0/C1 control or bidi character", (name) => {
    expect(names()).toContain(name);
    expect(controlProblems(out[name]!.stdout)).toEqual([]);
  });

  it("whatever formats --help lists: no output carries a control character", () => {
    for (const [name, r] of Object.entries(out)) expect(controlProblems(r.stdout), name).toEqual([]);
    expect(controlProblems(stepSummary)).toEqual([]);
  });

  it("json: parses, and carries the text exactly, as data (escaping is JSON's job)", () => {
    for (const name of ["check json", "score json"]) {
      const report = JSON.parse(out[name]!.stdout);
      const r = report.results.find((x: { file: string }) => x.file === "hostile.yaml");
      expect(r.title, name).toBe(TITLE.trim());
      const messages: string[] = r.criteria.map((c: { message: string }) => c.message);
      expect(
        messages.some((m) => m.includes(GUARANTOR.trim())),
        name,
      ).toBe(true);
      expect(
        messages.some((m) => m.includes(NATION.trim())),
        name,
      ).toBe(true);
      expect(report.results.map((x: { file: string }) => x.file)).toContain(ODD_NAME);
      // No C0 control survives unescaped (JSON.stringify's part).
      expect(out[name]!.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f]/);
    }
  });

  it("sarif: valid JSON, SARIF 2.1.0, one-line messages, the text carried cleaned", () => {
    for (const name of ["check sarif", "score sarif"]) {
      const log = JSON.parse(out[name]!.stdout);
      expect(log.version).toBe("2.1.0");
      const texts: string[] = log.runs[0].results.map((r: { message: { text: string } }) => r.message.text);
      expect(texts.length).toBeGreaterThan(0);
      for (const t of texts) expect(controlProblems(t)).toEqual([]);
      expect(
        texts.some((t) => t.includes("evil.example")),
        "the names reach the annotations",
      ).toBe(true);
      for (const r of log.runs[0].results)
        for (const l of r.locations) expect(l.physicalLocation.artifactLocation.uri).not.toMatch(/[\x00-\x1f,:|# ]/);
    }
  });

  it.each(["check markdown", "score markdown", "step summary"])(
    "%s: no HTML, no link or image, no broken table, no injected heading",
    (name) => {
      const md = name === "step summary" ? stepSummary : out[name]!.stdout;
      expect(md.length, "GITHUB_STEP_SUMMARY was written").toBeGreaterThan(0);
      expect(markdownProblems(md, ownHeading)).toEqual([]);
      // `score` has no gate to quote a valid file's text: only the invalid file's, cut at QUOTE_MAX (escapes written \u001b).
      const reaches = name === "score markdown" ? 'found "E \\\\u001b\\[31mred' : "http\\[:\\]//evil.example";
      expect(md, "the hostile text reaches the report, escaped").toContain(reaches);
      expect(md).not.toContain("<script");
      // `\](http\[:\]//…` may remain: an escaped bracket and a defanged URL make no link.
      expect(md).not.toMatch(/(?<!\\)\]\(/);
      expect(md).not.toMatch(/\]\(https?:\/\//);
      expect(md).not.toMatch(/^## heading/m);
    },
  );

  it.each(["check junit", "score junit"])("%s: well-formed XML, no raw ]]> in character data", (name) => {
    const xml = out[name]!.stdout;
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml, "the hostile text reaches the report, escaped").toContain("&lt;script&gt;");
    // Inside CDATA (if any is used) a raw `]]>` would end the section early.
    for (const m of xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)) expect(m[1]).not.toContain("]]>");
  });

  it.each(["check github", "score github"])(
    "%s: every value escaped as GitHub documents; no command comes from user text",
    (name) => {
      const text = out[name]!.stdout;
      expect(githubProblems(text, isSummaryLine)).toEqual([]);
      expect(text, "the user's %25 and %0A are escaped, not decoded").toContain("%2525");
      expect(text).toContain("%250A");
      // the odd name encoded, its escape sequence visible as \u001b: never a cleaned name that another file may have
      if (name === "check github") expect(text).toContain('file="n\\u001b]0;pwned\\u0007%2Cx%3Ay|z #1.yaml"');
      expect(text).not.toMatch(/^::warning file=a/m);
      expect(text).not.toMatch(/^::error::x/m);
      expect(text).not.toMatch(/^(## heading|\| a \| b \|)/m);
    },
  );

  it.each(["check table", "score table", "validate"])(
    "%s: the text is shown cleaned, on the lines the report chose",
    (name) => {
      const text = out[name]!.stdout;
      // A valid file's text in full; an invalid file's quoted, cut at QUOTE_MAX, its escapes written \u001b.
      expect(text).toContain(name === "score table" ? "evil.example" : 'found "E \\u001b[31mred');
      // Newlines in the text are spaces: none of its pieces starts a line of its own.
      expect(text).not.toMatch(/^[\s│|]*(## heading|::warning file=a|\| a \| b \|)/m);
    },
  );

  it("a coloured table holds the report's own SGR colours and nothing else", () => {
    const r = run(["score", "hostile.yaml", "--color"], {
      cwd: join(dir, "in"),
      env: { NO_COLOR: undefined, FORCE_COLOR: "1" },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("\x1b[");
    expect(nonSgrEscapes(r.stdout)).toEqual([]);
  });
});
