// Optional fields added to format 1 after its first release: each loads when valid, and a
// wrong value is located with what was expected. Files without them mean what they meant.
import { describe, expect, it } from "vitest";
import { loadText } from "../../src/schema/load.js";

const MIN = ["title: T", "beneficiary: Taiwan", "adversary: China", "guarantors:", "  - name: United States"];
const doc = (...extra: string[]) => `${[...MIN, ...extra].join("\n")}\n`;

function problems(text: string) {
  const r = loadText(text, "x.yaml");
  if (r.ok) throw new Error("expected the file to fail");
  return r.diagnostics.map((d) => ({ path: d.path, line: d.line, expected: d.expected }));
}

describe("format 1 additions", () => {
  it("loads a guarantor's power, reach, chain, legal bar and changes, and the adversary's forces", () => {
    const r = loadText(
      doc(
        "    power: stronger",
        "    reach: distant",
        "    acts_after: Japan",
        "    barred_by_law: false",
        "    changed_since_signing: [regime]",
        "adversary_forces: 150000",
        "nato: not-applicable",
      ),
      "x.yaml",
    );
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.proposal.guarantors[0]).toMatchObject({
      power: "stronger",
      reach: "distant",
      acts_after: "Japan",
      changed_since_signing: ["regime"],
    });
    expect(r.proposal.adversary_forces).toBe(150000);
    expect(r.proposal.nato).toBe("not-applicable");
  });

  it("loads the commitment's named threat and excluded territory, and who can end a mission", () => {
    const r = loadText(
      doc(
        "commitment:",
        "  names_threat: true",
        "  excludes: [Kinmen, Matsu]",
        "troops:",
        "  - nation: US",
        "    ended_by: host",
        "monitoring:",
        "  ended_by: both",
      ),
      "x.yaml",
    );
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.proposal.commitment?.excludes).toEqual(["Kinmen", "Matsu"]);
    expect(r.proposal.troops?.[0]?.ended_by).toBe("host");
    expect(r.proposal.monitoring?.ended_by).toBe("both");
  });

  it("loads an outcome block, and requires its result", () => {
    const ok = loadText(
      doc(
        "outcome:",
        "  result: held",
        "  event: crisis of 1958",
        "  date: 1958-08-23",
        "  sources:",
        "    - title: A history",
      ),
      "x.yaml",
    );
    expect(ok.ok && ok.proposal.outcome?.result).toBe("held");
    expect(problems(doc("outcome:", "  event: crisis"))).toEqual([
      { path: "outcome.result", line: 6, expected: "one of held, failed" },
    ]);
  });

  it("locates a wrong value in each new enumeration with the values allowed", () => {
    expect(problems(doc("    power: huge"))).toEqual([
      { path: "guarantors[0].power", line: 6, expected: "one of stronger, comparable, weaker, much-weaker" },
    ]);
    expect(problems(doc("    reach: far"))).toEqual([
      { path: "guarantors[0].reach", line: 6, expected: "one of present, near, distant, none" },
    ]);
    expect(problems(doc("troops:", "  - nation: US", "    ended_by: nobody"))[0]?.expected).toBe(
      "one of host, adversary, either, both, sender",
    );
    expect(problems(doc("adversary_forces: -5"))[0]?.path).toBe("adversary_forces");
  });
});
