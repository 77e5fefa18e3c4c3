// Interrupted runs and closed pipes end quietly, with the conventional code, and leave no
// half-written report behind.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT, STACK_TRACE } from "../helpers/run.js";

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "gs-signals-"));
  const text = readFileSync(join(ROOT, "proposals", "bilateral-agreements-2024.yaml"), "utf8");
  mkdirSync(join(folder, "in"));
  for (let i = 0; i < 3000; i++) writeFileSync(join(folder, "in", `p${String(i).padStart(5, "0")}.yaml`), text);
});

function start(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: "1" } });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
  return { child, done, stderr: () => stderr };
}

describe("signals and pipes", () => {
  it("exits quietly when the reader closes the pipe early (| head)", async () => {
    const p = start(["check", join(folder, "in"), "-f", "json"]);
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
    const { code } = await p.done;
    expect(code).not.toBeNull();
    expect([0, 1]).toContain(code);
    expect(p.stderr()).not.toMatch(STACK_TRACE);
  });

  it("exits 130 on Ctrl-C with no stack trace and no half-written output", async () => {
    const out = join(folder, "out");
    mkdirSync(out, { recursive: true });
    const p = start(["check", join(folder, "in"), "-f", "table", "-o", `json=${join(out, "report.json")}`]);
    await new Promise((r) => setTimeout(r, 700));
    p.child.kill("SIGINT");
    const { code } = await p.done;
    expect(code).toBe(130);
    expect(p.stderr()).not.toMatch(STACK_TRACE);
    expect(readdirSync(out)).toEqual([]); // neither the report nor its temporary copy
  });
});
