// diff shows the second axis: the rejected share and the quadrant, before and after, in every
// format (issue 17, item 6).
import { describe, expect, it } from "vitest";
import { run } from "../helpers/run.js";

const ARGS = ["diff", "proposals/budapest-memorandum-1994.yaml", "proposals/nato-article5.yaml"];

describe("diff and acceptability", () => {
  it("table: a line with the rejected share and the quadrant, before and after", () => {
    expect(run(ARGS).stdout).toContain(
      "Rejected by the adversary (an estimate, not part of the score) 0 → 58 (+58); quadrant hollow → contested",
    );
  });

  it("markdown: the same line", () => {
    expect(run([...ARGS, "-f", "markdown"]).stdout).toContain("0 → 58 (+58); quadrant hollow → contested");
  });

  it("json: before, after, the change and whether the quadrant changed", () => {
    expect(JSON.parse(run([...ARGS, "-f", "json"]).stdout).acceptability).toEqual({
      before: { rejected: 0, quadrant: "hollow" },
      after: { rejected: 58, quadrant: "contested" },
      delta: 58,
      quadrantChanged: true,
    });
  });

  it("says nothing of it when neither moved", () => {
    const same = ["diff", "proposals/nato-article5.yaml", "proposals/nato-article5.yaml"];
    expect(run(same).stdout).not.toContain("Rejected by the adversary");
    expect(JSON.parse(run([...same, "-f", "json"]).stdout).acceptability.quadrantChanged).toBe(false);
  });
});
