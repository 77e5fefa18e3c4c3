// A pull request's tree is hostile: links to .git/config (the CI token after a checkout) or
// to files outside the repository, failing proposals hidden as dot-files or behind links,
// folders that cannot be read. Through the built binary, from the tree's root as CI runs it.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT, run, STACK_TRACE } from "../helpers/run.js";

const GIT_SECRET = "ghs_GitConfigTokenAbcdef0123456789";
const OUT_SECRET = "SECRET_outside_the_tree_9f8e7d6c5b4a";
const FORMATS = ["table", "json", "markdown", "sarif", "junit", "github"];
const proposal = (name: string) => join(ROOT, "proposals", `${name}.yaml`);

let repo: string;
let outside: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "gs-tree-"));
  outside = mkdtempSync(join(tmpdir(), "gs-outside-"));
  // What actions/checkout leaves in .git/config, and a file elsewhere on the runner.
  mkdirSync(join(repo, ".git"));
  writeFileSync(
    join(repo, ".git", "config"),
    `[core]\n\tbare = false\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${GIT_SECRET}\n`,
  );
  writeFileSync(join(outside, "secret.yaml"), `${OUT_SECRET} is the first line\n`);
  writeFileSync(join(outside, "config.yaml"), `waivers: ${OUT_SECRET}\n`);
  copyFileSync(proposal("nato-article5"), join(outside, "valid.yaml"));

  const p = join(repo, "proposals");
  mkdirSync(join(p, ".drafts"), { recursive: true });
  copyFileSync(proposal("nato-article5"), join(p, "ok.yaml")); // 57: passes --min-score 40
  copyFileSync(proposal("budapest-memorandum-1994"), join(p, ".draft.yaml")); // 18: fails it
  copyFileSync(proposal("budapest-memorandum-1994"), join(p, ".drafts", "hidden.yaml"));
  symlinkSync("ok.yaml", join(p, "linked.yaml")); // a link inside the tree: checked
  symlinkSync("../.git/config", join(p, "git-config.yaml"));
  symlinkSync(join(outside, "secret.yaml"), join(p, "secret.yaml"));
  symlinkSync(outside, join(p, "elsewhere")); // a folder outside the tree
  symlinkSync(".", join(p, "loop")); // a folder that contains itself
  symlinkSync("self.yaml", join(p, "self.yaml")); // a link to itself
  mkdirSync(join(p, "node_modules", "pkg"), { recursive: true });
  writeFileSync(join(p, "node_modules", "pkg", "x.yaml"), "not: a proposal\n");
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const noSecret = (text: string, what: string) => {
  expect(text, what).not.toContain(GIT_SECRET);
  expect(text, what).not.toContain(OUT_SECRET);
  expect(text, what).not.toContain("AUTHORIZATION");
};

interface Result {
  file: string;
  valid: boolean;
  errors: { code: string; message: string }[];
  failures: { rule: string }[];
}
const json = (args: string[], cwd = repo) => {
  const r = run(["check", ...args, "-f", "json"], { cwd });
  return { ...r, report: JSON.parse(r.stdout) as { results: Result[]; skipped: { path: string; reason: string }[] } };
};

describe("links out of the tree", () => {
  it("are refused, located, in every format, and nothing of what they point at is quoted", () => {
    for (const format of FORMATS) {
      const out = join(repo, `report-${format}.md`);
      const r = run(["check", "proposals", "-f", format, "-o", `markdown=${out}`], { cwd: repo });
      expect(r.code, format).toBe(1);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      noSecret(r.stdout + r.stderr, format);
      noSecret(readFileSync(out, "utf8"), `${format}: the markdown file`);
    }
    const { report } = json(["proposals"]);
    const refused = report.results.filter((x) => x.errors.some((e) => e.code === "link-outside"));
    expect(refused.map((x) => x.file)).toEqual(["proposals/git-config.yaml", "proposals/secret.yaml"]);
    expect(refused[0]!.errors[0]!.message).toMatch(
      /^a symbolic link to the file .*\.git\/config, in git's own files: not read \(--follow-symlinks reads it\)$/,
    );
    expect(refused[1]!.errors[0]!.message).toMatch(
      /^a symbolic link to the file .*secret\.yaml, outside the folder the run started in: not read/,
    );
    const v = run(["validate", "proposals"], { cwd: repo });
    expect(v.code).toBe(1);
    noSecret(v.stdout + v.stderr, "validate");
    expect(v.stdout).toMatch(/^ {2}proposals\/secret\.yaml:1:1 {2}a symbolic link to the file /m);
  });

  it("are refused when named on the command line too, by check, validate, suggest, diff and report", () => {
    for (const args of [
      ["check", "proposals/secret.yaml"],
      ["check", "proposals/git-config.yaml", "-f", "github"],
      ["validate", "proposals/git-config.yaml"],
      ["suggest", "proposals/secret.yaml"],
      ["diff", "proposals/ok.yaml", "proposals/git-config.yaml"],
      ["report", "proposals/secret.yaml"],
      ["check", "proposals/elsewhere/*.yaml"], // a pattern whose folder is a link out of the tree
      ["check", "proposals/elsewhere"],
    ]) {
      const r = run(args, { cwd: repo });
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stdout + r.stderr, args.join(" ")).toContain("symbolic link");
      noSecret(r.stdout + r.stderr, args.join(" "));
    }
  });

  it("--follow-symlinks reads them", () => {
    symlinkSync(join(outside, "valid.yaml"), join(repo, "proposals-link-valid.yaml"));
    try {
      expect(json(["proposals-link-valid.yaml"]).report.results[0]!.valid).toBe(false);
      const r = json(["proposals-link-valid.yaml", "--follow-symlinks"]);
      expect(r.code).toBe(0);
      expect(r.report.results[0]).toMatchObject({ file: "proposals-link-valid.yaml", valid: true });
    } finally {
      rmSync(join(repo, "proposals-link-valid.yaml"));
    }
  });

  it("a configuration file that links out of the tree is refused (exit 2) without a word of its content; --no-config ignores it", () => {
    const dir = join(repo, "with-config");
    mkdirSync(dir);
    copyFileSync(proposal("nato-article5"), join(dir, "p.yaml"));
    symlinkSync(join(outside, "config.yaml"), join(dir, ".guarantee-score.yaml"));
    symlinkSync(join(outside, "config.yaml"), join(dir, "named.yaml"));
    for (const args of [["check", "p.yaml"], ["check", "p.yaml", "--config", "named.yaml"], ["explain"], ["list"]]) {
      const r = run(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(
        /^guarantee-score: cannot use the configuration .*: a symbolic link to the file .*config\.yaml, outside the folder the run started in/,
      );
      noSecret(r.stdout + r.stderr, args.join(" "));
    }
    expect(run(["check", "p.yaml", "--no-config"], { cwd: dir }).code).toBe(0);
  });
});

describe("what a folder holds", () => {
  it("dot-files, dot-folders and links inside the tree are checked: a failing proposal cannot hide", () => {
    const { code, report } = json(["proposals", "--min-score", "40"]);
    expect(code).toBe(1);
    const byFile = new Map(report.results.map((x) => [x.file, x]));
    expect([...byFile.keys()]).toEqual(
      expect.arrayContaining([
        "proposals/.draft.yaml",
        "proposals/.drafts/hidden.yaml",
        "proposals/linked.yaml",
        "proposals/ok.yaml",
      ]),
    );
    expect(byFile.get("proposals/.draft.yaml")!.failures.map((f) => f.rule)).toEqual(["min-score"]);
    expect(byFile.get("proposals/.drafts/hidden.yaml")!.failures.map((f) => f.rule)).toEqual(["min-score"]);
    expect(byFile.get("proposals/linked.yaml")!.valid).toBe(true);
    // A quoted pattern matches dot-files as well.
    expect(json(["proposals/*.yaml"]).report.results.map((x) => x.file)).toContain("proposals/.draft.yaml");
  });

  it("lists every entry it leaves out, with the reason, on standard error and in JSON", () => {
    const { report, stderr } = json(["proposals"]);
    const skipped = new Map(report.skipped.map((s) => [s.path, s.reason]));
    expect([...skipped.keys()].sort()).toEqual([
      "proposals/elsewhere",
      "proposals/loop",
      "proposals/node_modules",
      "proposals/self.yaml",
    ]);
    expect(skipped.get("proposals/node_modules")).toMatch(/never searched/);
    expect(skipped.get("proposals/elsewhere")).toMatch(
      /^a symbolic link to the folder .*, outside the folder the run started in/,
    );
    expect(skipped.get("proposals/loop")).toMatch(/searched already, as proposals/);
    expect(skipped.get("proposals/self.yaml")).toBe("a link in a loop");
    for (const [path, reason] of skipped) expect(stderr).toContain(`guarantee-score: skipped ${path}: ${reason}\n`);
    const v = run(["validate", "proposals"], { cwd: repo });
    expect(v.stderr).toContain("guarantee-score: skipped proposals/node_modules: ");
  });
});

describe("a folder that cannot be read", () => {
  // root reads every folder: the run drops to nobody to meet a permission it cannot bypass.
  const asUser = (args: string[], cwd: string) => {
    const argv =
      process.getuid?.() === 0
        ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, BIN, ...args]
        : [process.execPath, BIN, ...args];
    const r = spawnSync(argv[0]!, argv.slice(1), {
      cwd,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", GITHUB_STEP_SUMMARY: undefined },
      timeout: 20_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it("is reported like an unreadable file, and the other files are scored", () => {
    const dir = mkdtempSync(join(tmpdir(), "gs-locked-"));
    try {
      mkdirSync(join(dir, "in", "locked"), { recursive: true });
      copyFileSync(proposal("nato-article5"), join(dir, "in", "ok.yaml"));
      copyFileSync(proposal("nato-article5"), join(dir, "in", "locked", "x.yaml"));
      chmodSync(join(dir, "in", "locked"), 0o000);
      chmodSync(dir, 0o755);
      const r = asUser(["check", "in", "-f", "json"], dir);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.code, r.stderr).toBe(1);
      const results = JSON.parse(r.stdout).results as Result[];
      expect(results.map((x) => [x.file, x.valid])).toEqual([
        ["in/locked", false],
        ["in/ok.yaml", true],
      ]);
      expect(results[0]!.errors[0]).toMatchObject({
        code: "unreadable-folder",
        message: "cannot read the folder (EACCES)",
      });
      const v = asUser(["validate", "in"], dir);
      expect(v.code).toBe(1);
      expect(v.stdout).toContain("in/locked:1:1  cannot read the folder (EACCES)");
    } finally {
      chmodSync(join(dir, "in", "locked"), 0o755);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
