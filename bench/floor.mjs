// The floor for any scorer that reports line and column: read every file of a folder and parse
// it with positions, nothing else. FLOOR=yaml builds yaml's documents (parseDocument with a
// LineCounter); the default is the fastest position-giving parse known, js-yaml 5's event
// parser (every node's offsets; a line index is one pass over the text).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEvents } from "js-yaml";
import { LineCounter, parseDocument } from "yaml";

const parse =
  process.env.FLOOR === "yaml"
    ? (text) => parseDocument(text, { lineCounter: new LineCounter() })
    : (text) => parseEvents(text, {});

let docs = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.ya?ml$/.test(e.name)) {
      parse(readFileSync(p, "utf8"));
      docs++;
    }
  }
};
walk(process.argv[2]);
if (!docs) process.exit(2);
