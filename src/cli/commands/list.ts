import { rules } from "../../rules/index.js";
import { scoreReferences } from "../../references/library.js";
import { clean, toJson } from "../../util/sanitize.js";
import { EXIT } from "../errors.js";
import type { IO } from "../io.js";
import { resolveConfig } from "../pipeline.js";

export interface ListOptions {
  config?: string;
  format: "table" | "json";
  width: number;
}

/** The reference library as one ranked table, scored with the current settings. */
export async function list(opts: ListOptions, io: IO): Promise<number> {
  const config = await resolveConfig(opts.config, io.cwd);
  const refs = await scoreReferences(rules, config.scoring);
  if (opts.format === "json") {
    const rows = refs.map((r, i) => ({ rank: i + 1, id: r.id, title: r.title, score: r.score, tier: r.tier, knockout: r.knockout?.reason ?? null }));
    io.stdout.write(`${toJson({ config: config.file ?? null, references: rows }, 2)}\n`);
    return EXIT.ok;
  }
  const { default: Table } = await import("cli-table3");
  const title = Math.max(30, opts.width - 4 - 7 - 20 - 30 - 6);
  const t = new Table({
    head: ["#", "Score", "Tier", "Reference", "Title"],
    colWidths: [4, 7, 20, 30, title],
    wordWrap: true,
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  refs.forEach((r, i) => t.push([String(i + 1), `${r.score}${r.knockout ? "*" : ""}`, r.tier, r.id, clean(r.title)]));
  const capped = refs.some((r) => r.knockout) ? `* capped by a knock-out (run the file through guarantee-score to see why)\n` : "";
  const source = config.file ? `Scored with ${clean(config.file)}\n` : "";
  io.stdout.write(`${t.toString()}\n${capped}${source}`);
  return EXIT.ok;
}
