import * as z from "zod/mini";
import { proposalSchema } from "./proposal.js";

export const PROPOSAL_SCHEMA_ID = "https://github.com/guarantee-score/guarantee-score/schema/proposal.schema.json";

/** The JSON Schema of the proposal format, derived from the zod schema (draft-07, which editors know best). */
export function proposalJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(proposalSchema, { target: "draft-7", io: "input" });
  return {
    $schema: schema.$schema,
    $id: PROPOSAL_SCHEMA_ID,
    title: "guarantee-score proposal, format version 1",
    description:
      "A security-guarantee proposal scored by guarantee-score. Fields left out mean the proposal says nothing about them.",
    ...schema,
  };
}
