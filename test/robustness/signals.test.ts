// Interrupted runs and closed pipes end quietly, with the conventional code (128 + the
// signal: 130 Ctrl-C, 141 a closed pipe, 143 SIGTERM), and leave no half-written report and
// no temporary file behind. The built binary runs on a folder of 3,000 generated proposals.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BIN, ROOT, STACK_TRACE } from "../helpers/run.js";

let folder: string;
beforeAll(() => {
  assertBuilt();
  folder = mkdtempSync(join(tmpdir(), "gs-signals-"));
  const text = readFileSync(join(ROOT, "proposals", "bilateral-agreements-2024.yaml"), "utf8");
  mkdirSync(join(folder, "in"));
  for (let i = 0; i < 3000; i++) writeFileSync(join(folder, "in", `p${String(i).padStart(5, "0")}.yaml`), text);
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function start(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.GITHUB_STEP_SUMMARY;
  const child = spawn(process.execPath, [BIN, ...args], { env });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  return { child, done, stderr: () => stderr };
}

const outDir = (name: string) => {
  const dir = join(folder, name);
  mkdirSync(dir);
  return dir;
};

/** Resolves once the run is writing its report: the temporary file exists. */
async function untilWriting(dir: string, timeout = 60_000): Promise<string[]> {
  const end = Date.now() + timeout;
  for (;;) {
    const files = readdirSync(dir);
    if (files.some((f) => f.endsWith(".tmp"))) return files;
    if (Date.now() > end) throw new Error(`no temporary file appeared in ${dir}: ${files.join(", ")}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("closed pipes", () => {
  it("`check big-folder -f json -o junit=FILE | head -n 3`: exit 141, quietly, and the -o report in progress is removed", async () => {
    const out = outDir("pipe");
    const p = start(["check", join(folder, "in"), "-f", "json", "-o", `junit=${join(out, "report.xml")}`]);
    let seen = "";
    await new Promise<void>((resolve) =>
      p.child.stdout.on("data", (d) => {
        seen += d;
        if (seen.split("\n").length > 3) {
          p.child.stdout.destroy();
          resolve();
        }
      }),
    );
    const { code, signal } = await p.done;
    expect(signal).toBeNull();
    expect(code).toBe(141);
    expect(p.stderr()).toBe("");
    expect(readdirSync(out)).toEqual([]); // neither the report nor its temporary copy
  }, 90_000);

  it("a reader gone before the first byte (`check … | true`): exit 141, quietly", async () => {
    const p = start(["check", join(folder, "in", "p000*.yaml")]);
    p.child.stdout.destroy();
    const { code } = await p.done;
    expect(code).toBe(141);
    expect(p.stderr()).not.toMatch(STACK_TRACE);
    expect(p.stderr()).toBe("");
  }, 90_000);
});

describe("signals", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s while -o json=FILE is being written: exit %i, no stack trace, no report and no *.tmp left",
    async (signal, expected) => {
      const out = outDir(signal);
      const p = start(["check", join(folder, "in"), "-f", "table", "-o", `json=${join(out, "report.json")}`]);
      const during = await untilWriting(out);
      expect(during.filter((f) => f.startsWith("report.json.") && f.endsWith(".tmp"))).toHaveLength(1);
      p.child.kill(signal);
      const { code } = await p.done;
      expect(code).toBe(expected);
      expect(p.stderr()).not.toMatch(STACK_TRACE);
      expect(p.stderr()).toBe("");
      expect(readdirSync(out)).toEqual([]);
    },
    90_000,
  );
});
