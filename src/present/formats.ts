import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { markdown } from "./markdown.js";
import { sarif } from "./sarif.js";
import { table } from "./table.js";
import type { Formatter } from "./sink.js";

export const FORMATS = ["table", "json", "markdown", "sarif", "junit", "github", "html"] as const;
export type Format = (typeof FORMATS)[number];

/** Exhaustive: a format without a formatter does not compile. */
export const formatters: Record<Format, Formatter> = {
  table,
  json,
  markdown,
  sarif,
  junit,
  github,
  // A page, not a stream: it is written when the last file is in. Loaded only when asked for.
  html: async (ctx) => (await import("./html.js")).htmlSink(ctx),
};

/** The format a file name's extension says; .txt is the table. */
export const EXTENSIONS: Readonly<Record<string, Format>> = {
  ".sarif": "sarif",
  ".xml": "junit",
  ".json": "json",
  ".md": "markdown",
  ".html": "html",
  ".txt": "table",
};
