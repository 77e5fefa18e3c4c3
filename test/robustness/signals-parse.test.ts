// SIGTERM during a long parse (a large file with the limits raised): the run still ends at
// once with 143, since large inputs are parsed on a helper thread and the main thread stays
// free to answer. Before, a parse ran on the main thread and a signal waited for it to end
// (minutes). Linux only: the test reads /proc to know the input has been read.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFF_THREAD_BYTES } from "../../src/run/helper.js";
import { assertBuilt, BIN, STACK_TRACE } from "../helpers/run.js";

const RAISED = ["--max-file-size", "64MB", "--max-nodes", "100000000"];
let dir: string;
let big: string;
let text: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), "gs-sigparse-"));
  big = join(dir, "big.yaml");
  // 8 MiB of keys: with the limits raised, seconds of parsing.
  const lines = ["title: T\nbeneficiary: U\nguarantors:\n  - name: UK\n"];
  for (let i = 0, n = 0; n < 8 * 1024 * 1024; i++) {
    const l = `k${i.toString(36)}: 1\n`;
    lines.push(l);
    n += l.length;
  }
  text = lines.join("");
  writeFileSync(big, text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes the process has read so far (/proc/PID/io), or 0 while it cannot be read. */
const readSoFar = (pid: number) => {
  try {
    return Number(/^rchar: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
};

async function sigtermWhileParsing(args: string[], stdin?: string) {
  const child = spawn(process.execPath, [BIN, ...args, ...RAISED], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: "1" },
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  child.stdout.resume();
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  if (stdin !== undefined) {
    // The write ends once the run has taken in all of standard input: it parses next.
    child.stdin.on("error", () => undefined);
    await new Promise<void>((resolve) => child.stdin.end(stdin, resolve));
  } else {
    const end = Date.now() + 30_000;
    while (readSoFar(child.pid!) < text.length && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => setTimeout(r, 200)); // into the parse
  const sent = Date.now();
  child.kill("SIGTERM");
  const end = await Promise.race([closed, new Promise<"hung">((r) => setTimeout(() => r("hung"), 10_000))]);
  if (end === "hung") child.kill("SIGKILL");
  return { end, waited: Date.now() - sent, stderr };
}

describe.runIf(process.platform === "linux")("SIGTERM during a long parse", () => {
  it("the file is large enough to be parsed off the main thread", () => {
    expect(text.length).toBeGreaterThan(OFF_THREAD_BYTES);
  });

  it.each([
    ["check FILE", ["check", "big.yaml"]],
    ["score FILE", ["big.yaml"]],
    ["validate FILE", ["validate", "big.yaml"]],
    ["suggest FILE", ["suggest", "big.yaml"]],
    ["diff FILE FILE", ["diff", "big.yaml", "big.yaml"]],
    ["report FILE", ["report", "big.yaml"]],
  ])(
    "%s: exit 143, quietly, well before the parse could end",
    async (_, args) => {
      const { end, stderr } = await sigtermWhileParsing(args);
      expect(end).toEqual({ code: 143, signal: null });
      expect(stderr).not.toMatch(STACK_TRACE);
      expect(stderr).toBe("");
    },
    60_000,
  );

  it("check - (standard input): exit 143", async () => {
    const { end } = await sigtermWhileParsing(["check", "-"], text);
    expect(end).toEqual({ code: 143, signal: null });
  }, 60_000);
});
