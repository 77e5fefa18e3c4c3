// The ATOP mapping (docs/backtest.md): on small hand-written files, every rule and every
// error; on the real data, when present, the 146 invoked commitments (73 honoured, 73
// violated) and three rows checked field by field against the raw values.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { atopCases, ATOP_FILES, type AtopTexts } from "../../../src/analysis/backtest/atop.js";
import { defaultConfig } from "../../../src/engine/config.js";
import { evaluate } from "../../../src/engine/evaluate.js";
import { rules } from "../../../src/model/rules/index.js";
import { loadText } from "../../../src/schema/load.js";
import { ATOP_DIR, ATOP_SKIPPED, HAVE_ATOP } from "../../helpers/atop.js";

if (!HAVE_ATOP) console.warn(`atop.test.ts: the real-data tests are ${ATOP_SKIPPED}`);

const MEMBERS = Array.from({ length: 59 }, (_, i) => `mem${i + 1}`);
const ALLIANCE_HEAD = [
  "atopid",
  "begyr",
  "begmo",
  "begday",
  "defense",
  "offense",
  "neutral",
  "nonagg",
  "consul",
  "conditio",
  "specthrt",
  "pubsecr",
  "speclgth",
  "length",
  "milaid",
  "ecaid",
  ...MEMBERS,
];

/** An alliance row: the named values, the rest 0, members as given. */
function alliance(v: Record<string, string | number>, members: number[]): string {
  return ALLIANCE_HEAD.map((c) =>
    c.startsWith("mem") ? String(members[Number(c.slice(3)) - 1] ?? "") : String(v[c] ?? 0),
  ).join(",");
}

const NAMES = "ccode,statenme\n2,United States of America\n200,United Kingdom\n220,France\n";
const INVOCATIONS_HEAD = "sample,warid,atopid,cowwarid,warname,dnaLLM,honorLLM,violateLLM";

function texts(alliances: string[], invocations: string[]): AtopTexts {
  return {
    alliances: [ALLIANCE_HEAD.join(","), ...alliances].join("\n"),
    invocations: [INVOCATIONS_HEAD, ...invocations].join("\n"),
    names: NAMES,
  };
}

const pact = alliance(
  {
    atopid: 1000,
    begyr: 1900,
    begmo: 2,
    begday: 30,
    defense: 1,
    conditio: 1,
    specthrt: 1,
    pubsecr: 2,
    speclgth: 1,
    length: 120,
    milaid: 3,
  },
  [200, 220],
);
const consult = alliance(
  {
    atopid: 2000,
    begyr: 1960,
    begmo: 5,
    begday: 1,
    consul: 1,
    neutral: 1,
    pubsecr: 1,
    speclgth: 2,
    length: 0,
    ecaid: 1,
  },
  [2, 200, 999],
);

describe("the ATOP mapping, on hand-written rows", () => {
  const cases = atopCases(
    texts(
      [pact, consult],
      [
        "1,7,1000.0,70,SomeWar,,1.0,", // invoked, honoured
        "1,8,1000.0,80,OtherWar,1.0,,", // not invoked: left out
        '0,9,2000.0,90,"War, with a comma",,,1.0', // invoked, violated
      ],
    ),
  );

  it("keeps the invoked commitments only, with their outcome", () => {
    expect(cases.map((c) => [c.id, c.result])).toEqual([
      ["atop-1000-war-7", "held"],
      ["atop-2000-war-9", "failed"],
    ]);
  });

  it("maps defence to defend, conditio to a trigger, specthrt to names_threat, pubsecr 2 to secret, a fixed term in months to years, milaid to committed aid", () => {
    const p = cases[0]!.proposal;
    expect(p).toMatchObject({
      title: "ATOP 1000 (1900) invoked in SomeWar",
      stage: "in-force",
      nato: "not-applicable",
      publicity: "secret",
      outcome: { result: "held", event: "SomeWar" },
    });
    // The member at war is one of the members: the other n − 1 are its guarantors.
    expect(p.guarantors).toEqual([{ name: "France" }]);
    expect(p.commitment).toEqual({
      obligation: "defend",
      triggers: ["the conditions the treaty sets for its obligations (ATOP conditio)"],
      names_threat: true,
      duration_years: 10,
    });
    expect(p.aid).toEqual({ military: { committed: true } });
    // 30 February is no date: left out rather than invented.
    expect("date" in p).toBe(false);
  });

  it("maps consultation above neutrality, pubsecr 1 to partly-secret, a term tied to an event to none, ecaid to economic aid; an unknown state keeps its code", () => {
    const p = cases[1]!.proposal;
    expect(p.commitment).toEqual({ obligation: "consult", names_threat: false });
    expect(p).toMatchObject({
      date: "1960-05-01",
      publicity: "partly-secret",
      aid: { economic: true },
      title: "ATOP 2000 (1960) invoked in War, with a comma",
    });
    expect(p.guarantors.map((g) => g.name)).toEqual(["United Kingdom", "COW 999"]);
    expect(p.summary).toContain("United States of America, United Kingdom, COW 999");
    expect(p.nato).toBe("not-applicable");
    expect("troops" in p || "backstop" in p || "monitoring" in p).toBe(false);
  });

  it("makes proposals the format accepts", () => {
    for (const c of cases) expect(loadText(stringify(c.proposal), c.id).ok, c.id).toBe(true);
  });

  it("says which file, line and field is wrong", () => {
    expect(() => atopCases(texts([pact], ["1,7,1000.0,70,W,,1.0,1.0"]))).toThrow(
      `${ATOP_FILES.invocations}:2: an invoked commitment must be honoured (honorLLM = 1) or violated (violateLLM = 1), not both`,
    );
    expect(() => atopCases(texts([pact], ["1,7,1234.0,70,W,,1.0,"]))).toThrow(
      `${ATOP_FILES.invocations}:2: alliance 1234 is not in ${ATOP_FILES.alliances}`,
    );
    expect(() => atopCases(texts([pact.replace(/^1000,1900/, "1000,abc")], ["1,7,1000.0,70,W,,1.0,"]))).toThrow(
      `${ATOP_FILES.alliances}:2: column begyr: expected a number, found "abc"`,
    );
    expect(() => atopCases({ ...texts([pact], []), names: "code,name\n" })).toThrow(
      `${ATOP_FILES.names}: missing columns ccode, statenme`,
    );
    expect(() => atopCases({ ...texts([pact], []), invocations: 'warid,"unclosed\n' })).toThrow(
      `${ATOP_FILES.invocations}: line 1: a quoted field is not closed`,
    );
  });
});

describe.skipIf(!HAVE_ATOP)("the ATOP mapping, on the real data", () => {
  const read = (f: string) => readFileSync(join(ATOP_DIR, f), "utf8");
  const cases = HAVE_ATOP
    ? atopCases({
        alliances: read(ATOP_FILES.alliances),
        invocations: read(ATOP_FILES.invocations),
        names: read(ATOP_FILES.names),
      })
    : [];
  const byId = (id: string) => cases.find((c) => c.id === id)!.proposal;

  it("reproduces the 146 invoked commitments, 73 honoured and 73 violated", () => {
    expect(cases).toHaveLength(146);
    expect(cases.filter((c) => c.result === "held")).toHaveLength(73);
    expect(cases.filter((c) => c.result === "failed")).toHaveLength(73);
    expect(new Set(cases.map((c) => c.id)).size).toBe(146);
  });

  it("row 5: the German Confederation (ATOP 1020, 1815) in the Seven Weeks' War, violated", () => {
    // defense 1, nonagg 1, consul 1, conditio 1, specthrt 0, pubsecr 0, speclgth 0, milaid 0, ecaid 0; begun 8 June 1815.
    const p = byId("atop-1020-war-19");
    expect(p).toMatchObject({
      date: "1815-06-08",
      publicity: "public",
      nato: "not-applicable",
      outcome: { result: "failed", event: "SevenWeeks1866" },
    });
    expect(p.commitment).toEqual({
      obligation: "defend",
      triggers: ["the conditions the treaty sets for its obligations (ATOP conditio)"],
      names_threat: false,
    });
    expect(p.guarantors.slice(0, 2).map((g) => g.name)).toEqual(["Bavaria", "Germany"]);
    expect("aid" in p).toBe(false);
  });

  it("row 42: the Prussian-Italian alliance (ATOP 1265, 1866) in the same war, honoured", () => {
    // offense 1 (no defence), conditio 1, specthrt 1, pubsecr 2 (wholly secret), speclgth 1, length 3 months.
    const p = byId("atop-1265-war-19");
    expect(p).toMatchObject({ date: "1866-04-08", publicity: "secret", outcome: { result: "held" } });
    expect(p.commitment).toEqual({
      obligation: "defend",
      triggers: ["the conditions the treaty sets for its obligations (ATOP conditio)"],
      names_threat: true,
      duration_years: 0.25,
    });
    expect(p.guarantors).toEqual([{ name: "Italy" }]);
  });

  it("row 394: the US-Pakistan agreement (ATOP 3355, 1959) in the 1971 war, violated, scores as the mapping and the weights work out", () => {
    // defense 1, consul 1, conditio 1, specthrt 0, pubsecr 0, speclgth 0, milaid 1, ecaid 1; members 2 and 770.
    const p = byId("atop-3355-war-69");
    expect(p).toMatchObject({
      date: "1959-03-05",
      publicity: "public",
      aid: { military: { committed: true }, economic: true },
      outcome: { result: "failed", event: "Bangladesh1971" },
    });
    expect(p.guarantors).toEqual([{ name: "Pakistan" }]);
    expect(p.nato).toBe("not-applicable");
    const loaded = loadText(stringify(p), "atop-3355");
    if (!loaded.ok) throw new Error(loaded.diagnostics[0]!.message);
    const s = evaluate(loaded, rules, defaultConfig(rules));
    const points = Object.fromEntries(s.criteria.map((c) => [c.id, c.points]));
    // nato-path is skipped, so each criterion's points are its score × weight × 100 / (100 − nato-path's weight).
    const w = (id: string) => rules.find((r) => r.meta.id === id)!.meta.weight;
    const at = (id: string, score: number) => Math.round((score * w(id) * 1000) / (100 - w("nato-path"))) / 10;
    // enforceable: half for defend, one guarantor bound, no form stated; clear-triggers: one trigger (0.35), no named
    // threat; public; tied-to-aid: military and economic aid committed (0.1 + 0.1); no troops from anyone.
    const expected = {
      enforceable: at("enforceable", 0.5),
      "clear-triggers": at("clear-triggers", 0.35),
      public: at("public", 1),
      "tied-to-aid": at("tied-to-aid", 0.2),
      "burden-sharing": 0,
      ratified: 0,
      "boots-on-the-ground": 0,
    };
    expect(points).toMatchObject(expected);
    expect(s.criteria.find((c) => c.id === "nato-path")!.status).toBe("skipped");
    const others = s.criteria.filter((c) => !(c.id in expected)).reduce((n, c) => n + c.points, 0);
    expect(s.score).toBe(Math.round(Object.values(expected).reduce((n, x) => n + x, 0) + others));
  });
});
