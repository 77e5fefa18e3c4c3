import { createHash } from "node:crypto";

// The same findings recur across the files of a run (a criterion's message for the same
// field): a hash per finding was a tenth of writing a report. Bounded, and cleared when full.
const known = new Map<string, string>();
const KNOWN = 20_000;

/** Stable id of a finding across commits: rule, field path and message, hashed. */
export function fingerprint(rule: string, path: string, message: string): string {
  const text = `${rule}\0${path}\0${message}`;
  let id = known.get(text);
  if (id === undefined) {
    id = createHash("sha256").update(text).digest("hex").slice(0, 16);
    if (known.size >= KNOWN) known.clear();
    known.set(text, id);
  }
  return id;
}
