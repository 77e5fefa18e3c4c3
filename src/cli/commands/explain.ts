import { catalogueText, cardText, knockoutText } from "../../present/explain.js";
import { catalogue } from "../../run/catalogue.js";
import { configName } from "../../run/config.js";
import { clean } from "../../util/sanitize.js";
import { didYouMean } from "../../util/did-you-mean.js";
import { EXIT, UsageError } from "../errors.js";
import type { IO } from "../io.js";
import type { Register } from "../register.js";
import { type ConfigChoice, resolveConfig } from "../settings.js";

export interface ExplainOptions {
  config?: ConfigChoice;
}

/** The catalogue of criteria, or one criterion, item or the knock-out in full. */
export async function explain(id: string | undefined, opts: ExplainOptions, io: IO): Promise<number> {
  const config = await resolveConfig(opts.config, io.cwd);
  const c = await catalogue(config);
  if (id === undefined) {
    io.stdout.write(catalogueText(c, configName(config)));
    return EXIT.ok;
  }
  const entry = [...c.criteria, ...c.items].find((e) => e.id === id);
  if (entry) io.stdout.write(cardText(entry, c.historyCases));
  else if (id === "knockout") io.stdout.write(knockoutText(c.knockout));
  else {
    const guess = didYouMean(id, ["knockout", ...[...c.criteria, ...c.items].map((e) => e.id)]);
    throw new UsageError(
      `unknown criterion "${clean(id)}"${guess ? `; did you mean "${guess}"?` : ""} (run \`guarantee-score explain\` for the list)`,
    );
  }
  return EXIT.ok;
}

export const registerExplain: Register = (program, io, result, h) => {
  h.withConfig(program.command("explain"))
    .description("list the criteria with their weights, or explain one: why it matters, how it scores, its sources")
    .argument("[rule]", "criterion id, e.g. ratified")
    .action(async (rule: string | undefined, o: { config?: ConfigChoice }) => {
      result.code = await explain(rule, o, io);
    });
};
