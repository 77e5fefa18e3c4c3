// The command line's own messages (bad option values, unknown names, --config paths) quote
// what was typed, and what was typed may come from a file or a variable: printed inert, like
// any other text. Unknown names are usage errors, whatever Object's prototype holds.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run, STACK_TRACE } from "../helpers/run.js";

const ESC = "\x1b";
const BAD = `${ESC}[31mred${ESC}]0;title\x07`;
const proposal = join(ROOT, "proposals", "nato-article5.yaml");

describe("command-line errors are inert", () => {
  it.each([
    ["schema", BAD],
    ["check", proposal, "--min-score", BAD],
    ["check", proposal, "--max-file-size", BAD],
    ["check", proposal, "--fail-on", BAD],
    ["check", proposal, "-f", BAD],
    ["check", proposal, `--${BAD}`],
    ["check", proposal, "--config", `${BAD}.yaml`],
    ["check", `${BAD}.yaml`],
    ["check", proposal, "-o", `json=${BAD}/x.json`],
    ["explain", BAD],
    ["diff", proposal, `${BAD}.yaml`],
  ])("%s %s …: exit 2, no escape sequence on standard error", (...args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).not.toContain("\x07");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toContain("internal error");
  });
});

describe("unknown names", () => {
  it.each(["__proto__", "constructor", "toString", "hasOwnProperty"])(
    "schema %s is an unknown schema, exit 2",
    (name) => {
      const r = run(["schema", name]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(
        new RegExp(`^guarantee-score: unknown schema "${name}": expected one of proposal, report(, \\w+)*\n$`),
      );
    },
  );
});

describe("SARIF through the command line", () => {
  it("locates a file outside the folder the run started in with a file:// URI, and one inside relative to %SRCROOT%", () => {
    const dir = mkdtempSync(join(tmpdir(), "gs-sarif-"));
    try {
      writeFileSync(join(dir, "inside.yaml"), "title: T\nbeneficiary: U\nguarantors:\n  - name: UK\n");
      const r = run(["check", "inside.yaml", proposal, "--fail-on", "ratified", "-f", "sarif"], { cwd: dir });
      const doc = JSON.parse(r.stdout);
      const where = new Set(
        doc.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: object } }[] }) =>
          JSON.stringify(x.locations[0]!.physicalLocation.artifactLocation),
        ),
      );
      expect(where).toEqual(
        new Set([
          JSON.stringify({ uri: "inside.yaml", uriBaseId: "%SRCROOT%" }),
          JSON.stringify({ uri: `file://${proposal}` }),
        ]),
      );
      expect(doc.runs[0].originalUriBaseIds["%SRCROOT%"].uri).toBe(`file://${dir}/`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
