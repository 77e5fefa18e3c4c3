// --cache end to end, through the built binary: a warm run gives the same report as a cold one
// and really comes from the cache; a changed file, other settings, today's gates and waivers are
// never served stale; a damaged or foreign cache file is ignored and written anew.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Analysed } from "../../src/run/analyse-file.js";
import { CACHE_FILE, ResultCache } from "../../src/run/cache.js";
import { ROOT, run, STACK_TRACE } from "../helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "gs-result-cache-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const FILES = ["coalition-backstop-2025.yaml", "budapest-memorandum-1994.yaml", "nato-article5.yaml"];
let dir: string;
/** The user's cache folder for this test ($XDG_CACHE_HOME), outside the folder the run reads. */
let xdg: string;
let n = 0;
beforeEach(() => {
  xdg = join(tmp, `xdg${n}`);
  dir = join(tmp, `run${n++}`);
  mkdirSync(join(dir, "p"), { recursive: true });
  for (const f of FILES) cpSync(join(ROOT, "proposals", f), join(dir, "p", f));
});

const env = () => ({ XDG_CACHE_HOME: xdg });
const check = (...args: string[]) =>
  run(["check", "p", "-f", "json", "--no-config", ...args], { cwd: dir, env: env() });
/** Where --cache keeps its file by default: the user's cache folder, one file per folder the run starts from. */
const defaultCache = () =>
  join(xdg, "guarantee-score", `results-${createHash("sha256").update(realpathSync(dir)).digest("hex").slice(0, 16)}`);
const scores = (stdout: string) =>
  Object.fromEntries((JSON.parse(stdout).results as { file: string; score?: number }[]).map((r) => [r.file, r.score]));

/** Rewrite the cache's entry for `file` as if it had scored `score`, through the cache's own code. */
function plant(cacheFile: string, file: string, score: number) {
  const key = readFileSync(cacheFile, "utf8").split("\n")[0]!.split(" ")[1]!;
  const cache = ResultCache.open(cacheFile, key, (v: unknown): v is Analysed => true);
  const path = join("p", file);
  const hash = (JSON.parse(readFileSync(cacheFile, "utf8").split("\n")[1]!) as Record<string, { hash: string }>)[path]!
    .hash;
  const entry = cache.get(path, hash)!;
  cache.set(path, hash, { ...entry, result: { ...entry.result, score } as Analysed["result"] });
  cache.save();
}

describe("check --cache", () => {
  it("gives the same report warm as cold, and as without the cache", () => {
    const plain = check();
    const cold = check("--cache");
    expect(cold.stderr).toBe("");
    expect(existsSync(defaultCache())).toBe(true);
    const warm = check("--cache");
    expect(warm.code).toBe(plain.code);
    expect(cold.stdout).toBe(plain.stdout);
    expect(warm.stdout).toBe(plain.stdout);
  });

  it("serves a cached result while the bytes are the same, and scores the file again once they change", () => {
    check("--cache");
    plant(defaultCache(), FILES[0]!, 77);
    expect(scores(check("--cache").stdout)[join("p", FILES[0]!)]).toBe(77);
    // One byte more: scored again, the real score.
    const file = join(dir, "p", FILES[0]!);
    writeFileSync(file, `${readFileSync(file, "utf8")}\n`);
    expect(scores(check("--cache").stdout)[join("p", FILES[0]!)]).toBe(scores(check().stdout)[join("p", FILES[0]!)]);
  });

  it("never serves a result computed with other settings or limits", () => {
    check("--cache");
    plant(defaultCache(), FILES[0]!, 77);
    writeFileSync(join(dir, "weights.yaml"), "weights:\n  boots-on-the-ground: 20\n");
    const other = run(["check", "p", "-f", "json", "--config", "weights.yaml", "--cache"], { cwd: dir, env: env() });
    expect(scores(other.stdout)[join("p", FILES[0]!)]).not.toBe(77);
    plant(defaultCache(), FILES[0]!, 77);
    expect(scores(check("--cache", "--max-nodes", "5000").stdout)[join("p", FILES[0]!)]).not.toBe(77);
  });

  it("checks the gates again on every run: they are never cached", () => {
    expect(check("--cache").code).toBe(0);
    const gated = check("--cache", "--min-score", "100");
    expect(gated.code).toBe(1);
    expect(JSON.parse(gated.stdout).summary.failed).toBe(FILES.length);
  });

  it("checks waivers against today's date on every run", () => {
    writeFileSync(
      join(dir, ".guarantee-score.yaml"),
      "gates:\n  min_score: 100\nwaivers:\n  - rule: min-score\n    file: p/*.yaml\n    reason: r\n    owner: o\n    expires: 2026-03-31\n",
    );
    const on = (day: string) =>
      run(["check", "p", "-f", "json", "--cache"], { cwd: dir, env: { ...env(), GUARANTEE_SCORE_TODAY: day } });
    const before = on("2026-01-01");
    const after = on("2026-06-01");
    expect(before.stderr).toBe("");
    const status = (out: string) => (JSON.parse(out).waivers as { status: string }[]).map((w) => w.status);
    expect(status(before.stdout)).toEqual(["applied"]);
    expect(status(after.stdout)).toEqual(["expired"]);
    expect(before.code).toBe(0);
    expect(after.code).toBe(1);
  });

  it("ignores a damaged or foreign cache file, and writes its own over it", () => {
    const plain = check();
    const file = defaultCache();
    check("--cache");
    const good = readFileSync(file, "utf8");
    const bad = [
      good.replace(/"score":\d+/, '"score":77'),
      good.slice(0, good.length / 2),
      "\u0000\u0001 not a cache",
      JSON.stringify({ [join(dir, "p", FILES[0]!)]: { size: 1, mtime: 2, hashOfConfig: "eslint" } }),
    ];
    for (const text of bad) {
      writeFileSync(file, text);
      const r = check("--cache");
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(plain.stdout);
      expect(readFileSync(file, "utf8").startsWith("guarantee-score-cache/1 ")).toBe(true);
    }
  });

  it("--cache-location: a folder keeps the default name, a file name is used as is; either turns the cache on", () => {
    mkdirSync(join(dir, "c"));
    check("--cache-location", "c");
    expect(existsSync(join(dir, "c", CACHE_FILE))).toBe(true);
    check("--cache-location", "mine.cache");
    expect(readFileSync(join(dir, "mine.cache"), "utf8").startsWith("guarantee-score-cache/1 ")).toBe(true);
    expect(existsSync(defaultCache())).toBe(false);
    expect(existsSync(join(dir, CACHE_FILE))).toBe(false);
    const empty = check("--cache-location", "");
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("--cache-location: expected a file or a folder");
  });

  it("--cache-location makes a folder that does not exist yet, as ESLint does", () => {
    check("--cache-location", join("fresh", "deeper") + "/");
    expect(readFileSync(join(dir, "fresh", "deeper", CACHE_FILE), "utf8").startsWith("guarantee-score-cache/1 ")).toBe(
      true,
    );
    check("--cache-location", join("fresh2", "x.cache"));
    expect(existsSync(join(dir, "fresh2", "x.cache"))).toBe(true);
  });

  it("a cache that cannot be written is said once on stderr; the report and the exit code are unchanged", () => {
    const plain = check();
    // A folder cannot be made inside a file.
    writeFileSync(join(dir, "a-file"), "");
    const r = check("--cache-location", join("a-file", "x.cache"));
    expect(r.code).toBe(plain.code);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toMatch(/^guarantee-score: cannot write the result cache .*x\.cache \(ENOTDIR\)/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("a cache a pull request commits", () => {
  it("is never read by --cache, which keeps its file outside the folder the run reads", () => {
    const honest = scores(check().stdout)[join("p", FILES[0]!)];
    check("--cache");
    expect(existsSync(join(dir, CACHE_FILE))).toBe(false);
    // The pull request commits a cache, in the tree, that says the file scored 77.
    cpSync(defaultCache(), join(dir, CACHE_FILE));
    plant(join(dir, CACHE_FILE), FILES[0]!, 77);
    rmSync(defaultCache());
    expect(scores(check("--cache").stdout)[join("p", FILES[0]!)]).toBe(honest);
  });
});

describe("a forged entry in a cache", () => {
  /** Rewrite the entry for `file` through the cache's own code, with `edit` applied to its result. */
  function forge(cacheFile: string, file: string, edit: (r: Record<string, unknown>) => void) {
    const key = readFileSync(cacheFile, "utf8").split("\n")[0]!.split(" ")[1]!;
    const cache = ResultCache.open(cacheFile, key, (v: unknown): v is Analysed => true);
    const path = join("p", file);
    const hash = (JSON.parse(readFileSync(cacheFile, "utf8").split("\n")[1]!) as Record<string, { hash: string }>)[
      path
    ]!.hash;
    const entry = structuredClone(cache.get(path, hash)!);
    edit(entry.result as unknown as Record<string, unknown>);
    cache.set(path, hash, entry);
    cache.save();
  }

  it("with a malformed criterion is scored again, not a crash", () => {
    const plain = check();
    check("--cache");
    forge(defaultCache(), FILES[0]!, (r) => {
      r.criteria = [null];
    });
    const r = check("--cache");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stdout).toBe(plain.stdout);
  });

  it("naming another file is not served: no report points at a file it was not kept for", () => {
    const plain = check();
    check("--cache");
    forge(defaultCache(), FILES[0]!, (r) => {
      r.file = join("p", FILES[1]!);
    });
    expect(check("--cache").stdout).toBe(plain.stdout);
  });
});

describe("score --cache", () => {
  it("keeps the table scorecard with its suggestions, the same warm as cold", () => {
    const args = ["score", join("p", FILES[0]!), "--no-config"];
    const plain = run(args, { cwd: dir });
    run([...args, "--cache"], { cwd: dir, env: env() });
    const warm = run([...args, "--cache"], { cwd: dir, env: env() });
    expect(warm.stderr).toBe("");
    expect(warm.stdout).toBe(plain.stdout);
    expect(plain.stdout).toContain(FILES[0]);
  });
});
