// The ways a user gets the tool, tried as a user would: the GitHub Action and the two example
// workflows (docs/examples/), the pre-commit hook, and the packed tarball installed in an empty
// folder. Each starts from a fresh repository holding this tree's files (what a clone gets),
// so a file the build needs but git does not hold fails here. Slow by nature: each install
// builds the tool once, as it would for a user.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run.js";
import { type Context, runAction, runWorkflow, type StepResult } from "../helpers/workflow.js";

const SLOW = 600_000;
const REPO_URL = "https://github.com/guarantee-score/guarantee-score";
const ACTION = "guarantee-score/guarantee-score@v0.1.0";

let base: string;
let clone: string; // a clone of the fresh repository, at its tag: what `uses:` checks out
let built = false;

/** The action, run on a checkout that the first run built: later runs skip the build step. */
function action(inputs: Record<string, string>, ctx: Context): StepResult {
  const r = runAction(clone, inputs, ctx, { skip: built ? ["Build guarantee-score"] : [] });
  built ||= existsSync(join(clone, "dist/bundle/cli.js"));
  return r;
}

// npm's own variables from `npm test` must not leak into the installs; the cache is shared, so
// what the lockfile names is taken from it when it is there.
function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !/^npm_/i.test(k) && !/^(NO_COLOR|FORCE_COLOR|INIT_CWD)$/.test(k)) env[k] = v;
  return {
    ...env,
    npm_config_prefer_offline: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
    ...extra,
  };
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

/** A repository holding exactly the files git would give a clone of this tree, tagged v0.1.0. */
function freshRepository(dir: string): void {
  mkdirSync(dir);
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8",
  })
    .split("\0")
    .filter((f) => f && existsSync(join(ROOT, f)));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(join(ROOT, f), join(dir, f));
  }
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "fresh");
  git(dir, "tag", "v0.1.0");
}

/** A repository of the user's own: two proposals, one credible, one not. */
function userRepository(): string {
  const dir = mkdtempSync(join(base, "user-"));
  mkdirSync(join(dir, "proposals"));
  for (const f of ["bilateral-agreements-2024.yaml", "budapest-memorandum-1994.yaml"])
    copyFileSync(join(ROOT, "proposals", f), join(dir, "proposals", f));
  return dir;
}

function context(workspace: string, eventName = "push", env: Record<string, string> = {}): Context {
  const temp = mkdtempSync(join(base, "runner-"));
  const summary = join(temp, "step-summary.md");
  writeFileSync(summary, "");
  const ctx: Context = {
    workspace,
    temp,
    eventName,
    env: cleanEnv({ GITHUB_STEP_SUMMARY: summary, ...env }),
    uses: (name, inputs, c) => thirdParty(name, inputs, c),
  };
  return ctx;
}

const uploaded: unknown[] = [];

/** What the workflows' other actions do, as far as the test can tell. */
function thirdParty(name: string, inputs: Record<string, string>, ctx: Context): StepResult {
  const ok = { code: 0, stdout: "", stderr: "" };
  if (name === "actions/checkout@v4") return ok; // the workspace is the checkout
  if (name === "actions/setup-node@v4") {
    expect(Number(inputs["node-version"])).toBeGreaterThanOrEqual(20);
    return ok;
  }
  if (name === ACTION) return action(inputs, ctx);
  if (name === "github/codeql-action/upload-sarif@v3") {
    const file = join(ctx.workspace, inputs.sarif_file!);
    if (!existsSync(file)) return { code: 1, stdout: "", stderr: `no SARIF file at ${inputs.sarif_file}` };
    uploaded.push(JSON.parse(readFileSync(file, "utf8")));
    return ok;
  }
  throw new Error(`no stand-in for ${name}`);
}

const summaryOf = (ctx: Context) => readFileSync(ctx.env.GITHUB_STEP_SUMMARY!, "utf8");

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "gs-install-"));
  freshRepository(join(base, "repo"));
  clone = join(base, "action");
  git(base, "clone", "-q", "--branch", "v0.1.0", join(base, "repo"), clone);
}, SLOW);

afterAll(() => {
  // Left for inspection when a test failed; the temporary folder is the system's to clear.
});

describe("the GitHub Action", () => {
  it(
    "builds itself from a fresh checkout, gates the files and writes the reports and the job summary",
    () => {
      const ws = userRepository();
      const ctx = context(ws);
      const r = action(
        { paths: "proposals/", "min-score": "40", format: "table", sarif: "r.sarif", junit: "r.xml", markdown: "r.md" },
        ctx,
      );
      expect(r.stderr).not.toMatch(/^\s+at\s/m);
      expect(r.code).toBe(1); // Budapest scores below 40
      expect(r.outputs!["exit-code"]).toBe("1");
      expect(r.stdout).toMatch(/2 files: 1 passed, 1 failed, 0 invalid/);
      expect(JSON.parse(readFileSync(join(ws, "r.sarif"), "utf8")).version).toBe("2.1.0");
      expect(readFileSync(join(ws, "r.xml"), "utf8")).toMatch(/^<\?xml[\s\S]*<testsuites/);
      expect(readFileSync(join(ws, "r.md"), "utf8")).toMatch(/budapest-memorandum-1994\.yaml/);
      const summary = summaryOf(ctx);
      expect(summary.match(/^## guarantee-score/gm)).toHaveLength(1);
      expect(summary).toMatch(/budapest-memorandum-1994\.yaml[^\n]*failed/);
    },
    SLOW,
  );

  it("by default annotates in the log, writes the summary once and ignores the tree's configuration", () => {
    const ws = userRepository();
    // A pull request could add this; the action's default is --no-config.
    writeFileSync(join(ws, ".guarantee-score.yaml"), "gates:\n  min_score: 99\n");
    const ctx = context(ws, "pull_request");
    const r = action({}, ctx);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::warning file=proposals\/budapest-memorandum-1994\.yaml,line=\d+/m);
    expect(summaryOf(ctx).match(/^## guarantee-score/gm)).toHaveLength(1);

    const withConfig = action({ config: ".guarantee-score.yaml" }, context(ws));
    expect(withConfig.code).toBe(1);
    expect(withConfig.outputs!["exit-code"]).toBe("1");
  });

  it("passes paths and gates as arguments, never as shell text", () => {
    const ws = userRepository();
    const r = action(
      { paths: "proposals/bilateral-agreements-2024.yaml\n$(touch pwned) 'proposals/*.yaml'", "fail-on": "knockout" },
      context(ws),
    );
    expect(existsSync(join(ws, "pwned"))).toBe(false);
    expect(r.stderr).toMatch(/\$\(touch/); // reported as a path that does not exist
    expect(r.code).toBe(2);
  });

  it("reports a bad gate as a usage error (exit 2), with no stack trace", () => {
    const r = action({ "min-score": "high" }, context(userRepository()));
    expect(r.code).toBe(2);
    expect(r.outputs!["exit-code"]).toBe("2");
    expect(r.stderr).toMatch(/expected a score from 0 to 100/);
    expect(r.stderr).not.toMatch(/^\s+at\s/m);
  });
});

describe("the example workflows", () => {
  it("docs/examples/with-action.yml: annotates, uploads the SARIF and comments on a pull request", () => {
    const ws = userRepository();
    const bin = mkdtempSync(join(base, "bin-"));
    const comment = join(bin, "comment.md");
    // gh stand-in: records the comment it would post.
    writeFileSync(
      join(bin, "gh"),
      `#!/bin/sh\n[ "$1 $2 $3 $4" = "pr comment 1 --body-file" ] && cp "$5" "${comment}"\n`,
      {
        mode: 0o755,
      },
    );
    const ctx = context(ws, "pull_request", { PATH: `${bin}:${process.env.PATH}` });
    uploaded.length = 0;
    const r = runWorkflow(join(ROOT, "docs/examples/with-action.yml"), ctx);
    expect(r.code).toBe(1);
    expect(r.ran).toEqual([
      "actions/checkout@v4",
      "actions/setup-node@v4",
      "Score the proposals",
      "Upload SARIF",
      "Comment on the pull request",
    ]);
    expect(uploaded).toHaveLength(1);
    expect(readFileSync(comment, "utf8")).toMatch(/budapest-memorandum-1994\.yaml/);
    expect(summaryOf(ctx)).toMatch(/## guarantee-score/);
  });

  it(
    "docs/examples/from-repository.yml: installs from the git repository and checks the files",
    () => {
      const ws = userRepository();
      // The repository's URL, pointed at the fresh repository.
      const text = readFileSync(join(ROOT, "docs/examples/from-repository.yml"), "utf8");
      expect(text).toContain(`git+${REPO_URL}.git#v0.1.0`);
      const workflow = join(base, "from-repository.yml");
      writeFileSync(workflow, text.replace(`git+${REPO_URL}.git`, `git+file://${join(base, "repo")}`));
      const ctx = context(ws);
      uploaded.length = 0;
      const r = runWorkflow(workflow, ctx);
      expect(r.stderr).not.toMatch(/^\s+at\s/m);
      expect(r.ran).toContain("Score the proposals");
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^::error file=proposals\/budapest-memorandum-1994\.yaml/m);
      expect(uploaded).toHaveLength(1);
      expect(existsSync(join(ws, "guarantees.xml"))).toBe(true);
    },
    SLOW,
  );

  it("README's workflow is the example that uses the action", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = /### GitHub Actions[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    const example = parse(readFileSync(join(ROOT, "docs/examples/with-action.yml"), "utf8"));
    expect(parse(block!)).toEqual(example);
  });
});

describe("the pre-commit hook", () => {
  const preCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
  it.skipIf(preCommit.status !== 0)(
    "installs from the repository's git URL as README shows, and fails a commit of an invalid proposal (skipped without pre-commit; .ci/run installs it)",
    () => {
      const readme = readFileSync(join(ROOT, "README.md"), "utf8");
      const snippet = /### pre-commit[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
      expect(snippet).toContain(`repo: ${REPO_URL}`);
      const ws = userRepository();
      writeFileSync(
        join(ws, ".pre-commit-config.yaml"),
        snippet!.replace(REPO_URL, join(base, "repo")).replace(/rev: .*/, "rev: v0.1.0"),
      );
      git(ws, "init", "-q");
      git(ws, "add", "-A");
      const env = cleanEnv({ PRE_COMMIT_HOME: join(base, "pre-commit-home") });
      const ok = spawnSync("pre-commit", ["run", "--all-files"], { cwd: ws, env, encoding: "utf8", timeout: SLOW });
      expect(ok.stdout + ok.stderr).toMatch(/guarantee-score\.+Passed/);
      expect(ok.status).toBe(0);

      writeFileSync(join(ws, "proposals", "draft.yaml"), "title: draft\nguarantors: 3\n");
      git(ws, "add", "-A");
      const bad = spawnSync("pre-commit", ["run"], { cwd: ws, env, encoding: "utf8", timeout: SLOW });
      expect(bad.status).toBe(1);
      expect(bad.stdout).toMatch(/guarantee-score\.+Failed/);
      expect(bad.stdout).toMatch(/proposals\/draft\.yaml:2:13/);
    },
    SLOW,
  );
});

describe("the npm package", () => {
  it(
    "holds the licence, the docs README links to and no code cache; installed alone it loads only its one dependency",
    () => {
      // The action's checkout is built by now (the first test); pack it as `npm publish` would.
      const packed = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", base], {
        cwd: clone,
        env: cleanEnv(),
        encoding: "utf8",
      });
      const [{ filename, files }] = JSON.parse(packed) as [{ filename: string; files: { path: string }[] }];
      const paths = files.map((f) => f.path);
      expect(paths).toContain("LICENSE");
      expect(paths).toContain("dist/bundle/THIRD-PARTY-LICENSES.txt");
      expect(paths.filter((p) => /\.cache$|node_modules|^src\/|^test\//.test(p))).toEqual([]);
      const readme = readFileSync(join(ROOT, "README.md"), "utf8");
      for (const [, link] of readme.matchAll(/\]\(((?!https?:|#)[^)#\s]+)/g)) {
        const target = link!.replace(/\/$/, "");
        expect(
          paths.some((p) => p === target || p.startsWith(`${target}/`)),
          `README links to ${link}`,
        ).toBe(true);
      }

      const folder = mkdtempSync(join(base, "empty-"));
      execFileSync("npm", ["install", "--no-save", join(base, filename)], {
        cwd: folder,
        env: cleanEnv(),
        stdio: "ignore",
      });
      const installed = readdirSync(join(folder, "node_modules")).filter((n) => !n.startsWith("."));
      for (const lib of ["chalk", "commander", "yaml", "zod"]) expect(installed).not.toContain(lib);
      const bin = join(folder, "node_modules/.bin/guarantee-score");
      const card = spawnSync(bin, ["node_modules/guarantee-score/proposals/coalition-backstop-2025.yaml"], {
        cwd: folder,
        env: cleanEnv({ FORCE_COLOR: "1" }), // a coloured table is drawn by cli-table3, the one dependency
        encoding: "utf8",
      });
      expect(card.stderr).toBe("");
      expect(card.status).toBe(0);
      expect(card.stdout).toMatch(/\u001b\[/);
      expect(card.stdout).toMatch(/Total/);
    },
    SLOW,
  );
});
