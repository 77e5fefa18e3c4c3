import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { markdown } from "./markdown.js";
import { sarif } from "./sarif.js";
import { table } from "./table.js";
import type { Formatter } from "./sink.js";

export const FORMATS = ["table", "json", "markdown", "sarif", "junit", "github"] as const;
export type Format = (typeof FORMATS)[number];

/** Exhaustive: a format without a formatter does not compile. */
export const formatters: Record<Format, Formatter> = { table, json, markdown, sarif, junit, github };
