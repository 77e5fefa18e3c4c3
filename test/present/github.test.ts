// GitHub workflow commands: worst first (errors, warnings, notices), at most ten of each
// level with one notice that counts the rest, values escaped as GitHub documents, a plain
// summary line last; no text from a proposal can start a command of its own.
import { describe, expect, it } from "vitest";
import { githubData, githubProperty } from "../../src/present/escape.js";
import { github, GITHUB_LIMIT } from "../../src/present/github.js";
import { BROKEN, build, CONTROL, GATES, hostile, mixed, output, reference } from "./fixtures/report.js";

const LEVELS = ["error", "warning", "notice"];
const commands = (text: string) => text.split("\n").filter((l) => l.startsWith("::"));

/** `::level k=v,k=v::message` into its parts; throws on anything else. */
function parse(line: string) {
  const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const props = Object.fromEntries(
    m[2]!.split(",").map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]),
  );
  return { level: m[1]!, props, message: m[3]! };
}

describe("github: annotations", () => {
  it("writes errors (invalid files, gate failures), then warnings (other failed criteria), then notices (waived)", async () => {
    const report = mixed();
    const all = commands(await output(github, report)).map(parse);
    const levels = all.map((c) => c.level);
    expect(levels).toEqual([...levels].sort((a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b)));
    const errors = all.filter((c) => c.level === "error").map((c) => `${c.props.file} ${c.props.title}`);
    expect(errors).toEqual([
      "proposals/west-germany-cold-war.yaml monitoring",
      "proposals/budapest-memorandum-1994.yaml min-score",
      "proposals/budapest-memorandum-1994.yaml knockout",
      "proposals/budapest-memorandum-1994.yaml monitoring",
      "drafts/broken.yaml invalid-proposal",
    ]);
    const notices = all.filter((c) => c.level === "notice" && c.props.file !== undefined);
    expect(notices).toEqual([
      {
        level: "notice",
        props: { file: "proposals/bilateral-agreements-2024.yaml", line: "2", col: "1", title: "monitoring" },
        message:
          "waived: monitoring fails: monitoring not stated; vote scheduled (owner policy-team, until 2099-01-01)",
      },
    ]);
  });

  it("writes ::level file=F,line=L,col=C,title=RULE::message with 1-based positions", async () => {
    const lines = commands(await output(github, mixed()));
    expect(lines).toContain(
      '::error file=drafts/broken.yaml,line=5,col=13,title=invalid-proposal::guarantors[0].stance: expected one of aligned, neutral, adversary; found "ally"',
    );
    expect(lines).toContain(
      "::error file=proposals/budapest-memorandum-1994.yaml,line=1,col=1,title=min-score::scores 25, below the minimum of 30",
    );
    expect(lines).toContain(
      "::warning file=proposals/west-germany-cold-war.yaml,line=2,col=1,title=tied-to-aid::Tied to military and economic aid: aid not stated",
    );
    for (const c of lines.map(parse).filter((c) => c.props.title !== "guarantee-score")) {
      expect(Object.keys(c.props)).toEqual(["file", "line", "col", "title"]);
      expect(Number(c.props.line)).toBeGreaterThanOrEqual(1);
      expect(Number(c.props.col)).toBeGreaterThanOrEqual(1);
    }
  });

  it("ends with the plain summary line", async () => {
    const text = await output(github, mixed());
    expect(text.endsWith("\n")).toBe(true);
    expect(text.trimEnd().split("\n").at(-1)).toBe("5 files: 2 passed, 2 failed, 1 invalid, 1 waived");
  });
});

describe("github: the ten-per-level limit", () => {
  const broken = (n: number) =>
    Array.from({ length: n }, (_, i) => [`drafts/b${String(i).padStart(2, "0")}.yaml`, BROKEN[1]] as [string, string]);
  const waived = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        [`proposals/w${String(i).padStart(2, "0")}.yaml`, reference("west-germany-cold-war")[1]] as [string, string],
    );
  const waiver = { rule: "monitoring", file: "proposals/w*.yaml", reason: "r", owner: "o", expires: "2099-01-01" };

  it("keeps ten errors, the first ones, then one notice counts the rest per level", async () => {
    const text = await output(github, build(broken(12), GATES));
    const lines = commands(text);
    expect(lines.filter((l) => l.startsWith("::error "))).toHaveLength(GITHUB_LIMIT);
    expect(lines.filter((l) => l.startsWith("::error ")).at(-1)).toContain("file=drafts/b09.yaml");
    expect(lines.at(-1)).toBe(
      "::notice title=guarantee-score::2 more errors not shown: GitHub shows 10 annotations of each level per step; see the full report",
    );
  });

  it("when notices overflow too, keeps nine so that the counting notice is the tenth", async () => {
    const text = await output(github, build([...broken(11), ...waived(12)], GATES, [waiver]));
    const lines = commands(text).map(parse);
    const count = (level: string) => lines.filter((c) => c.level === level).length;
    expect(count("error")).toBe(GITHUB_LIMIT);
    expect(count("notice")).toBe(GITHUB_LIMIT); // nine waived, one count
    expect(lines.at(-1)!.message).toMatch(/^1 more error, \d+ more warnings, 3 more notices not shown/);
  });

  it("writes no counting notice when nothing is left out", async () => {
    const text = await output(github, build(broken(GITHUB_LIMIT), GATES));
    expect(commands(text).filter((l) => l.startsWith("::error "))).toHaveLength(GITHUB_LIMIT);
    expect(text).not.toContain("not shown");
  });
});

describe("github: hostile text", () => {
  it("escapes data (% CR LF) and property values (also : and ,) as GitHub documents", () => {
    expect(githubData("100% done")).toBe("100%25 done");
    expect(githubData("%0A%0D")).toBe("%250A%250D");
    expect(githubProperty("a:b,c%d")).toBe("a%3Ab%2Cc%25d");
    // a newline never reaches GitHub as %0A: clean() makes text one line first
    expect(githubData("one\r\ntwo")).toBe("one two");
  });

  it("a hostile report: every line is one of our commands or the summary, with escaped values and no control character", async () => {
    const text = await output(github, hostile());
    expect(text).not.toMatch(CONTROL);
    const lines = text.trimEnd().split("\n");
    expect(lines.at(-1)).toBe("3 files: 0 passed, 2 failed, 1 invalid, 1 waived");
    for (const line of lines.slice(0, -1)) {
      const c = parse(line);
      expect(Object.keys(c.props)).toEqual(c.props.file === undefined ? ["title"] : ["file", "line", "col", "title"]);
      for (const v of Object.values(c.props)) expect(v).not.toMatch(/[:,\r\n]/);
      expect(c.message).not.toMatch(/[\r\n]/);
      expect(c.message).not.toMatch(/%(?!25|0A|0D)/); // every % is one we wrote
    }
    expect(text).toContain("%250A"); // the proposal's literal "%0A" arrives escaped, not as a newline
    // the hostile file name, encoded (its newline as \n, never as a space that names another file), then escaped
    expect(text).toContain('file="drafts/e%2Cv%3Ai%250Al|[x](http%3A//evil)<b>&\\"q\'#?\\n%3A%3Aerror%3A%3An.yaml"');
    expect(lines.filter((l) => /^::(error|warning|notice)::/.test(l))).toEqual([]); // injected commands stay mid-line
  });
});
