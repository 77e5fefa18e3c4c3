// The outside test (docs/backtest.md): each alliance commitment that Berkemeier & Fuhrmann
// (2018) record as invoked in war becomes a proposal, built in memory from the ATOP 4.01 row of
// its alliance by a fixed rule. The outcome is theirs: honoured (held) or violated (failed).
// ATOP records what a treaty says, not troops, ratification or the adversary, so those fields
// are left out and score as the weakest answer for every case alike. Pure: texts in, proposals out.
import type { Proposal } from "../../schema/proposal.js";
import type { Result } from "./analyse.js";
import { CsvError, parseCsv, requireColumns, type CsvRow } from "./csv.js";

/** The files of the data folder (../shared/data/alliances), by role. */
export const ATOP_FILES = {
  alliances: "atop-4.01-alliance-level.csv",
  invocations: "berkemeier-fuhrmann-2018.csv",
  names: "cow-state-names.csv",
} as const;

export type AtopTexts = Record<keyof typeof ATOP_FILES, string>;

export interface AtopCase {
  id: string;
  proposal: Proposal;
  result: Result;
}

export class AtopError extends Error {
  override name = "AtopError";
}

const MEMBERS = Array.from({ length: 59 }, (_, i) => `mem${i + 1}`);
const ALLIANCE_COLUMNS = [
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
const INVOCATION_COLUMNS = ["atopid", "warid", "cowwarid", "warname", "dnaLLM", "honorLLM", "violateLLM"];

/** A numeric field: "" is "not recorded"; Stata's CSV writes 1020 as "1020.0". */
function num(row: CsvRow, column: string, file: string): number | undefined {
  const v = row.get(column);
  if (v === "" || v === ".") return undefined;
  const n = Number(v);
  if (!Number.isFinite(n))
    throw new AtopError(
      `${file}:${row.line}: column ${column}: expected a number, found ${JSON.stringify(v.slice(0, 40))}`,
    );
  return n;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The signature date, when ATOP gives a real one. */
function dateOf(year?: number, month?: number, day?: number): string | undefined {
  if (!year || !month || !day) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** The strongest obligation the treaty sets; offence binds to fight as much as defence does. */
function obligationOf(row: CsvRow, file: string): NonNullable<Proposal["commitment"]>["obligation"] {
  const has = (c: string) => num(row, c, file) === 1;
  if (has("defense") || has("offense")) return "defend";
  if (has("consul")) return "consult";
  if (has("neutral") || has("nonagg")) return "respect";
  return "none";
}

const PUBLICITY = { 0: "public", 1: "partly-secret", 2: "secret" } as const;

/** The proposal the rule in docs/backtest.md makes of one alliance invoked in one war. */
export function toProposal(alliance: CsvRow, invocation: CsvRow, names: ReadonlyMap<number, string>): Proposal {
  const f = ATOP_FILES.alliances;
  const atopid = num(alliance, "atopid", f)!;
  const year = num(alliance, "begyr", f);
  const members = MEMBERS.map((m) => num(alliance, m, f)).filter((c): c is number => c !== undefined);
  const conditional = num(alliance, "conditio", f);
  const threat = num(alliance, "specthrt", f);
  const secrecy = num(alliance, "pubsecr", f);
  const fixedTerm = num(alliance, "speclgth", f) === 1 ? num(alliance, "length", f) : undefined;
  const milaid = num(alliance, "milaid", f);
  const ecaid = num(alliance, "ecaid", f);
  const war = invocation.get("warname");
  const proposal: Proposal = {
    format: 1,
    id: `atop-${atopid}-war-${num(invocation, "warid", ATOP_FILES.invocations)}`,
    title: `ATOP ${atopid}${year ? ` (${year})` : ""} invoked in ${war}`,
    stage: "in-force",
    beneficiary: "the member at war",
    summary: `Members: ${members.map((c) => names.get(c) ?? `COW ${c}`).join(", ")}. Mapped from ATOP 4.01 by the rule in docs/backtest.md.`,
    sources: [
      {
        title: "Alliance Treaty Obligations and Provisions (ATOP), version 4.01",
        author: "Leeds, Ritter, Mitchell and Long",
      },
      {
        title: "Reassessing the fulfillment of alliance commitments in war (replication data)",
        author: "Berkemeier and Fuhrmann",
      },
    ],
    // The member at war is one of the members, but the data do not say which: the others, n − 1 of
    // them, are its guarantors. Which one is left out is arbitrary; only their number is scored.
    guarantors: (members.length > 1 ? members.slice(1) : members).map((c) => ({ name: names.get(c) ?? `COW ${c}` })),
    commitment: {
      obligation: obligationOf(alliance, f),
      ...(conditional === 1
        ? { triggers: ["the conditions the treaty sets for its obligations (ATOP conditio)"] }
        : {}),
      ...(threat !== undefined ? { names_threat: threat > 0 } : {}),
      ...(fixedTerm ? { duration_years: Math.round((fixedTerm / 12) * 100) / 100 } : {}),
    },
    ...(secrecy === 0 || secrecy === 1 || secrecy === 2 ? { publicity: PUBLICITY[secrecy] } : {}),
    ...((milaid ?? 0) > 0 || (ecaid ?? 0) > 0
      ? {
          aid: {
            ...((milaid ?? 0) > 0 ? { military: { committed: true } } : {}),
            ...((ecaid ?? 0) > 0 ? { economic: true } : {}),
          },
        }
      : {}),
    // An alliance in ATOP is not about a path to NATO: the criterion does not apply, in any era.
    nato: "not-applicable" as const,
    outcome: { result: resultOf(invocation), event: war },
  };
  const date = dateOf(year, num(alliance, "begmo", f), num(alliance, "begday", f));
  return date ? { ...proposal, date } : proposal;
}

function resultOf(row: CsvRow): Result {
  const f = ATOP_FILES.invocations;
  const honoured = num(row, "honorLLM", f) === 1;
  const violated = num(row, "violateLLM", f) === 1;
  if (honoured === violated)
    throw new AtopError(
      `${f}:${row.line}: an invoked commitment must be honoured (honorLLM = 1) or violated (violateLLM = 1), not ${honoured ? "both" : "neither"}`,
    );
  return honoured ? "held" : "failed";
}

function read(text: string, file: string, columns: readonly string[]) {
  try {
    const csv = parseCsv(text);
    requireColumns(csv, columns);
    return csv.rows;
  } catch (e) {
    if (e instanceof CsvError) throw new AtopError(`${file}: ${e.message}`);
    throw e;
  }
}

/** Every commitment invoked in war (dnaLLM ≠ 1), in the order of the Berkemeier & Fuhrmann file. */
export function atopCases(texts: AtopTexts): AtopCase[] {
  const alliances = new Map<number, CsvRow>();
  for (const row of read(texts.alliances, ATOP_FILES.alliances, ALLIANCE_COLUMNS))
    alliances.set(num(row, "atopid", ATOP_FILES.alliances)!, row);
  const names = new Map<number, string>();
  for (const row of read(texts.names, ATOP_FILES.names, ["ccode", "statenme"]))
    names.set(num(row, "ccode", ATOP_FILES.names)!, row.get("statenme"));
  const cases: AtopCase[] = [];
  for (const row of read(texts.invocations, ATOP_FILES.invocations, INVOCATION_COLUMNS)) {
    if (num(row, "dnaLLM", ATOP_FILES.invocations) === 1) continue;
    const id = num(row, "atopid", ATOP_FILES.invocations);
    const alliance = id === undefined ? undefined : alliances.get(id);
    if (!alliance)
      throw new AtopError(
        `${ATOP_FILES.invocations}:${row.line}: alliance ${id ?? "(none)"} is not in ${ATOP_FILES.alliances}`,
      );
    const proposal = toProposal(alliance, row, names);
    cases.push({ id: proposal.id!, proposal, result: proposal.outcome!.result });
  }
  return cases;
}
