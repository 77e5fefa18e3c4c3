// JUnit XML: a test suite per file, a test case per criterion; a criterion that fails a
// gate is a failure, a waived one is skipped with its reason, an invalid file one failure.
import type { Checked } from "../engine/gates.js";
import { xml } from "./escape.js";
import type { Formatter } from "./types.js";

function suite(r: Checked): string {
  const name = xml(r.file);
  if (!r.valid) {
    const errors = r.errors.map((d) => `${d.line}:${d.column} ${d.path ? `${d.path}: ` : ""}${d.message}${d.hint ? ` (${d.hint})` : ""}`);
    return (
      `  <testsuite name="${name}" tests="1" failures="1" errors="0" skipped="0">\n` +
      `    <testcase classname="${name}" name="valid">\n      <failure message="${xml(`invalid file: ${r.errors.length} problems`)}" type="invalid">${errors.map(xml).join("&#10;")}</failure>\n    </testcase>\n` +
      "  </testsuite>\n"
    );
  }
  let failures = 0;
  let skipped = 0;
  const cases = r.criteria.map((c) => {
    const gate = r.gate.failures.find((f) => f.rule === c.id);
    const waived = r.gate.waived.find((w) => w.rule === c.id);
    const head = `    <testcase classname="${name}" name="${xml(c.id)}">`;
    const detail = `${c.status} ${c.points}/${c.max}: ${c.message} (line ${c.line})`;
    if (gate) {
      failures++;
      return `${head}\n      <failure message="${xml(gate.message)}" type="${xml(c.id)}">${xml(detail)}</failure>\n    </testcase>`;
    }
    if (waived) {
      skipped++;
      return `${head}\n      <skipped message="${xml(`waived: ${waived.waiver.reason} (${waived.waiver.owner}, until ${waived.waiver.expires})`)}"/>\n    </testcase>`;
    }
    return `${head}\n      <system-out>${xml(detail)}</system-out>\n    </testcase>`;
  });
  // Gates that are not criteria (the minimum score, the knock-out) are test cases of their own.
  for (const f of [...r.gate.failures, ...r.gate.waived].filter((x) => x.rule === "min-score" || x.rule === "knockout")) {
    const waived = "waiver" in f;
    if (waived) skipped++;
    else failures++;
    cases.push(
      `    <testcase classname="${name}" name="${xml(f.rule)}">\n      ${waived ? `<skipped message="${xml(`waived: ${f.message}`)}"/>` : `<failure message="${xml(f.message)}" type="${xml(f.rule)}"/>`}\n    </testcase>`,
    );
  }
  return `  <testsuite name="${name}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${cases.join("\n")}\n  </testsuite>\n`;
}

export const junit: Formatter = () => ({
  begin: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="guarantee-score">\n',
  file: suite,
  end: () => "</testsuites>\n",
});
