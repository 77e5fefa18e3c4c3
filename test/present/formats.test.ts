// The json and table formats on reports built by the real engine: passing, failing, waived
// and invalid files, and a proposal whose text carries escape sequences and metacharacters.
// markdown, sarif, junit and github have test files of their own.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json } from "../../src/present/json.js";
import { reportOut } from "../../src/present/json-schema.js";
import { table } from "../../src/present/table.js";
import { ROOT } from "../helpers/run.js";
import { build as report, HOSTILE_TEXT, HOSTILE_YAML as hostile, output as out } from "./fixtures/report.js";

const ref = (id: string): [string, string] => [
  `proposals/${id}.yaml`,
  readFileSync(join(ROOT, "proposals", `${id}.yaml`), "utf8"),
];
const broken: [string, string] = [
  "drafts/broken.yaml",
  "title: Broken\nbeneficiary: Ukraine\nguarantors:\n  - name: UK\n    stance: ally\n",
];
const waiver = {
  rule: "ratified",
  file: "proposals/bilateral-*.yaml",
  reason: "vote scheduled",
  owner: "policy-team",
  expires: "2099-01-01",
};
// Gated on knockout and monitoring: germany and budapest fail monitoring (budapest the
// knock-out too); bilateral's monitoring failure is waived; broken is invalid.
const mixed = () =>
  report(
    [ref("west-germany-cold-war"), ref("budapest-memorandum-1994"), ref("bilateral-agreements-2024"), broken],
    { failOn: ["knockout", "monitoring"] },
    [{ ...waiver, rule: "monitoring" }],
  );

/** Nothing that a terminal would act on: ESC, CSI, OSC, C1 controls, bidi overrides. */
const INERT = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe("json", () => {
  it("streams one document that matches the published contract", async () => {
    const text = await out(json, mixed());
    const parsed = JSON.parse(text);
    expect(reportOut.safeParse(parsed).success).toBe(true);
    expect(parsed.summary).toEqual({ files: 4, passed: 1, failed: 2, invalid: 1, waived: 1 });
    expect(parsed.results.map((r: { file: string }) => r.file)).toEqual([
      "proposals/west-germany-cold-war.yaml",
      "proposals/budapest-memorandum-1994.yaml",
      "proposals/bilateral-agreements-2024.yaml",
      "drafts/broken.yaml",
    ]);
  });

  it("keeps hostile text as data: it parses and round-trips exactly", async () => {
    const parsed = JSON.parse(await out(json, report([["hostile.yaml", hostile]])));
    expect(parsed.results[0].title).toBe(HOSTILE_TEXT);
  });
});

describe("table", () => {
  it("in summary mode has a row per file and the summary line; in scorecard mode the knock-out comes first", async () => {
    const r = mixed();
    const summary = await out(table, r);
    expect(summary).toMatch(/proposals\/budapest-memorandum-1994\.yaml\s+│ 25\s+│ weak terms\s+│ 0 hollow\s+│ failed/);
    expect(summary).toContain("4 files: 1 passed, 2 failed, 1 invalid, 1 waived");
    // The estimate is labelled under the table, wrapped to its width.
    expect(summary).toMatch(
      /^\* Rejected: how much of the proposal the adversary has publicly rejected \(0–100\), an estimate/m,
    );
    expect(summary).toMatch(/not a prediction,/);
    for (const line of summary.split("\n")) expect(line.length).toBeLessThanOrEqual(120);
    const { render } = await import("../../src/present/sink.js");
    const { NO_PAINT } = await import("../../src/present/text.js");
    const cards = await render(table, report([ref("consensus-guarantors-2022")]), {
      paint: NO_PAINT,
      width: 120,
      detail: "scorecards",
    });
    expect(cards.indexOf("Knock-out")).toBeLessThan(cards.indexOf("┌"));
  });

  it("is inert and truncates long text with an ellipsis", async () => {
    const long = hostile.replace(/^title: .*$/m, `title: ${"x".repeat(1000)}`);
    const { render } = await import("../../src/present/sink.js");
    const { NO_PAINT } = await import("../../src/present/text.js");
    const text = await render(table, report([["hostile.yaml", long]]), {
      paint: NO_PAINT,
      width: 120,
      detail: "scorecards",
    });
    expect(text).not.toMatch(INERT);
    expect(text).toContain(`${"x".repeat(399)}…`);
    expect(text).not.toContain("x".repeat(401));
  });
});
