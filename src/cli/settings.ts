// --config FILE and --no-config: which configuration a command runs with.
import { relative, resolve } from "node:path";
import { formatDiagnostic, NO_PAINT } from "../present/text.js";
import { boundaryOf, leavesRoot, outsideMessage } from "../run/boundary.js";
import { defaultConfig, loadConfigFile } from "../run/catalogue.js";
import { findConfig, type ToolConfig } from "../run/config.js";
import { displayName } from "../util/sanitize.js";
import { UsageError } from "./errors.js";

/** --config FILE, --no-config (false), or neither (the nearest .guarantee-score.yaml). */
export type ConfigChoice = string | false | undefined;

/**
 * The configuration named by --config, else the nearest .guarantee-score.yaml, else the
 * defaults; with --no-config, the defaults. A configuration reached through a link out of
 * the run's folder is refused, like a proposal; an invalid one is a usage error that lists
 * every problem with its line and column.
 */
export async function resolveConfig(
  choice: ConfigChoice,
  cwd: string,
  root: string | undefined = boundaryOf(cwd, false),
): Promise<ToolConfig> {
  if (choice === false) return defaultConfig();
  const file = choice ? resolve(cwd, choice) : await findConfig(cwd);
  if (!file) return defaultConfig();
  const shown = displayName(choice || file);
  const real = await leavesRoot(file, root);
  if (real) throw new UsageError(`cannot use the configuration ${shown}: ${outsideMessage(real, "file")}`);
  const loaded = await loadConfigFile(file);
  if (!loaded.ok) {
    const lines = loaded.diagnostics.map((d) => `  ${formatDiagnostic(choice || file, d, NO_PAINT)}`);
    throw new UsageError(`invalid configuration ${shown}:\n${lines.join("\n")}`);
  }
  return { ...loaded.config, name: choice || relative(cwd, file) };
}
