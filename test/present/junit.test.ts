// JUnit XML: well-formed XML 1.0 (checked by the small parser below, which also gives the
// tree the other tests read), a suite per file with counts that match its cases, a case per
// criterion; a gate failure fails, a waived one is skipped with its reason, an invalid file
// is one failing case `valid`; hostile text arrives as text, never as markup.
import { describe, expect, it } from "vitest";
import { xml as esc } from "../../src/present/escape.js";
import { junit } from "../../src/present/junit.js";
import { rules } from "../../src/model/rules/index.js";

const weight = (id: string) => rules.find((r) => r.meta.id === id)!.meta.weight;
import { clean } from "../../src/util/sanitize.js";
import { BROKEN, build, CONTROL, EVIL, GATES, HOSTILE_FILE, hostile, mixed, output } from "./fixtures/report.js";

interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;
// XML 1.0 Char: tab, LF, CR, and everything from space up but surrogates, U+FFFE and U+FFFF.
const NOT_CHAR = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Parse the subset of XML the formatter writes, or throw saying where it is not well-formed. */
function parseXml(text: string): Element {
  if (NOT_CHAR.test(text)) throw new Error(`character not allowed in XML 1.0 at ${text.search(NOT_CHAR)}`);
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${at}: ${JSON.stringify(text.slice(at, at + 40))}`);
  };
  const decode = (raw: string) => {
    let out = "";
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i]!;
      if (c === "<") fail("raw < in character data");
      if (c !== "&") {
        out += c;
        continue;
      }
      const end = raw.indexOf(";", i);
      const ref = end === -1 ? "" : raw.slice(i + 1, end);
      if (ENTITIES[ref] !== undefined) out += ENTITIES[ref];
      else if (/^#[0-9]+$/.test(ref) || /^#x[0-9a-fA-F]+$/.test(ref)) {
        const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        const ch = String.fromCodePoint(code);
        if (NOT_CHAR.test(ch)) fail(`reference to a character not allowed: &${ref};`);
        out += ch;
      } else fail(`stray & (${raw.slice(i, i + 10)})`);
      i = end;
    }
    return out;
  };
  const name = () => {
    const m = NAME.exec(text.slice(at));
    if (!m) fail("expected a name");
    at += m![0].length;
    return m![0];
  };
  const space = () => {
    while (/\s/.test(text[at] ?? "")) at++;
  };
  if (text.startsWith("<?xml")) {
    const end = text.indexOf("?>");
    if (end === -1) fail("unterminated XML declaration");
    at = end + 2;
  }
  space();
  const element = (): Element => {
    if (text[at] !== "<") fail("expected <");
    at++;
    const el: Element = { name: name(), attrs: {}, children: [], text: "" };
    for (;;) {
      const before = at;
      space();
      if (text.startsWith("/>", at)) {
        at += 2;
        return el;
      }
      if (text[at] === ">") {
        at++;
        break;
      }
      if (at === before) fail("expected space before an attribute");
      const key = name();
      if (key in el.attrs) fail(`duplicate attribute ${key}`);
      space();
      if (text[at] !== "=") fail("expected =");
      at++;
      space();
      const quote = text[at];
      if (quote !== '"' && quote !== "'") fail("expected a quoted value");
      const end = text.indexOf(quote!, at + 1);
      if (end === -1) fail("unterminated attribute value");
      el.attrs[key] = decode(text.slice(at + 1, end));
      at = end + 1;
    }
    for (;;) {
      const next = text.indexOf("<", at);
      if (next === -1) fail(`unclosed <${el.name}>`);
      const raw = text.slice(at, next);
      if (raw.includes("]]>")) fail("]]> in character data");
      el.text += decode(raw);
      at = next;
      if (text.startsWith("</", at)) {
        at += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`);
        space();
        if (text[at] !== ">") fail("expected >");
        at++;
        return el;
      }
      if (text.startsWith("<!", at) || text.startsWith("<?", at)) fail("comment, CDATA or processing instruction");
      el.children.push(element());
    }
  };
  const root = element();
  space();
  if (at !== text.length) fail("content after the root element");
  return root;
}

const doc = async (report = mixed()) => parseXml(await output(junit, report));
const suite = (root: Element, file: string) => root.children.find((s) => s.attrs.name === file)!;
const kase = (s: Element, name: string) => s.children.find((c) => c.attrs.name === name)!;
const only = (c: Element) => {
  expect(c.children).toHaveLength(1);
  return c.children[0]!;
};

describe("junit: the checker", () => {
  it("rejects what is not well-formed", () => {
    for (const bad of [
      "<a><b></a>",
      "<a>x & y</a>",
      "<a>x < y</a>",
      '<a b="<"/>',
      '<a b="1" b="2"/>',
      "<a/><b/>",
      "<a>]]></a>",
      "<a>\x1b</a>",
      "<a>&#0;</a>",
      "<a",
      '<a b="1"c="2"/>',
      "<a><!-- --></a>",
    ]) {
      expect(() => parseXml(bad), bad).toThrow();
    }
    expect(parseXml('<?xml version="1.0"?>\n<a b="&amp;&quot;">x &lt;&#10;</a>\n')).toEqual({
      name: "a",
      attrs: { b: '&"' },
      children: [],
      text: "x <\n",
    });
  });
});

describe("junit: the report", () => {
  it("is well-formed: testsuites, a testsuite per file, a testcase per criterion; counts match the cases", async () => {
    const report = mixed();
    const root = await doc(report);
    expect(root.name).toBe("testsuites");
    expect(root.children.map((s) => s.name)).toEqual(report.results.map(() => "testsuite"));
    expect(root.children.map((s) => s.attrs.name)).toEqual(report.results.map((r) => r.file));
    for (const s of root.children) {
      expect(s.children.every((c) => c.name === "testcase" && c.attrs.classname === s.attrs.name)).toBe(true);
      expect(Number(s.attrs.tests)).toBe(s.children.length);
      expect(Number(s.attrs.failures)).toBe(
        s.children.filter((c) => c.children.some((x) => x.name === "failure")).length,
      );
      expect(Number(s.attrs.skipped)).toBe(
        s.children.filter((c) => c.children.some((x) => x.name === "skipped")).length,
      );
      expect(s.attrs.errors).toBe("0");
    }
    const ids = rules.map((r) => r.meta.id);
    expect(suite(root, "proposals/ukraine-compact-2025.yaml").children.map((c) => c.attrs.name)).toEqual(ids);
    expect(suite(root, "proposals/budapest-memorandum-1994.yaml").children.map((c) => c.attrs.name)).toEqual([
      ...ids,
      "min-score",
      "knockout",
    ]);
  });

  it("fails a criterion that fails a gate; any other criterion passes, its result in system-out", async () => {
    const root = await doc();
    const germany = suite(root, "proposals/west-germany-cold-war.yaml");
    expect(germany.attrs).toMatchObject({ tests: String(rules.length), failures: "1", skipped: "0" });
    const failure = only(kase(germany, "monitoring"));
    expect(failure).toMatchObject({
      name: "failure",
      attrs: { message: "monitoring fails: monitoring not stated", type: "monitoring" },
      text: `fail 0/${weight("monitoring")}: monitoring not stated (line 2)`,
    });
    // failed, but no gate: a passing test case that says so
    expect(only(kase(germany, "tied-to-aid"))).toMatchObject({
      name: "system-out",
      text: `fail 0/${weight("tied-to-aid")}: aid not stated (line 2)`,
    });
    expect(only(kase(germany, "ratified"))).toMatchObject({
      name: "system-out",
      text: expect.stringMatching(new RegExp(`^pass ${weight("ratified")}/${weight("ratified")}: `)),
    });
  });

  it("gives the gates that are not criteria test cases of their own", async () => {
    const budapest = suite(await doc(), "proposals/budapest-memorandum-1994.yaml");
    expect(budapest.attrs).toMatchObject({ tests: String(rules.length + 2), failures: "3", skipped: "0" });
    expect(only(kase(budapest, "min-score"))).toMatchObject({
      name: "failure",
      attrs: { message: "scores 25, below the minimum of 30", type: "min-score" },
      text: "line 1: scores 25, below the minimum of 30",
    });
    expect(only(kase(budapest, "knockout")).attrs.message).toMatch(/^knock-out: .*\(waiver expired on 2020-01-01\)$/);
  });

  it("skips a waived failure with its reason, owner and end date", async () => {
    const bilateral = suite(await doc(), "proposals/bilateral-agreements-2024.yaml");
    expect(bilateral.attrs).toMatchObject({ tests: String(rules.length), failures: "0", skipped: "1" });
    expect(only(kase(bilateral, "monitoring"))).toEqual({
      name: "skipped",
      attrs: { message: "waived: vote scheduled (policy-team, until 2099-01-01)" },
      children: [],
      text: "",
    });
  });

  it("makes an invalid file one failing test case `valid` that lists each located error", async () => {
    const broken = suite(
      await doc(build([BROKEN, ["drafts/two.yaml", "title: [\nbeneficiary: 1\n"]], GATES)),
      "drafts/broken.yaml",
    );
    expect(broken.attrs).toMatchObject({ tests: "1", failures: "1", skipped: "0" });
    expect(only(kase(broken, "valid"))).toMatchObject({
      name: "failure",
      attrs: { message: "invalid file: 1 problem", type: "invalid" },
      text: '5:13 guarantors[0].stance: expected one of aligned, neutral, adversary; found "ally"',
    });
  });

  it("lists several errors one per line", async () => {
    const text = "beneficiary: 1\nguarantors: 2\n";
    const s = (await doc(build([["drafts/many.yaml", text]]))).children[0]!;
    const failure = only(kase(s, "valid"));
    expect(failure.attrs.message).toMatch(/^invalid file: \d+ problems$/);
    const lines = failure.text.split("\n");
    expect(lines.length).toBe(Number(failure.attrs.message!.match(/\d+/)![0]));
    for (const line of lines) expect(line).toMatch(/^\d+:\d+ /);
  });
});

describe("junit: hostile text", () => {
  it("escapes the five special characters and drops what XML 1.0 does not allow", () => {
    expect(esc(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    expect(esc("]]>")).toBe("]]&gt;");
    expect(esc("a\x00b\x1b[31mc\ud800d\uffffe\nf")).toBe("a\ufffdbc\ufffdd\ufffde f");
    expect(parseXml(`<a b="${esc(EVIL)}">${esc(EVIL)}</a>`)).toEqual({
      name: "a",
      attrs: { b: clean(EVIL) },
      children: [],
      text: clean(EVIL),
    });
  });

  it("a hostile report is well-formed; names, messages and reasons arrive as the cleaned text", async () => {
    const text = await output(junit, hostile());
    expect(text).not.toMatch(CONTROL);
    expect(text).not.toContain("]]>");
    expect(text).not.toContain("<script");
    const root = parseXml(text);
    // The name exactly, as a JSON string since it holds a newline: never the cleaned name, which another, real file may have.
    expect(root.children.map((s) => s.attrs.name)).toEqual([
      JSON.stringify(HOSTILE_FILE),
      "drafts/hostile-invalid.yaml",
      "drafts/hostile-waived.yaml",
    ]);
    expect(JSON.parse(root.children[0]!.attrs.name!)).toBe(HOSTILE_FILE);
    const first = root.children[0]!;
    expect(first.children.every((c) => c.attrs.classname === JSON.stringify(HOSTILE_FILE))).toBe(true);
    const ratified = only(kase(first, "ratified"));
    expect(ratified.name).toBe("failure");
    expect(ratified.attrs.message).toContain(clean(EVIL));
    const waived = only(kase(root.children[2]!, "ratified"));
    expect(waived.name).toBe("skipped");
    expect(waived.attrs.message).toBe(
      `waived: ${clean(hostile().results[2]!.gate.waived[0]!.waiver.reason)} (${clean(hostile().results[2]!.gate.waived[0]!.waiver.owner)}, until 2099-01-01)`,
    );
    const walk = (e: Element): string[] => [e.text, ...Object.values(e.attrs), ...e.children.flatMap(walk)];
    for (const s of walk(root)) expect(s).not.toMatch(CONTROL);
  });
  it("names a configuration that a line cannot show exactly as a JSON string, as every format does", async () => {
    const file = "evil\u001b]0;pwn\u0007\n::error::x.yaml";
    const root = parseXml(await output(junit, { ...mixed(), config: { file, changes: ["disabled: public"] } }));
    const props = root.children[0]!.children.find((c) => c.name === "properties")!.children;
    expect(props.find((p) => p.attrs.name === "guarantee-score.configuration")!.attrs.value).toBe(JSON.stringify(file));
  });
});
