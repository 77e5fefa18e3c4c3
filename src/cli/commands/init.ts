// `guarantee-score init [FILE] [--from REFERENCE] [--force]`: start a proposal, from the
// commented template or from a reference of the library.
import { lstatSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { REFERENCE_DIR } from "../../analysis/references.js";
import { didYouMean } from "../../util/did-you-mean.js";
import { clean, displayName } from "../../util/sanitize.js";
import { EXIT, UsageError } from "../errors.js";
import type { IO } from "../io.js";
import type { Register } from "../register.js";
import { proposalTemplate, SCHEMA_LINE } from "./init-template.js";

// Beside the bundle (dist/bundle/) as the reference library is: the package's schema/ folder.
const SCHEMA_FILE = fileURLToPath(new URL("../../schema/proposal.schema.json", import.meta.url));

export interface InitOptions {
  from?: string;
  force?: boolean;
}

/** The schema line's path, from the new file's folder to the installed schema, as editors resolve it. */
function schemaPath(file: string | undefined, cwd: string): string {
  const from = file ? dirname(resolve(cwd, file)) : cwd;
  const path = relative(from, SCHEMA_FILE).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

/** The file's name as an id, when it is a valid one; else the template's. */
function idFor(file: string | undefined): string {
  const stem = file ? basename(file, extname(file)) : "";
  return /^[a-z0-9][a-z0-9._-]*$/.test(stem) ? stem : "new-proposal";
}

function fromReference(name: string, schema: string, id: string): string {
  const ids = readdirSync(REFERENCE_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ""));
  const wanted = name.replace(/\.ya?ml$/, "");
  if (!ids.includes(wanted)) {
    const guess = didYouMean(wanted, ids);
    throw new UsageError(
      `--from: no reference "${clean(name)}"${guess ? ` (did you mean ${guess}?)` : ""}; the references are ${ids.join(", ")}`,
    );
  }
  const text = readFileSync(resolve(REFERENCE_DIR, `${wanted}.yaml`), "utf8");
  const lines = text.split("\n");
  // The schema line points at the schema from the new file's place; the id is the new file's own.
  if (lines[0]?.startsWith(SCHEMA_LINE)) lines[0] = `${SCHEMA_LINE}${schema}`;
  else lines.unshift(`${SCHEMA_LINE}${schema}`);
  return lines
    .map((l) => l.replace(/^id: \S+/, `id: ${id}`))
    .join("\n")
    .replace(/^(title: .*)$/m, `$1\n# started from the reference ${wanted} (guarantee-score init --from ${wanted})`);
}

export async function init(file: string | undefined, opts: InitOptions, io: IO): Promise<number> {
  const target = file === "-" ? undefined : (file ?? "proposal.yaml");
  const schema = schemaPath(target, io.cwd);
  const id = idFor(target);
  const text = opts.from ? fromReference(opts.from, schema, id) : proposalTemplate(schema, id);
  if (!target) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  try {
    const path = resolve(io.cwd, target);
    // --force replaces a link rather than writing through it: a link planted in a checkout could lead anywhere.
    if (opts.force && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) unlinkSync(path);
    // "wx": created only if absent, in one step, so a file appearing meanwhile is not overwritten.
    writeFileSync(path, text, { flag: opts.force ? "w" : "wx" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST")
      throw new UsageError(`${displayName(target)} exists; give --force to overwrite it, or another file name`);
    throw new UsageError(`cannot write ${displayName(target)}: ${clean((e as Error).message)}`);
  }
  io.stdout.write(
    `wrote ${displayName(target)}; edit it, then: guarantee-score validate ${displayName(target)} && guarantee-score ${displayName(target)}\n`,
  );
  return EXIT.ok;
}

export const registerInit: Register = (program, io, result) => {
  program
    .command("init")
    .description("start a new proposal: every field present and commented, or a copy of a reference (--from)")
    .argument("[file]", "file to write, or - for standard output", "proposal.yaml")
    .option("--from <reference>", "start from this reference of the library (see `guarantee-score list`)")
    .option("--force", "overwrite the file if it exists")
    .action(async (file: string, o: InitOptions) => {
      result.code = await init(file, o, io);
    });
};
