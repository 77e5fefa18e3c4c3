// Every command and format, run through the built binary, against the output recorded in
// test/golden/NAME.txt byte for byte (after masking what must vary). A refactor keeps these
// passing; a change meant to alter output updates them: see test/golden/README.md.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../src/util/version.js";
import { ROOT, run } from "../helpers/run.js";
import { CASES, type Case } from "./cases.js";

const GOLDEN = join(ROOT, "test", "golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
/** The date every run takes as today: waivers expire against it. */
const TODAY = "2026-06-01";

/** The version, the project's folder and the temporary folder are the only things masked. */
function mask(text: string, tmp: string): string {
  return text.split(tmp).join("<tmp>").split(ROOT).join("<root>").split(VERSION).join("<version>");
}

function record(c: Case): string {
  const tmp = mkdtempSync(join(tmpdir(), "gs-golden-"));
  try {
    const fill = (s: string) => s.split("{tmp}").join(tmp);
    const env = {
      GUARANTEE_SCORE_TODAY: TODAY,
      ...Object.fromEntries(Object.entries(c.env ?? {}).map(([k, v]) => [k, fill(v)])),
    };
    const input = c.stdin ? readFileSync(join(ROOT, c.stdin), "utf8") : undefined;
    const r = run(c.args.map(fill), { env, input, timeout: 60_000 });
    const parts = [
      `$ guarantee-score ${c.args.join(" ")}`,
      `exit ${r.code}`,
      "--- stdout",
      r.stdout,
      "--- stderr",
      r.stderr,
    ];
    for (const f of c.files ?? []) {
      const path = join(tmp, f);
      parts.push(`--- file ${f}`, existsSync(path) ? readFileSync(path, "utf8") : "(not written)");
    }
    return mask(parts.join("\n"), tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

describe("golden outputs", () => {
  for (const c of CASES) {
    it.skipIf(c.skip !== undefined)(
      `${c.name}${c.skip ? ` (${c.skip})` : ""}`,
      () => {
        const file = join(GOLDEN, `${c.name}.txt`);
        const text = record(c);
        if (UPDATE) writeFileSync(file, text);
        expect(existsSync(file), `${file} is missing: record it with UPDATE_GOLDEN=1 (test/golden/README.md)`).toBe(
          true,
        );
        // Compared as strings so that a difference shows as a diff of lines.
        expect(text).toBe(readFileSync(file, "utf8"));
        // Output that names the checkout's folder would wrap differently in a longer path.
        const rooted = text.split("\n").filter((l) => l.includes("<root>") && !l.includes("%SRCROOT%"));
        expect(rooted, "output names the checkout's folder, so it depends on where it is").toEqual([]);
      },
      90_000,
    );
  }
});
