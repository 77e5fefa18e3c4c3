import { createHash } from "node:crypto";

/** Stable id of a finding across commits: rule, field path and message, hashed. */
export const fingerprint = (rule: string, path: string, message: string) =>
  createHash("sha256").update(`${rule}\0${path}\0${message}`).digest("hex").slice(0, 16);
