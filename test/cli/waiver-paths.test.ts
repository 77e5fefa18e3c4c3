// Waiver patterns are relative to the configuration file's folder, as ESLint's are: the same
// waiver applies wherever the run starts (issue 17, item 2).
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "../helpers/run.js";

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), "gs-waiver-"));
  mkdirSync(join(dir, "repo/drafts"), { recursive: true });
  copyFileSync(join(ROOT, "proposals/budapest-memorandum-1994.yaml"), join(dir, "repo/drafts/x-1.yaml"));
  writeFileSync(
    join(dir, "repo/.guarantee-score.yaml"),
    "gates:\n  min_score: 90\nwaivers:\n  - rule: min-score\n    file: drafts/x-*.yaml\n    reason: r\n    owner: o\n    expires: 2099-01-01\n",
  );
  return dir;
}

const waiverStatus = (stdout: string) => JSON.parse(stdout).waivers.map((w: { status: string }) => w.status);

describe("a waiver's file pattern", () => {
  it("applies from the configuration's folder, from a folder below it and from one above it", () => {
    const dir = tree();
    const fromRepo = run(["check", "-f", "json", "drafts/x-1.yaml"], { cwd: join(dir, "repo") });
    expect(fromRepo.code).toBe(0);
    expect(waiverStatus(fromRepo.stdout)).toEqual(["applied"]);

    const fromBelow = run(["check", "-f", "json", "x-1.yaml"], { cwd: join(dir, "repo/drafts") });
    expect(fromBelow.code).toBe(0);
    expect(waiverStatus(fromBelow.stdout)).toEqual(["applied"]);

    const fromAbove = run(["check", "-f", "json", "--config", "repo/.guarantee-score.yaml", "repo/drafts/x-1.yaml"], {
      cwd: dir,
    });
    expect(fromAbove.code).toBe(0);
    expect(waiverStatus(fromAbove.stdout)).toEqual(["applied"]);
  });

  it("does not match a file outside the configuration's folder that shares the relative name", () => {
    const dir = tree();
    mkdirSync(join(dir, "drafts"));
    copyFileSync(join(dir, "repo/drafts/x-1.yaml"), join(dir, "drafts/x-1.yaml"));
    const r = run(["check", "-f", "json", "--config", "repo/.guarantee-score.yaml", "drafts/x-1.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(waiverStatus(r.stdout)).toEqual(["unused"]);
  });
});
