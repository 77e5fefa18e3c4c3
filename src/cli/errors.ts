/** Exit codes, as documented in the README and in `--help`. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** The command itself is wrong (bad option, missing file, nothing to do): exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
