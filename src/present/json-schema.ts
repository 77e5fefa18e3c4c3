// The contract of `--format json`, as a zod schema: the formatter's output type is
// inferred from it, and `guarantee-score schema report` prints it as JSON Schema.
import { STAGES } from "../schema/proposal.js";
import * as z from "zod";

const position = { line: z.int().min(1), column: z.int().min(1) };
const fingerprint = z
  .string()
  .regex(/^[0-9a-f]{16}$/)
  .describe("hash of rule, field path and message; stable across commits");

export const sourceOut = z.object({ author: z.string(), title: z.string(), publication: z.string(), date: z.string() });

/** A text the proposal file cites, as the file writes it (absent pieces are null). */
export const citedSourceOut = z.object({
  title: z.string(),
  author: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable().describe("as written: not checked, and not necessarily http or https"),
});

export const errorOut = z.object({
  code: z.string(),
  message: z.string(),
  path: z.string().describe("field path, e.g. guarantors[1].stance; empty for YAML syntax errors"),
  ...position,
  endLine: z.int().min(1),
  endColumn: z.int().min(1),
  expected: z.string().optional(),
  found: z.string().optional(),
  hint: z.string().optional(),
  fingerprint,
});

// What a criterion's result and an acceptability item's have in common: points, the reason, where, the sources.
const pointsAt = {
  points: z.number().min(0),
  max: z.number().min(0),
  message: z.string(),
  path: z.string(),
  ...position,
  sources: z.array(sourceOut),
};

export const criterionOut = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(["pass", "partial", "fail", "skipped"]),
  score: z.number().min(0).max(1),
  ...pointsAt,
  fingerprint,
});

export const gateFailureOut = z.object({ rule: z.string(), message: z.string(), path: z.string(), ...position });

export const waiverOut = z.object({
  rule: z.string(),
  file: z.string(),
  reason: z.string(),
  owner: z.string(),
  expires: z.string(),
});

const referenceOut = z.object({ id: z.string(), title: z.string(), score: z.number(), tier: z.string() });

export const acceptabilityItemOut = z.object({
  id: z.string(),
  title: z.string(),
  share: z.number().min(0).max(1).describe("how much of this item the proposal contains, 0-1"),
  ...pointsAt,
});

export const acceptabilityOut = z
  .object({
    rejected: z
      .number()
      .min(0)
      .max(100)
      .describe("estimated share of the proposal the adversary has publicly rejected, 0-100"),
    quadrant: z.enum(["hollow", "contested", "exposed", "uncontested"]),
    thresholds: z.object({ credible: z.number(), rejected: z.number() }),
    items: z.array(acceptabilityItemOut),
    note: z.string(),
    assumption: z
      .string()
      .nullable()
      .describe(
        "the assumption the figure rests on: the sources report Russia's positions, and this proposal names another adversary or none",
      ),
  })
  .nullable()
  .describe(
    "an estimate of the adversary's stated positions, not a prediction; not part of the score; null for invalid files",
  );

export const resultOut = z.object({
  file: z.string(),
  id: z.string().nullable(),
  title: z.string().nullable(),
  stage: z
    .enum(STAGES)
    .nullable()
    .describe("the stage the file records (lapsed and violated are said on the scorecard); null when it records none"),
  summary: z
    .string()
    .nullable()
    .describe(
      "the file's own summary, whole (as the format reads it: leading and trailing space trimmed); never scored; null when it has none or is invalid",
    ),
  sources: z
    .array(citedSourceOut)
    .describe(
      "the texts the file cites for its facts (its top-level sources), as written; never scored; empty when it cites none or is invalid",
    ),
  valid: z.boolean(),
  score: z.number().min(0).max(100).nullable(),
  tier: z.string().nullable(),
  knockout: z.object({ rule: z.string(), reason: z.string(), cap: z.number(), uncapped: z.number() }).nullable(),
  passed: z.boolean(),
  failures: z.array(gateFailureOut).describe("gates this file fails (not waived)"),
  waived: z.array(gateFailureOut.extend({ waiver: waiverOut })),
  nearest: z
    .object({ below: referenceOut.nullable(), above: referenceOut.nullable() })
    .nullable()
    .describe("the reference proposals scoring just below (or equal) and just above this one; null for invalid files"),
  criteria: z.array(criterionOut),
  acceptability: acceptabilityOut,
  errors: z.array(errorOut),
});

export const reportOut = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.string(), version: z.string() }),
  config: z
    .object({ file: z.string().nullable(), changes: z.array(z.string()) })
    .describe(
      "the configuration file used (null: none), and each way it changed the run: weights, disabled criteria, tiers, gates, waivers",
    ),
  gates: z.object({
    minScore: z.number().nullable(),
    failOn: z.array(z.string()),
    commandLine: z
      .array(z.string())
      .describe(
        "the gates named on the command line (min-score, criterion ids, knockout): no configuration waiver excuses them",
      ),
  }),
  skipped: z
    .array(z.object({ path: z.string(), reason: z.string() }))
    .describe(
      "entries of the searched folders left out, with the reason (node_modules, .git, links out of the folder or in a loop)",
    ),
  summary: z.object({ files: z.int(), passed: z.int(), failed: z.int(), invalid: z.int(), waived: z.int() }),
  waivers: z.array(
    waiverOut.extend({
      status: z
        .enum(["applied", "expired", "unused", "overridden"])
        .describe("overridden: it matched only failures of gates named on the command line, which no waiver excuses"),
      files: z.array(z.string()),
    }),
  ),
  results: z.array(resultOut),
});

export type ReportOut = z.infer<typeof reportOut>;

export function reportJsonSchema(): Record<string, unknown> {
  return { title: "guarantee-score JSON report, schemaVersion 1", ...z.toJSONSchema(reportOut, { target: "draft-7" }) };
}
