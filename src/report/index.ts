import { json } from "./json.js";
import { table } from "./table.js";
import type { Formatter } from "./types.js";

export const FORMATS = ["table", "json"] as const;
export type Format = (typeof FORMATS)[number];

/** Exhaustive: a format without a formatter does not compile. */
export const formatters: Record<Format, Formatter> = { table, json };
