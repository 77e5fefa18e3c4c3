// Write N proposals (variations of the reference library) into a folder, for benchmarks.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function generate(dir, n) {
  const refDir = new URL("../proposals/", import.meta.url).pathname;
  const refs = readdirSync(refDir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => readFileSync(join(refDir, f), "utf8"));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    // Spread over sub-folders of 1,000, as a real repository would be, and vary ids and titles.
    const sub = join(dir, `batch-${String(Math.floor(i / 1000)).padStart(3, "0")}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const text = refs[i % refs.length]
      .replace(/^id: .*$/m, `id: generated-${i}`)
      .replace(/^title: (.*)$/m, `title: $1 (variant ${i})`);
    writeFileSync(join(sub, `proposal-${String(i).padStart(6, "0")}.yaml`), text);
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) generate(process.argv[2], Number(process.argv[3] ?? 1000));
