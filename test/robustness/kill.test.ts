// SIGKILL cannot be caught, so a run killed that way cannot tidy up after itself. Its -o
// report is kept in memory until it grows large, so a run killed early leaves nothing on
// disk; a larger report's temporary copy is removed by the next run that writes the same file.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BIN, ROOT, run } from "../helpers/run.js";

let folder: string;
beforeAll(() => {
  assertBuilt();
  folder = mkdtempSync(join(tmpdir(), "gs-kill-"));
  const text = readFileSync(join(ROOT, "proposals", "bilateral-agreements-2024.yaml"), "utf8");
  mkdirSync(join(folder, "in"));
  for (let i = 0; i < 2000; i++) writeFileSync(join(folder, "in", `p${String(i).padStart(5, "0")}.yaml`), text);
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function start(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.GITHUB_STEP_SUMMARY;
  const child = spawn(process.execPath, [BIN, ...args], { env });
  const done = new Promise<void>((resolve) => child.on("close", () => resolve()));
  return { child, done };
}

const killed = async (p: { child: ChildProcess; done: Promise<void> }) => {
  p.child.kill("SIGKILL");
  await p.done;
};

async function until(test: () => boolean, what: string, timeout = 60_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("SIGKILL during a run", () => {
  it("leaves no temporary file when the -o report was still small", async () => {
    const out = join(folder, "small");
    mkdirSync(out);
    const p = start(["check", join(folder, "in"), "-f", "json", "-o", `markdown=${join(out, "report.md")}`]);
    let seen = 0;
    p.child.stdout!.on("data", (d: Buffer) => (seen += d.length));
    await until(() => seen > 100_000, "results on standard output"); // a few files scored, the run well under way
    await killed(p);
    expect(readdirSync(out)).toEqual([]);
  }, 90_000);

  it("a temporary file left by a killed run is removed by the next run writing the same report", async () => {
    const out = join(folder, "large");
    mkdirSync(out);
    const p = start(["check", join(folder, "in"), "-o", `json=${join(out, "report.json")}`]);
    await until(() => readdirSync(out).some((f) => f.endsWith(".tmp")), "the temporary file");
    await killed(p);
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toHaveLength(1); // SIGKILL: nothing could remove it
    const next = run([
      "check",
      join(ROOT, "proposals", "nato-article5.yaml"),
      "-o",
      `json=${join(out, "report.json")}`,
    ]);
    expect(next.code, next.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(["report.json"]);
  }, 90_000);
});
