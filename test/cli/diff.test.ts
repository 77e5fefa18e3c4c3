// diff end to end: files, standard input, a git revision, formats, regression gates, exit codes.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { beforeAll, describe, expect, it } from "vitest";
import { registerDiff } from "../../src/cli/commands/diff.js";
import { UsageError } from "../../src/cli/errors.js";
import type { IO } from "../../src/cli/io.js";
import { NO_PAINT } from "../../src/present/text.js";
import { DEFAULT_LIMITS, type Limits } from "../../src/schema/load.js";
import { parseSize } from "../../src/cli/options.js";
import { ROOT, run, STACK_TRACE } from "../helpers/run.js";

// The command in-process, registered on a bare program as src/cli/program.ts would,
// with main()'s mapping of errors to exit codes.
async function inProcess(args: string[], opts: { cwd: string; input?: string; shared?: boolean }) {
  const out: string[] = [];
  const err: string[] = [];
  const io: IO = {
    stdout: { write: (s: string) => void out.push(s) },
    stderr: { write: (s: string) => void err.push(s) },
    env: {},
    cwd: opts.cwd,
    stdoutIsTTY: false,
    readStdin: async () => Buffer.from(opts.input ?? ""),
  };
  const result = { code: 0 };
  const program = new Command("guarantee-score")
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  // With `shared`, the helpers program.ts hands its self-registering commands.
  const helpers = {
    paintFor: async () => NO_PAINT,
    withShared: (cmd: Command) =>
      cmd.option("--color").option("--no-color").addOption(new Option("--max-file-size <size>").argParser(parseSize)),
    limitsFor: (o: { maxFileSize?: number }): Limits => ({
      ...DEFAULT_LIMITS,
      maxBytes: o.maxFileSize ?? DEFAULT_LIMITS.maxBytes,
    }),
    widthFor: () => 120,
    withConfig: (cmd: Command) => cmd.option("-c, --config <file>").option("--no-config"),
    rootFor: () => undefined,
  };
  // Without `shared`: colour flags only, default limits.
  const plain = {
    ...helpers,
    withShared: (cmd: Command) => cmd.option("--color").option("--no-color"),
    limitsFor: () => DEFAULT_LIMITS,
  };
  registerDiff(program, io, result, opts.shared ? helpers : plain);
  let code: number;
  try {
    await program.parseAsync(["diff", ...args], { from: "user" });
    code = result.code;
  } catch (e) {
    if (e instanceof UsageError) err.push(`guarantee-score: ${e.message}\n`);
    else if (!(e instanceof CommanderError)) throw e;
    code = 2;
  }
  return { code, stdout: out.join(""), stderr: err.join("") };
}

let repo: string;
const original = readFileSync(join(ROOT, "proposals", "bilateral-agreements-2024.yaml"), "utf8");
// The UK withdraws its signature; Poland sends troops.
const revised = original
  .replace(/(- name: United Kingdom\n(?:.*\n)*?\s+ratification: )executive/, "$1none")
  .replace(
    "# troops: no guarantor forces in Ukraine; left out.",
    "troops:\n  - nation: Poland\n    count: 5000\n    role: tripwire",
  );

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "gs-diff-"));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "pipe" });
  git("init", "-q");
  git("config", "user.email", "test@example.org");
  git("config", "user.name", "Test");
  writeFileSync(join(repo, "draft.yaml"), original);
  mkdirSync(join(repo, "sub"));
  writeFileSync(join(repo, "sub", "inner.yaml"), original);
  writeFileSync(
    join(repo, "committed-broken.yaml"),
    "title: Broken\nbeneficiary: Ukraine\nguarantors:\n  - name: UK\n    stance: ally\n",
  );
  git("add", "draft.yaml", "sub/inner.yaml", "committed-broken.yaml");
  git("commit", "-qm", "first draft");
  writeFileSync(join(repo, "draft.yaml"), revised);
  copyFileSync(join(ROOT, "proposals", "nato-article5.yaml"), join(repo, "nato.yaml"));
});

describe("diff", () => {
  it("compares a committed file with its working copy through REV:path", () => {
    const r = run(["diff", "HEAD:draft.yaml", "draft.yaml", "-f", "json"], { cwd: repo });
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.before.file).toBe("HEAD:draft.yaml");
    expect(d.changes.map((c: { path: string; kind: string }) => [c.path, c.kind])).toEqual([
      ["guarantors[United Kingdom].ratification", "changed"],
      ["troops", "added"],
    ]);
    const byId = Object.fromEntries(d.criteria.map((c: { id: string; delta: number }) => [c.id, c]));
    expect(byId.ratified.delta).toBeLessThan(0);
    expect(byId["boots-on-the-ground"].delta).toBeGreaterThan(0);
    expect(byId.ratified.movedBy).toEqual(["guarantors[United Kingdom].ratification"]);
    expect(d.delta).toBe(d.after.score - d.before.score);
    for (const k of ["before", "after"]) expect(Object.keys(d[k])).toEqual(["file", "score", "tier", "knockout"]);
  });

  it("--fail-on-regression exits 1 when a criterion went down; with a list, only for those", () => {
    expect(run(["diff", "HEAD:draft.yaml", "draft.yaml", "--fail-on-regression"], { cwd: repo }).code).toBe(1);
    expect(run(["diff", "HEAD:draft.yaml", "draft.yaml", "--fail-on-regression", "ratified"], { cwd: repo }).code).toBe(
      1,
    );
    expect(
      run(["diff", "HEAD:draft.yaml", "draft.yaml", "--fail-on-regression", "boots-on-the-ground,public"], {
        cwd: repo,
      }).code,
    ).toBe(0);
    const bad = run(["diff", "HEAD:draft.yaml", "draft.yaml", "--fail-on-regression", "ratifed"], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean "ratified"');
  });

  it("lists regressions first in the table, and reads standard input", () => {
    const r = run(["diff", "-", "draft.yaml"], { cwd: repo, input: original });
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf("▼ ratified")).toBeGreaterThan(-1);
    expect(r.stdout.indexOf("▼ ratified")).toBeLessThan(r.stdout.indexOf("▲ boots-on-the-ground"));
    expect(r.stdout).toMatch(/Total \d+ → \d+ \([+-]?\d+\)/);
    expect(run(["diff", "-", "draft.yaml", "-f", "markdown"], { cwd: repo, input: original }).stdout).toContain(
      "| 🔻 ratified |",
    );
  });

  it("reports an invalid draft with its located errors and says it cannot compare", () => {
    writeFileSync(
      join(repo, "broken.yaml"),
      "title: Broken\nbeneficiary: Ukraine\nguarantors:\n  - name: UK\n    stance: ally\n",
    );
    const r = run(["diff", "nato.yaml", "broken.yaml"], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("broken.yaml:5:13  guarantors[0].stance");
    expect(r.stderr).toContain("cannot compare");
    expect(r.stdout).toBe("");
  });

  it("exits 2 for a bad revision, a missing file or a wrong option, without a stack trace", () => {
    for (const args of [
      ["nosuchrev:draft.yaml", "draft.yaml"],
      ["missing.yaml", "draft.yaml"],
      ["draft.yaml"],
      ["draft.yaml", "nato.yaml", "-f", "sarif"],
    ]) {
      const r = run(["diff", ...args], { cwd: repo });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
  });
});

describe("diff, in-process through registerDiff", () => {
  it("reads REV:path and a relative file against the IO's folder, not the process's", async () => {
    const r = await inProcess(["HEAD:draft.yaml", "draft.yaml", "-f", "json", "--fail-on-regression", "ratified"], {
      cwd: repo,
    });
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout);
    expect([d.before.file, d.after.file]).toEqual(["HEAD:draft.yaml", "draft.yaml"]);
    expect(d.criteria.find((c: { id: string }) => c.id === "ratified").delta).toBeLessThan(0);
  });

  it("guarantors reordered: no change, exit 0 even under --fail-on-regression", async () => {
    const reordered = original.replace(/guarantors:\n([\s\S]*?)\n(?=\S)/, (_m, body: string) => {
      const items = body.split(/\n(?= {2}- name:)/);
      return `guarantors:\n${[...items].reverse().join("\n")}\n`;
    });
    expect(reordered).not.toBe(original);
    const r = await inProcess(["-", "HEAD:draft.yaml", "--fail-on-regression"], { cwd: repo, input: reordered });
    expect(r.stdout).toContain("Changed fields (0)");
    expect(r.stdout).toContain("Criteria that moved (0)");
    expect(r.code).toBe(0);
  });

  it("refuses a revision that git would take for an option, and runs nothing", async () => {
    const target = join(repo, "pwned");
    const r = await inProcess(["--", `--output=${target}:x`, "draft.yaml"], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a revision cannot start with "-"');
    expect(existsSync(target)).toBe(false);
  });

  it("refuses a folder at a revision, and passes on git's hint about paths from the root", async () => {
    const tree = await inProcess(["HEAD:sub", "draft.yaml"], { cwd: repo });
    expect(tree.code).toBe(2);
    expect(tree.stderr).toContain("cannot read HEAD:sub with git: it is a tree, not a file");
    const rel = await inProcess(["HEAD:inner.yaml", "inner.yaml"], { cwd: join(repo, "sub") });
    expect(rel.code).toBe(2);
    expect(rel.stderr).toContain("HEAD:./inner.yaml");
    expect((await inProcess(["HEAD:./inner.yaml", "inner.yaml"], { cwd: join(repo, "sub") })).code).toBe(0);
  });

  it("an invalid committed draft is located under its REV:path name; nothing is compared", async () => {
    const r = await inProcess(["HEAD:committed-broken.yaml", "draft.yaml", "-f", "json"], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("HEAD:committed-broken.yaml:5:13  guarantors[0].stance");
    expect(r.stderr).toContain("cannot compare");
    expect(r.stdout).toBe("");
  });

  it("a side over the size limit is an invalid file (exit 1), from git as from disk", async () => {
    const r = await inProcess(["HEAD:draft.yaml", "draft.yaml", "--max-file-size", "100"], { cwd: repo, shared: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/HEAD:draft\.yaml:1:1 +over the limit of 100 bytes/);
    expect(r.stderr).toMatch(/draft\.yaml:1:1 +file is .* over the limit of 100 bytes/);
  });

  it("--fail-on-regression: an empty list and a swallowed file name are usage errors", async () => {
    const empty = await inProcess(["HEAD:draft.yaml", "draft.yaml", "--fail-on-regression="], { cwd: repo });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("expected criterion ids");
    const swallowed = await inProcess(["--fail-on-regression", "HEAD:draft.yaml", "draft.yaml", "nato.yaml"], {
      cwd: repo,
    });
    expect(swallowed.code).toBe(2);
    expect(swallowed.stderr).toContain("put --fail-on-regression after the files");
    expect((await inProcess(["-", "-"], { cwd: repo })).code).toBe(2);
  });
});
