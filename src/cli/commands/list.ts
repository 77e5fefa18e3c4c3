import { draw, fitColumns } from "../../present/grid.js";
import { wrapLines } from "../../present/text.js";
import { clean, displayName, toJson } from "../../util/sanitize.js";
import { EXIT } from "../errors.js";
import type { IO } from "../io.js";
import { referenceScores } from "../../run/catalogue.js";
import { configName } from "../../run/config.js";
import { resolveConfig, type ConfigChoice } from "../settings.js";
import { Option } from "commander";
import type { Register } from "../register.js";

export interface ListOptions {
  config?: ConfigChoice;
  format: "table" | "json";
  width: number;
}

/** The reference library as one ranked table, scored with the current settings. */
export async function list(opts: ListOptions, io: IO): Promise<number> {
  const config = await resolveConfig(opts.config, io.cwd);
  const refs = await referenceScores(config);
  if (opts.format === "json") {
    const rows = refs.map((r, i) => ({
      rank: i + 1,
      id: r.id,
      title: r.title,
      score: r.score,
      tier: r.tier,
      knockout: r.knockout?.reason ?? null,
    }));
    io.stdout.write(`${toJson({ config: configName(config) ?? null, references: rows }, 2)}\n`);
    return EXIT.ok;
  }
  const widths = fitColumns(
    [
      { width: 4, min: 4 },
      { width: 7, min: 7 },
      { width: 20, min: 12 },
      { width: 30, min: 20 },
      { width: 0, min: 16, flex: true },
    ],
    opts.width,
  );
  // Starred only where the cap lowered the total: a knock-out below the cap changes nothing.
  const capped = (r: (typeof refs)[number]) => Boolean(r.knockout && r.knockout.uncapped > r.knockout.cap);
  const rows = refs.map((r, i) => [String(i + 1), `${r.score}${capped(r) ? "*" : ""}`, r.tier, r.id, clean(r.title)]);
  const t = draw({ head: ["#", "Score", "Tier", "Reference", "Title"], widths, rules: false }, rows);
  const starred = refs.some(capped)
    ? `* capped by a knock-out (run the file through guarantee-score to see why)\n`
    : "";
  const source = config.file ? `Scored with ${displayName(configName(config)!)}\n` : "";
  io.stdout.write(`${t}\n${wrapLines(`${starred}${source}`, opts.width)}`);
  return EXIT.ok;
}

export const registerList: Register = (program, io, result, h) => {
  h.withConfig(program.command("list"))
    .description("the reference library: the proposals the source documents describe, ranked by score")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"))
    .action(async (o: { format: "table" | "json"; config?: ConfigChoice }) => {
      result.code = await list({ ...o, width: h.widthFor() }, io);
    });
};
