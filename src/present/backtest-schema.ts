// The contract of `backtest --format json`, as a zod schema: the output's type is inferred
// from it, and `guarantee-score schema backtest` prints it as JSON Schema. Classic zod, loaded
// only by the schema command (the formatter imports the type alone).
import * as z from "zod";
import { errorOut } from "./json-schema.js";

const auc = z.number().min(0).max(1);
const figure = z.object({
  id: z.string(),
  auc: auc.describe("chance that a held case has more of it than a failed one, ties counting half"),
  meanHeld: z.number(),
  meanFailed: z.number(),
});

export const backtestOut = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.string(), version: z.string() }),
  config: z.object({ file: z.string().nullable(), changes: z.array(z.string()) }),
  source: z.object({
    kind: z
      .enum(["history", "files", "atop"])
      .describe(
        "the history library shipped with the tool, files named on the command line, or ATOP with Berkemeier & Fuhrmann",
      ),
    label: z.string(),
    note: z
      .string()
      .nullable()
      .describe(
        "what the figures measure, where it differs from the history library (ATOP: honouring after deterrence failed)",
      ),
  }),
  cases: z.int().min(2),
  held: z.int().min(1),
  failed: z.int().min(1),
  auc: auc.describe("chance that a held case scores above a failed one, ties counting half; 0.5 is chance"),
  ci: z.tuple([auc, auc]).describe("percentile interval of the AUC over stratified bootstrap resamples"),
  level: z.number().gt(0).lt(1),
  resamples: z.int().min(1),
  seed: z.int(),
  mean: z.object({ held: z.number(), failed: z.number() }),
  criteria: z
    .array(figure)
    .describe(
      "the AUC of each criterion's own 0–1 score over the cases it applies to, and its mean points held and failed, by id",
    ),
  items: z.array(figure).describe("the AUC of each acceptability item's share (not part of the score), by id"),
  tiers: z.array(z.object({ name: z.string(), min: z.number(), held: z.int().min(0), failed: z.int().min(0) })),
  misranked: z
    .array(
      z.object({
        id: z.string(),
        file: z.string(),
        title: z.string(),
        result: z.enum(["held", "failed"]),
        score: z.number().min(0).max(100),
        tier: z.string(),
        share: z
          .number()
          .min(0)
          .max(1)
          .describe(
            "share of the other side on the wrong side of it: held cases below a failed one, failed cases above a held one (ties half)",
          ),
        criteria: z
          .array(z.object({ id: z.string(), points: z.number(), compared: z.number(), difference: z.number() }))
          .describe("the criteria that put it there: its points against the other side's mean"),
      }),
    )
    .describe("the worst failed cases (scored above held ones), then the worst held cases (scored below failed ones)"),
  skipped: z.array(z.string()).describe("files without an outcome block"),
  invalid: z.array(z.object({ file: z.string(), errors: z.array(errorOut) })),
});

export type BacktestOut = z.infer<typeof backtestOut>;

export function backtestJsonSchema(): Record<string, unknown> {
  return {
    title: "guarantee-score backtest JSON report, schemaVersion 1",
    ...z.toJSONSchema(backtestOut, { target: "draft-7" }),
  };
}
