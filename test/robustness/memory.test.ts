// No limit on the number of files in one run, so memory must stay flat: checking four times
// as many files must not take anything like four times the memory. The peak resident set of
// the child (all its threads) is read with process.resourceUsage() as it exits, by a module
// preloaded with --import; the run writes every format, so each streams or is bounded.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BIN, STACK_TRACE } from "../helpers/run.js";

const PROPOSAL =
  "title: T\nbeneficiary: Ukraine\nguarantors:\n  - name: France\n    role: lead\n    ratification: signed\ntroops:\n  - nation: France\n    count: 5000\n    role: tripwire\n";
const SMALL = 2000;
const LARGE = 8000;

// Preloaded into the child: writes its peak RSS (KiB) to $GS_MAXRSS_FILE at exit.
const PRELOAD = `data:text/javascript,${encodeURIComponent(
  'import { writeFileSync } from "node:fs"; process.on("exit", () => writeFileSync(process.env.GS_MAXRSS_FILE, String(process.resourceUsage().maxRSS)));',
)}`;

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), "gs-memory-"));
  for (const n of [SMALL, LARGE]) {
    mkdirSync(join(dir, `in-${n}`));
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `in-${n}`, `p${String(i).padStart(5, "0")}.yaml`), PROPOSAL);
  }
}, 120_000);
// Removing the 10,000 files and five reports took over 10 s on a loaded machine: cleanup, not a measurement.
afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000);

function peakRss(n: number): number {
  const out = join(dir, `out-${n}`);
  mkdirSync(out);
  const rssFile = join(dir, `rss-${n}`);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", GS_MAXRSS_FILE: rssFile };
  delete env.GITHUB_STEP_SUMMARY;
  const outputs = ["table", "json", "markdown", "sarif", "junit"].flatMap((f) => [
    "-o",
    `${f}=${join(out, `report.${f}`)}`,
  ]);
  const r = spawnSync(
    process.execPath,
    ["--import", PRELOAD, BIN, "check", join(dir, `in-${n}`), "-f", "github", ...outputs],
    { env, encoding: "utf8", timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
  );
  expect(r.error).toBeUndefined();
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain(`${n} files: ${n} passed`);
  expect(JSON.parse(readFileSync(join(out, "report.json"), "utf8")).results).toHaveLength(n);
  return Number(readFileSync(rssFile, "utf8"));
}

describe("memory stays flat however many files a run checks", () => {
  it(`${LARGE} files take less than twice the peak memory of ${SMALL}`, () => {
    const small = peakRss(SMALL);
    const large = peakRss(LARGE);
    console.log(
      `peak RSS: ${SMALL} files ${Math.round(small / 1024)} MiB, ${LARGE} files ${Math.round(large / 1024)} MiB`,
    );
    expect(small).toBeGreaterThan(10_000); // KiB: the measurement is real
    expect(
      large,
      `peak RSS: ${SMALL} files ${Math.round(small / 1024)} MiB, ${LARGE} files ${Math.round(large / 1024)} MiB`,
    ).toBeLessThan(2 * small);
  }, 600_000);
});
