// Proposals for the acceptability and suggest tests: a minimal valid base merged with
// overrides, validated by the real schema; and the reference library loaded from proposals/.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadText, type Loaded } from "../../src/schema/load.js";
import { proposalSchema, type Proposal } from "../../src/schema/proposal.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export const BASE = {
  title: "Test proposal",
  beneficiary: "Ukraine",
  adversary: "Russia",
  guarantors: [{ name: "United Kingdom", stance: "aligned" }],
} as const;

export function proposal(overrides: Record<string, unknown> = {}): Proposal {
  const r = proposalSchema.safeParse({ ...structuredClone(BASE), ...structuredClone(overrides) });
  if (!r.success)
    throw new Error(
      `invalid test proposal ${JSON.stringify(overrides)}: ${r.error.issues.map((i) => i.message).join("; ")}`,
    );
  return r.data;
}

export const referenceText = (id: string) => readFileSync(join(ROOT, "proposals", `${id}.yaml`), "utf8");

export function loadReference(id: string): Loaded {
  const r = loadText(referenceText(id), `proposals/${id}.yaml`);
  if (!r.ok) throw new Error(`reference ${id} is invalid`);
  return r;
}

export const REFERENCE_IDS = [
  "baltic-forward-presence",
  "bilateral-agreements-2024",
  "budapest-memorandum-1994",
  "coalition-backstop-2025",
  "consensus-guarantors-2022",
  "nato-article5",
  "pifer-three-elements-2025",
  "ukraine-compact-2025",
  "us-article5-like-2025",
  "west-germany-cold-war",
] as const;
