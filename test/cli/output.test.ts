// Where -o writes: a regular file is written under a temporary name and renamed into place;
// a device or a FIFO (/dev/null, /dev/full, /dev/stdout, a named pipe) is written straight,
// never replaced by a regular file; two outputs to one place, or an empty name, are refused.
import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inProgress, removeInProgress, SPILL_BYTES, toFile } from "../../src/cli/write.js";
import { ROOT, run, STACK_TRACE } from "../helpers/run.js";

const PROPOSAL = join(ROOT, "proposals", "nato-article5.yaml");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gs-output-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A reader on a named pipe, in a child process: it cannot block this one. */
function readFifo(name: string) {
  const fifo = join(dir, name);
  expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
  const cat = spawn("cat", [fifo]);
  let text = "";
  cat.stdout.on("data", (d) => (text += d));
  const done = new Promise<string>((resolve) => {
    const timer = setTimeout(() => cat.kill(), 10_000);
    cat.on("close", () => {
      clearTimeout(timer);
      resolve(text);
    });
  });
  return { fifo, done };
}

describe("-o to something that is not a regular file", () => {
  it("writes straight into a named pipe, which stays a pipe", async () => {
    const { fifo, done } = readFifo("pipe-json");
    const r = run(["check", PROPOSAL, "-o", `json=${fifo}`], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(await done).results[0].id).toBe("nato-article5");
    expect(readdirSync(dir)).toEqual(["pipe-json"]); // no temporary file beside it
  });

  it("writes to /dev/null, /dev/stdout and /dev/full in place, and says so when the device is full", async () => {
    // Only once a named pipe is known to be written in place: a build that renames over a
    // device would replace /dev/null itself when run as root.
    const { fifo, done } = readFifo("pipe-guard");
    run(["check", PROPOSAL, "-o", `json=${fifo}`], { cwd: dir });
    await done;
    expect(lstatSync(fifo).isFIFO()).toBe(true);

    const devnull = run(["check", PROPOSAL, "-o", "json=/dev/null"], { cwd: dir });
    expect(devnull.code, devnull.stderr).toBe(0);
    expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);

    const stdout = run(["check", PROPOSAL, "-f", "json", "-o", "/dev/stdout"], { cwd: dir });
    expect(stdout.code, stdout.stderr).toBe(0);
    expect(JSON.parse(stdout.stdout).results[0].id).toBe("nato-article5");
    expect(lstatSync("/dev/stdout").isSymbolicLink()).toBe(true);

    const full = run(["check", PROPOSAL, "-o", "json=/dev/full"], { cwd: dir });
    expect(full.code).toBe(2);
    expect(full.stderr).toMatch(/^guarantee-score: cannot write \/dev\/full: .*(ENOSPC|no space)/m);
    expect(full.stderr).not.toMatch(STACK_TRACE);
    expect(lstatSync("/dev/full").isCharacterDevice()).toBe(true);
  });
});

describe("-o to a symbolic link", () => {
  it("replaces the link, never writes through it: a link the tree planted cannot aim the report at another file", () => {
    const victim = join(dir, "victim.txt");
    const link = join(dir, "planted.json");
    writeFileSync(victim, "keep\n");
    symlinkSync(victim, link);
    const r = run(["check", PROPOSAL, "-o", `json=${link}`], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("keep\n");
    expect(lstatSync(link).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(link, "utf8")).results[0].id).toBe("nato-article5");
  });
});

describe("-o names", () => {
  it("refuses two outputs to the same file, before any work, leaving nothing behind", () => {
    const target = join(dir, "same.xml");
    for (const args of [
      ["-o", `sarif=${target}`, "-o", `junit=${target}`],
      ["-o", `sarif=${target}`, "-o", `junit=${join(dir, ".", "same.xml")}`],
      ["-f", "json", "-o", "junit=/dev/stdout"], // the main format already goes to standard output
    ]) {
      const r = run(["check", PROPOSAL, ...args], { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^guarantee-score: --output: two formats would go to .*; give each its own file\n$/);
      expect(r.stdout).toBe("");
      expect(existsSync(target)).toBe(false);
    }
  });

  it("refuses an empty file name: -o '' and -o json=", () => {
    for (const spec of ["", "json="]) {
      const r = run(["check", PROPOSAL, "-o", spec], { cwd: dir });
      expect(r.code, spec).toBe(2);
      expect(r.stderr).toMatch(/^guarantee-score: --output: expected a file name/);
      expect(r.stderr).not.toMatch(/internal error/);
    }
  });
});

describe("temporary files", () => {
  it("two outputs in progress never share a temporary name, and each is created exclusively", async () => {
    const path = join(dir, "twice.txt");
    const a = toFile(path);
    const b = toFile(path);
    const big = "x".repeat(SPILL_BYTES);
    await a.put(big);
    await b.put(big);
    const names = [...inProgress];
    expect(names).toHaveLength(2);
    for (const n of names) expect(n).toMatch(/twice\.txt\.\d+\.[0-9a-f]{12}\.tmp$/);
    await a.abort();
    await b.abort();
    removeInProgress();
    expect(readdirSync(dir)).not.toContain("twice.txt");
  });

  it("keeps a small report in memory: nothing is on disk until it is complete", async () => {
    const path = join(dir, "small.txt");
    const out = toFile(path);
    await out.put("head\n");
    expect(readdirSync(dir).filter((f) => f.startsWith("small.txt"))).toEqual([]);
    await out.put("tail\n");
    await out.close();
    expect(readFileSync(path, "utf8")).toBe("head\ntail\n");
    expect(readdirSync(dir).filter((f) => f.startsWith("small.txt"))).toEqual(["small.txt"]);
  });
});
