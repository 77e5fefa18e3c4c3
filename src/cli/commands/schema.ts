import { proposalJsonSchema } from "../../schema/json-schema.js";
import { reportJsonSchema } from "../../report/json-schema.js";
import { EXIT, UsageError } from "../errors.js";
import type { IO } from "../io.js";

const SCHEMAS: Record<string, () => unknown> = {
  proposal: proposalJsonSchema,
  report: reportJsonSchema,
};

export async function schema(name: string, io: IO): Promise<number> {
  const make = SCHEMAS[name];
  if (!make) throw new UsageError(`unknown schema "${name}": expected one of ${Object.keys(SCHEMAS).join(", ")}`);
  io.stdout.write(`${JSON.stringify(make(), null, 2)}\n`);
  return EXIT.ok;
}
