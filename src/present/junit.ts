// JUnit XML: a test suite per file, a test case per criterion. A criterion fails as a test
// only when it fails a gate: CI goes red on the same things as the exit code. Any other
// criterion passes, its status and message in <system-out> ("fail 0/8: aid not stated"
// included). A waived gate failure is skipped with its reason, owner and end date. Gates
// that are not criteria (min-score, knockout) are test cases of their own when they fail.
// An invalid file is one test case, `valid`, whose failure lists each located error.
import type { WaivedFailure } from "../engine/gates.js";
import type { FileReport, RunHead } from "../run/result.js";
import { xml } from "./escape.js";
import type { Formatter } from "./sink.js";
import { displayName, exactName } from "../util/sanitize.js";
import { problemCount } from "../schema/diagnostic.js";

const skipped = (w: WaivedFailure) =>
  `<skipped message="${xml(`waived: ${w.waiver.reason} (${w.waiver.owner}, until ${w.waiver.expires})`)}"/>`;

/** The configuration used and what it changed, as every format states it: properties of each suite. */
function properties(head: RunHead | undefined): string {
  if (!head?.config.file) return "";
  const props = [
    ["guarantee-score.configuration", exactName(head.config.file)],
    ...head.config.changes.map((c) => ["guarantee-score.configuration.change", c]),
  ];
  return `    <properties>\n${props.map(([k, v]) => `      <property name="${xml(k!)}" value="${xml(v!)}"/>\n`).join("")}    </properties>\n`;
}

function suite(r: FileReport, head?: RunHead): string {
  // The name exactly, or visibly encoded: a cleaned name could be another, real file's.
  const name = xml(displayName(r.file));
  const props = properties(head);
  if (!r.valid) {
    const errors = r.errors.map(
      (d) => `${d.line}:${d.column} ${d.path ? `${d.path}: ` : ""}${d.message}${d.hint ? ` (${d.hint})` : ""}`,
    );
    return (
      `  <testsuite name="${name}" tests="1" failures="1" errors="0" skipped="0">\n` +
      props +
      `    <testcase classname="${name}" name="valid">\n      <failure message="${xml(`invalid file: ${problemCount(r.errors)} problem${problemCount(r.errors) === 1 ? "" : "s"}`)}" type="invalid">${errors.map(xml).join("&#10;")}</failure>\n    </testcase>\n` +
      "  </testsuite>\n"
    );
  }
  let failures = 0;
  let skips = 0;
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
      skips++;
      return `${head}\n      ${skipped(waived)}\n    </testcase>`;
    }
    if (c.status === "skipped") {
      skips++;
      return `${head}\n      <skipped message="${xml(`does not apply: ${c.message}`)}"/>\n    </testcase>`;
    }
    return `${head}\n      <system-out>${xml(detail)}</system-out>\n    </testcase>`;
  });
  // Gates that are not criteria (the minimum score, the knock-out) are test cases of their own.
  const notCriterion = (rule: string) => rule === "min-score" || rule === "knockout";
  for (const f of r.gate.failures.filter((x) => notCriterion(x.rule))) {
    failures++;
    cases.push(
      `    <testcase classname="${name}" name="${xml(f.rule)}">\n      <failure message="${xml(f.message)}" type="${xml(f.rule)}">${xml(`line ${f.line}: ${f.message}`)}</failure>\n    </testcase>`,
    );
  }
  for (const w of r.gate.waived.filter((x) => notCriterion(x.rule))) {
    skips++;
    cases.push(`    <testcase classname="${name}" name="${xml(w.rule)}">\n      ${skipped(w)}\n    </testcase>`);
  }
  return `  <testsuite name="${name}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skips}">\n${props}${cases.join("\n")}\n  </testsuite>\n`;
}

export const junit: Formatter = () => {
  let head: RunHead | undefined;
  return {
    begin: (h) => {
      head = h;
      return '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="guarantee-score">\n';
    },
    file: (r) => suite(r, head),
    end: () => "</testsuites>\n",
  };
};
