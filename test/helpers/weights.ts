// The default weights, read from the model: tests of formats and commands state what a weight
// produces, not which number it happens to be today (the weights are fitted; docs/backtest.md).
import { rules } from "../../src/model/rules/index.js";

export const weightOf = (id: string): number => {
  const rule = rules.find((r) => r.meta.id === id);
  if (!rule) throw new Error(`no criterion ${id}`);
  return rule.meta.weight;
};

/** A reference's total under the default settings, scored in this process. */
export async function referenceScore(id: string): Promise<number> {
  const { loadReference } = await import("./proposals.js");
  const { evaluate } = await import("../../src/engine/evaluate.js");
  const { defaultConfig } = await import("../../src/engine/config.js");
  return evaluate(loadReference(id), rules, defaultConfig(rules)).score;
}
