// The floor for any scorer that reports line and column: read every file of a folder
// and build each YAML document with positions. Nothing is scored or printed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";

let docs = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.ya?ml$/.test(e.name)) {
      const lc = new LineCounter();
      parseDocument(readFileSync(p, "utf8"), { lineCounter: lc });
      docs++;
    }
  }
};
walk(process.argv[2]);
if (!docs) process.exit(2);
