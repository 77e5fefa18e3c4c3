// GitHub's runner reads a line of a job's log as a workflow command when it begins (after
// spaces) with `::`, and anywhere it holds `##[command]` (the legacy form, still parsed).
// File names and proposals choose their text, so no output line may begin with it, and no
// output may hold `##[`, whatever the command and format. Through the built binary.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run, type RunResult } from "../helpers/run.js";

// Every text field a line could start with, and names that start with a command.
const COMMAND = "::error file=pwned.yaml,line=1::injected";
const LEGACY = "##[stop-commands]token ##[add-mask]x";
const q = JSON.stringify;
const PROPOSAL = `title: ${q(`${COMMAND} ${LEGACY}`)}
beneficiary: ${q(COMMAND)}
adversary: ${q(COMMAND)}
guarantors:
  - name: ${q(`${COMMAND} ${LEGACY}`)}
    role: lead
    stance: adversary
    ratification: none
commitment:
  decision: consensus
troops:
  - nation: ${q(COMMAND)}
    count: 100
`;
const INVALID = `title: x\nbeneficiary: U\nguarantors:\n  - name: x\n    stance: ${q(COMMAND)}\n${q(`${LEGACY}`)}: 1\n`;
const NAMES = ["::error::named.yaml", " ::warning::spaced.yaml", "##[add-mask]legacy.yaml"];
const CONFIG = `tiers:\n  - { min: 50, name: ${q(COMMAND)} }\n  - { min: 0, name: ${q(LEGACY)} }\n`;

let dir: string;
const outputs: Record<string, RunResult> = {};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gs-commands-"));
  mkdirSync(join(dir, "in"));
  for (const name of NAMES) writeFileSync(join(dir, "in", name), PROPOSAL);
  writeFileSync(join(dir, "in", "invalid.yaml"), INVALID);
  writeFileSync(join(dir, "in", ".guarantee-score.yaml"), CONFIG);
  const opts = { cwd: join(dir, "in"), env: { GITHUB_STEP_SUMMARY: undefined } };
  for (const f of ["table", "json", "markdown", "sarif", "junit", "github"]) {
    outputs[`check ${f}`] = run(["check", ".", "--fail-on", "ratified", "-f", f], opts);
    outputs[`score ${f}`] = run(["score", ...NAMES, "-f", f], opts);
  }
  outputs["check glob"] = run(["check", "*.yaml"], opts);
  outputs.validate = run(["validate", "."], opts);
  outputs.suggest = run(["suggest", NAMES[0]!], opts);
  outputs["suggest invalid"] = run(["suggest", "invalid.yaml"], opts);
  outputs.explain = run(["explain"], opts);
  outputs.report = run(["report", "."], opts);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lines the runner would read as commands; for the github format, those the report did not write. */
function commands(text: string, github: boolean): string[] {
  const ours = /^::(error|warning|notice) (file=[^,]*,line=\d+,col=\d+,)?title=[^:,]*::/;
  return text.split("\n").filter((line) => line.trimStart().startsWith("::") && !(github && ours.test(line)));
}

describe("no output lets a file's text act as a workflow command", () => {
  it("each run did its work", () => {
    for (const [name, r] of Object.entries(outputs)) expect(r.code, `${name}: ${r.stderr}`).toBeLessThan(2);
    expect(outputs["check json"]!.stdout).toContain("::error::named.yaml"); // the names reached the runs
  });

  it.each(
    Object.keys({
      ...Object.fromEntries(
        ["table", "json", "markdown", "sarif", "junit", "github"].flatMap((f) => [[`check ${f}`], [`score ${f}`]]),
      ),
      "check glob": 1,
      validate: 1,
      suggest: 1,
      "suggest invalid": 1,
      explain: 1,
      report: 1,
    }),
  )("%s: no line begins with ::, none holds ##[", (name) => {
    const r = outputs[name]!;
    for (const [stream, text] of [
      ["stdout", r.stdout],
      ["stderr", r.stderr],
    ] as const) {
      expect(commands(text, name.endsWith("github")), `${name} ${stream}`).toEqual([]);
      expect(text, `${name} ${stream}`).not.toContain("##[");
    }
  });

  it("the text is still there to read: the title after 'Title:', the names as ./name", () => {
    expect(outputs["score table"]!.stdout).toContain(`\nTitle: ${COMMAND}`);
    expect(outputs.suggest!.stdout).toContain(`\nTitle: ${COMMAND}`);
    expect(outputs.validate!.stdout).toContain("./::error::named.yaml: ok");
    expect(outputs.validate!.stdout).toContain("./ ::warning::spaced.yaml: ok");
    expect(JSON.parse(outputs["check json"]!.stdout).results.map((r: { title: string }) => r.title)).toContain(
      `${COMMAND} ${LEGACY}`,
    );
  });
});
