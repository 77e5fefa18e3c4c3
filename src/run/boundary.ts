// The folder a run starts in (the repository, in CI) is its boundary: a file or folder reached
// through a symbolic link whose real path is outside it, or in a .git folder, is not read,
// since a pull request can add a link to .git/config (which holds the CI token after a
// checkout) or /etc/passwd. --follow-symlinks lifts it.
import { realpathSync } from "node:fs";
import { realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../schema/diagnostic.js";
import { displayName } from "../util/sanitize.js";

/** The real path of the run's folder, or undefined when links may be followed anywhere. */
export function boundaryOf(cwd: string, followSymlinks: boolean | undefined): string | undefined {
  if (followSymlinks) return undefined;
  try {
    return realpathSync(cwd);
  } catch {
    return resolve(cwd);
  }
}

export function inside(real: string, root: string): boolean {
  const r = relative(root, real);
  return r === "" || (r !== ".." && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

/** In the folder and not in git's own files (.git/config holds the CI token after a checkout). */
export const inTree = (real: string, root: string) =>
  inside(real, root) && !relative(root, real).split(sep).includes(".git");

/**
 * The real path of `path` when it lies in `root` but a link takes it out of the tree (out of
 * the folder, or into a .git folder); undefined when no link is on its way, when it lies
 * outside already (a path the command line named outside the folder is read as named), when
 * there is no boundary, or when it cannot be resolved (reading it will say why).
 */
export async function leavesRoot(path: string, root: string | undefined): Promise<string | undefined> {
  if (root === undefined) return undefined;
  const abs = resolve(path);
  if (!inside(abs, root)) return undefined;
  const real = await realpath(path).catch(() => undefined);
  return real === undefined || real === abs || inTree(real, root) ? undefined : real;
}

/** Why a link was not followed, quoting nothing of what it leads to but its name. */
export const outsideMessage = (real: string, what: "file" | "folder") =>
  `a symbolic link to the ${what} ${displayName(real)}, ${/[\\/]\.git(?:[\\/]|$)/.test(real) ? "in git's own files" : "outside the folder the run started in"}: not read (--follow-symlinks reads it)`;

export const outsideDiagnostic = (real: string, what: "file" | "folder"): Diagnostic => ({
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  code: "link-outside",
  path: "",
  message: outsideMessage(real, what),
});
