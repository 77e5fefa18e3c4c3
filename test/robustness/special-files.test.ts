// Paths that are not regular files, and standard input without end, through the built
// binary: a FIFO used to hang the run (open waits for a writer), /dev/zero read as empty,
// and `check -` read all of standard input before applying the size limit.
import { spawnSync } from "node:child_process";
import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { THREAD_THRESHOLD } from "../../src/run/pool.js";
import { assertBuilt, BIN, ROOT, run, STACK_TRACE } from "../helpers/run.js";

const posix = process.platform !== "win32";
let dir: string;
const fifo = () => join(dir, "pipe.yaml");
const valid = () => join(dir, "valid.yaml");

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gs-special-"));
  writeFileSync(valid(), readFileSync(join(ROOT, "proposals", "nato-article5.yaml")));
  if (posix) execFileSync("mkfifo", [fifo()]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Result {
  file: string;
  valid: boolean;
  errors: { code: string; message: string }[];
}
const results = (stdout: string) => (JSON.parse(stdout) as { results: Result[] }).results;

describe.runIf(posix)("paths that are not regular files", () => {
  it("check: a FIFO, /dev/zero and /dev/null are each refused by name, and the other file is still scored", () => {
    const r = run(["check", fifo(), "/dev/zero", "/dev/null", valid(), "-f", "json"], { cwd: dir, timeout: 20_000 });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const byFile = new Map(results(r.stdout).map((x) => [x.file, x]));
    expect(byFile.get(valid())?.valid).toBe(true);
    expect(byFile.get(fifo())?.errors).toEqual([
      expect.objectContaining({
        code: "not-a-file",
        message: expect.stringContaining("a named pipe (FIFO), not a regular file"),
      }),
    ]);
    for (const device of ["/dev/zero", "/dev/null"]) {
      expect(byFile.get(device)?.errors).toEqual([
        expect.objectContaining({
          code: "not-a-file",
          message: expect.stringContaining("a device, not a regular file"),
        }),
      ]);
    }
  });

  it.each([
    ["validate", ["validate", "FIFO"], 1],
    ["suggest", ["suggest", "FIFO"], 1],
    ["diff", ["diff", "FIFO", "VALID"], 1],
  ])("%s with a FIFO: a located refusal, no hang", (_, args, code) => {
    const r = run(
      args.map((a) => (a === "FIFO" ? fifo() : a === "VALID" ? valid() : a)),
      { cwd: dir, timeout: 20_000 },
    );
    expect(r.code).toBe(code);
    expect(`${r.stdout}${r.stderr}`).toContain(
      "a named pipe (FIFO), not a regular file: only regular files are read (use - for standard input)",
    );
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it(`a FIFO among ${THREAD_THRESHOLD} files named one by one (the shell's expansion of *.yaml): the worker threads refuse it, the run ends`, () => {
    const many = join(dir, "many");
    mkdirSync(many);
    const text = readFileSync(valid());
    const names = Array.from({ length: THREAD_THRESHOLD }, (_, i) => join(many, `p${String(i).padStart(4, "0")}.yaml`));
    for (const n of names) writeFileSync(n, text);
    const r = run(["check", ...names, fifo(), "-f", "json"], {
      cwd: dir,
      timeout: 60_000,
      env: { GUARANTEE_SCORE_THREADS: "2" },
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const out = results(r.stdout);
    expect(out).toHaveLength(THREAD_THRESHOLD + 1);
    expect(out.filter((x) => x.valid)).toHaveLength(THREAD_THRESHOLD);
    expect(out.find((x) => x.file === fifo())?.errors[0]?.code).toBe("not-a-file");
  }, 90_000);

  it("--config naming a FIFO is a usage error, said plainly", () => {
    const r = run(["check", valid(), "--config", fifo()], { cwd: dir, timeout: 20_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "cannot read the configuration (a named pipe (FIFO), not a regular file: only regular files are read)",
    );
  });
});

describe.runIf(posix)("standard input without end", () => {
  // /dev/zero as standard input never ends: reading it whole would fill memory.
  const endless = (args: string[]) => {
    assertBuilt();
    const zero = openSync("/dev/zero", "r");
    try {
      const r = spawnSync(process.execPath, [BIN, ...args], {
        stdio: [zero, "pipe", "pipe"],
        encoding: "utf8",
        timeout: 20_000,
        killSignal: "SIGKILL",
        env: { ...process.env, NO_COLOR: "1" },
      });
      if (r.error) throw r.error;
      return r;
    } finally {
      closeSync(zero);
    }
  };

  it.each([
    ["check -", ["check", "-", "-f", "json"]],
    ["suggest -", ["suggest", "-", "-f", "json"]],
    ["diff - FILE", ["diff", "-", "VALID"]],
  ])("%s stops reading one byte past the limit and says so", (_, args) => {
    const r = endless(args.map((a) => (a === "VALID" ? valid() : a)));
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toContain("input is over the limit of 1 MiB (raise it with --max-file-size)");
  });

  it("--max-file-size raises the point where reading stops", () => {
    const r = endless(["check", "-", "-f", "json", "--max-file-size", "3MB"]);
    expect(r.status).toBe(1);
    expect(results(r.stdout)[0]!.errors[0]!.message).toContain("over the limit of 3 MiB");
  });
});

describe("a configuration file over the size limit", () => {
  it("is a usage error that says so, without pointing at --max-file-size, which is for proposals", () => {
    const big = join(dir, "big-config.yaml");
    writeFileSync(big, `# ${"x".repeat(78)}\n`.repeat(14_000));
    const r = run(["check", valid(), "--config", big], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot read the configuration (file is 1.1 MiB, over the limit of 1 MiB)");
    expect(r.stderr).not.toContain("--max-file-size");
  });
});
