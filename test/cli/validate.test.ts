// End to end through the built binary: exit codes, output shape, hostile files.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STANCES } from "../../src/schema/proposal.js";
import { ROOT, STACK_TRACE, assertBuilt, run } from "../helpers/run.js";

const VALID_REL = "test/schema/fixtures/valid.yaml";
const VALID_TEXT = readFileSync(join(ROOT, VALID_REL), "utf8");
const tmp = mkdtempSync(join(tmpdir(), "guarantee-score-validate-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => assertBuilt());

/** Write a file into the temp dir and return its absolute path. */
function write(name: string, content: string | Buffer): string {
  const f = join(tmp, name);
  writeFileSync(f, content);
  return f;
}
/** 1-based line and column of `needle` (searched from `from`) in `text`. */
function posOf(text: string, needle: string, from = 0) {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`${JSON.stringify(needle)} not found`);
  const before = text.slice(0, i).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
function expectNoStack(r: { stdout: string; stderr: string }) {
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.stdout).not.toMatch(STACK_TRACE);
  expect(r.stderr).not.toContain("internal error");
}

describe("guarantee-score validate: exit 0", () => {
  it("prints `file: ok` for a valid file", () => {
    const r = run(["validate", VALID_REL]);
    expect(r).toEqual({ code: 0, stdout: `${VALID_REL}: ok\n`, stderr: "" });
  });

  it("validates several files and folders, one line each", () => {
    const dir = join(tmp, "all-valid");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.yaml"), VALID_TEXT);
    writeFileSync(join(dir, "b.yml"), VALID_TEXT);
    writeFileSync(join(dir, "notes.txt"), "not a proposal");
    const r = run(["validate", VALID_REL, dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toEqual([
      `${VALID_REL}: ok`,
      `${join(dir, "a.yaml")}: ok`,
      `${join(dir, "b.yml")}: ok`,
    ]);
  });
});

describe("guarantee-score validate: exit 1", () => {
  it("a broken copy of a valid file names the file, line, column, path and allowed values", () => {
    // Break France's stance (the second guarantor), leaving the UK's alone.
    const at = VALID_TEXT.indexOf("stance: aligned", VALID_TEXT.indexOf("name: France"));
    const broken = `${VALID_TEXT.slice(0, at)}stance: allied${VALID_TEXT.slice(at + "stance: aligned".length)}`;
    const file = write("broken.yaml", broken);
    const { line, column } = posOf(broken, "allied");
    const r = run(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}: 1 problem\n`);
    expect(r.stdout).toContain(`${file}:${line}:${column}`);
    expect(r.stdout).toContain("guarantors[1].stance");
    expect(r.stdout).toContain('"allied"');
    for (const s of STANCES) expect(r.stdout).toContain(s);
    expectNoStack(r);
  });

  it("reports every problem in a file, with a did-you-mean for a typo", () => {
    const broken = VALID_TEXT.replace("nato: none", "nato: maybe").replace("publicity: public", "publicty: public");
    const file = write("two-problems.yaml", broken);
    const r = run(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}: 2 problems`);
    const publicity = posOf(broken, "publicty");
    const nato = posOf(broken, "maybe");
    expect(r.stdout).toContain(`${file}:${publicity.line}:${publicity.column}  publicty:`);
    expect(r.stdout).toContain('did you mean "publicity"?');
    expect(r.stdout).toContain(`${file}:${nato.line}:${nato.column}  nato:`);
    // In file order.
    expect(r.stdout.indexOf("publicty")).toBeLessThan(r.stdout.indexOf("maybe"));
  });

  it("one invalid file among valid ones → 1, and the valid ones are still reported ok", () => {
    const bad = write("bad-among-good.yaml", "title: T\n");
    const r = run(["validate", VALID_REL, bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${VALID_REL}: ok`);
    expect(r.stdout).toContain(`${bad}: 2 problems`);
  });

  it("a YAML syntax error is reported with its own line and column", () => {
    const text = 'title: T\nsummary: "a\\qb"\nbeneficiary: U\nguarantors: [{name: UK}]\n';
    const file = write("syntax.yaml", text);
    const r = run(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}:2:${posOf(text, "\\q").column}`);
  });

  it("text from the file and the file name cannot drive the terminal", () => {
    const file = write(
      "evil-\x1b]0;pwned\x07-\x1b[31mred.yaml",
      'title: T\nbeneficiary: U\nguarantors: [{name: UK}]\nnato: "\\e]8;;http://x\\a\\e[2Jgotcha\\u202e"\n',
    );
    const r = run(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("gotcha");
    expect(r.stdout).not.toMatch(/[\x1b\x07\x9b\u202e]/);
    expect(r.stdout.trim().split("\n")).toHaveLength(2); // the header and one diagnostic: no injected lines
  });

  it("NO_COLOR output carries no escape sequences", () => {
    const r = run(["validate", write("plain.yaml", "title: T\n")]);
    expect(r.stdout).not.toContain("\x1b");
  });
});

describe("hostile files end in a clear diagnostic, never a crash, a hang or a stack trace", () => {
  const MIN = "title: T\nbeneficiary: U\nguarantors:\n  - name: UK\n";
  const hostile: Record<string, string | Buffer> = {
    "empty.yaml": "",
    "comments.yaml": "# only\n# comments\n",
    "binary.yaml": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    "latin1.yaml": Buffer.from("title: Z\xfcrich\n", "latin1"),
    "multi-doc.yaml": `${MIN}---\n${MIN}`,
    "duplicate.yaml": `${MIN}title: again\n`,
    "proto.yaml": `${MIN}__proto__:\n  polluted: true\n`,
    "bomb.yaml": `a: &a [x,x,x,x,x,x,x,x,x,x]\n${"bcdefghi"
      .split("")
      .map((c, i) => `${c}: &${c} [${Array(10).fill(`*${"abcdefghi"[i]}`).join(",")}]`)
      .join("\n")}\n`,
    "deep-flow.yaml": `title: ${"[".repeat(100_000)}\n`,
    "deep-block.yaml": `${"- ".repeat(100_000)}x\n`,
    "deep-indent.yaml": `${Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} v\n`,
    "tabs.yaml": "title: T\nbeneficiary: U\nguarantors:\n\t- name: UK\n",
    "bad-date.yaml": `${MIN}date: 2025-02-30\n`,
    "negative.yaml": `${MIN}troops:\n  - nation: UK\n    count: -1\n`,
    "overflow.yaml": `${MIN}commitment:\n  response_hours: 1e400\nbeneficiary_forces:\n  standing_army: 99999999999999999999\n`,
    "unresolved-alias.yaml": `${MIN}summary: *nope\n`,
    "not-a-mapping.yaml": "- just\n- a list\n",
  };
  let r: ReturnType<typeof run>;
  let dir: string;
  beforeAll(() => {
    dir = join(tmp, "hostile");
    mkdirSync(dir);
    for (const [name, content] of Object.entries(hostile)) writeFileSync(join(dir, name), content);
    r = run(["validate", dir], { timeout: 60_000 });
  }, 60_000);

  it("exits 1 (invalid files), not 2 (a crash)", () => {
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe("");
    expectNoStack(r);
  });

  it.each(Object.keys(hostile))("%s gets a located diagnostic", (name) => {
    const file = join(dir, name);
    expect(r.stdout).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\d+ problems?$`, "m"));
    expect(r.stdout).toContain(`  ${file}:`);
    expect(r.stdout).not.toMatch(/Maximum call stack|RangeError|TypeError|undefined/);
  });

  it("does not leave Object.prototype polluted in the process that read the files", () => {
    // The binary reads the files in a child process: the check runs the built loader in one, on one thread.
    const script = join(ROOT, "test/helpers/validate-in-process.mjs");
    const p = spawnSync(process.execPath, [script, dir], {
      env: { ...process.env, GUARANTEE_SCORE_THREADS: "0", NO_COLOR: "1" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(p.status, p.stderr).toBe(1);
    expect(p.stdout).toContain(`${join(dir, "proto.yaml")}: `);
    expect(p.stdout).toContain("__proto__");
    expect(p.stdout).toMatch(/\nprototype: \{"polluted":null,"changed":false\}\n$/);
  });
});

describe("file size limit", () => {
  let big: string;
  beforeAll(() => {
    // A valid proposal padded with comments to about 1.5 MiB, generated here, never committed.
    big = write("big.yaml", VALID_TEXT + `# ${"x".repeat(78)}\n`.repeat(20_000));
  });

  it("a file over the default 1 MiB limit is refused with a hint to raise it", () => {
    const r = run(["validate", big]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${big}:1:1`);
    expect(r.stdout).toContain("over the limit of 1 MiB");
    expect(r.stdout).toContain("--max-file-size");
  });

  it("--max-file-size 20MB raises the limit", () => {
    const r = run(["validate", "--max-file-size", "20MB", big]);
    expect(r).toMatchObject({ code: 0, stdout: `${big}: ok\n` });
  });

  it("--max-file-size can also lower it", () => {
    const r = run(["validate", "--max-file-size", "1KB", VALID_REL]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("over the limit of 1 KiB");
  });

  it("a size that is not a size is a usage error", () => {
    const r = run(["validate", "--max-file-size", "lots", VALID_REL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("lots");
    expectNoStack(r);
  });
});

describe("guarantee-score validate: exit 2 (the command itself is wrong)", () => {
  it("an unknown option", () => {
    const r = run(["validate", "--bogus", VALID_REL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--bogus");
    expect(r.stdout).toBe("");
    expectNoStack(r);
  });

  it("no files given", () => {
    const r = run(["validate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/files/);
    expectNoStack(r);
  });

  it("a named file that does not exist, without stopping the other files", () => {
    const missing = join(tmp, "does-not-exist.yaml");
    const r = run(["validate", missing, VALID_REL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(missing);
    expect(r.stdout).toContain(`${VALID_REL}: ok`);
    expectNoStack(r);
  });

  it("a missing file outranks an invalid one, and the invalid one is still reported", () => {
    const bad = write("invalid-with-missing.yaml", "title: T\n");
    const r = run(["validate", bad, join(tmp, "also-missing.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${bad}: 2 problems`);
    expect(r.stderr).toContain("also-missing.yaml");
  });

  it("the name of a missing file cannot drive the terminal either", () => {
    const r = run(["validate", "nope-\x1b]0;pwned\x07.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/[\x1b\x07]/);
  });
});
