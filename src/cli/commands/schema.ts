import { proposalJsonSchema } from "../../schema/json-schema.js";
import { clean } from "../../util/sanitize.js";
import { EXIT, UsageError } from "../errors.js";
import type { IO } from "../io.js";
import type { Register } from "../register.js";

const SCHEMAS: Record<string, () => unknown> = {
  proposal: proposalJsonSchema,
  // Loaded on demand: the report contract is written with classic zod, kept off the start-up path.
  report: async () => (await import("../../present/json-schema.js")).reportJsonSchema(),
  backtest: async () => (await import("../../present/backtest-schema.js")).backtestJsonSchema(),
};

export async function schema(name: string, io: IO): Promise<number> {
  // Own keys only: `__proto__` or `constructor` are unknown names, not Object's.
  const make = Object.hasOwn(SCHEMAS, name) ? SCHEMAS[name] : undefined;
  if (!make)
    throw new UsageError(`unknown schema "${clean(name)}": expected one of ${Object.keys(SCHEMAS).join(", ")}`);
  io.stdout.write(`${JSON.stringify(await make(), null, 2)}\n`);
  return EXIT.ok;
}

export const registerSchema: Register = (program, io, result) => {
  program
    .command("schema")
    .description(
      "print a JSON Schema: of the proposal format (default), of the JSON report (`schema report`) or of the backtest's (`schema backtest`)",
    )
    .argument("[name]", "proposal | report | backtest", "proposal")
    .action(async (name: string) => {
      result.code = await schema(name, io);
    });
};
