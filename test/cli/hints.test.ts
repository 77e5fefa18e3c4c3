// Messages that point at the fix: the field a common word means, null where "none" was
// written, and an unclosed quote where it opens (issue 17, item 10).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../helpers/run.js";

function validate(text: string): { code: number; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), "gs-hints-"));
  writeFileSync(join(dir, "d.yaml"), text);
  return run(["validate", "d.yaml"], { cwd: dir });
}

const BASE = "title: t\nbeneficiary: Ukraine\nguarantors:\n  - name: A\n";

describe("hints for the field meant", () => {
  it("name: suggests title, not the nearer spelling date", () => {
    const r = validate(`${BASE}name: x\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('d.yaml:5:1  name: unknown key "name" (did you mean "title"?)');
  });

  it("duration: suggests duration_years, the key it begins", () => {
    expect(validate(`${BASE}commitment:\n  duration: 5\n`).stdout).toContain(
      'commitment.duration: unknown key "duration" (did you mean "duration_years"?)',
    );
  });

  it("name stays name where it is a field (a guarantor's), and spelling still counts elsewhere", () => {
    expect(validate(`${BASE}  - nmae: B\n`).stdout).toContain('(did you mean "name"?)');
  });
});

describe("null for none", () => {
  it("size_cap: none says that null means none", () => {
    const r = validate(`${BASE}beneficiary_forces:\n  size_cap: none\n`);
    expect(r.stdout).toContain(
      'beneficiary_forces.size_cap: expected a number, or null for "none"; found "none" (write null, or leave the value empty, for "none")',
    );
  });

  it("a field that takes no null does not mention it", () => {
    expect(validate(`${BASE}beneficiary_forces:\n  standing_army: none\n`).stdout).toMatch(
      /standing_army: expected a number; found "none"\n/,
    );
  });
});

describe("an unclosed quote", () => {
  it("is reported where it opens, not at the end of the file", () => {
    for (const q of ['"', "'"]) {
      const r = validate(`title: ${q}t\nbeneficiary: Ukraine\nguarantors:\n  - name: A\n# end\n`);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        "d.yaml:1:8  quoted text never closed: the quote that opens here has no closing quote",
      );
    }
  });
});
