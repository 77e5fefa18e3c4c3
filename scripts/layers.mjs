// The layers of src/, lowest first, and the check that every import runs downwards (or stays
// in its layer) and that no files import each other in a cycle. test/layers.test.ts runs it;
// `node scripts/layers.mjs` prints what it finds. docs/architecture.md draws the same order.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** Each layer may import only itself and the layers before it. */
export const LAYERS = ["util", "schema", "model", "engine", "analysis", "run", "present", "cli"];

/** Imports that are not upward but still not allowed: formats get plain data, never a registry. */
export const FORBIDDEN = [
  { from: "present", to: "model", why: "formats receive plain data and import no registry" },
  { from: "cli", to: "model", why: "the CLI knows no rule: it asks run/catalogue.ts" },
];

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.[mc]?ts$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Relative imports of each file under `root` (type-only and dynamic ones included), as paths relative to it. */
export function importGraph(root) {
  const graph = new Map();
  for (const file of sourceFiles(root).sort()) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((s) => s.startsWith("."))
      .map((s) => resolve(dirname(file), s).replace(/\.js$/, ".ts"));
    graph.set(rel(root, file), [...new Set(targets.map((t) => rel(root, t)))]);
  }
  return graph;
}

const rel = (root, path) => relative(root, path).split(sep).join("/");
const layerOf = (file) => file.split("/")[0];

/** Every import that runs upwards, leaves the layers or is forbidden, and every cycle, in words. */
export function checkLayers(root) {
  const graph = importGraph(root);
  const problems = [];
  for (const [file, targets] of graph) {
    const from = LAYERS.indexOf(layerOf(file));
    if (from < 0) problems.push(`${file}: not in a layer (${LAYERS.join(", ")})`);
    for (const target of targets) {
      const to = LAYERS.indexOf(layerOf(target));
      if (to < 0) problems.push(`${file} imports ${target}, which is not in a layer`);
      else if (from >= 0 && to > from)
        problems.push(`${file} imports ${target}: upwards, ${LAYERS[from]} → ${LAYERS[to]}`);
      for (const f of FORBIDDEN)
        if (layerOf(file) === f.from && layerOf(target) === f.to)
          problems.push(`${file} imports ${target}: ${f.from} → ${f.to} (${f.why})`);
    }
  }
  for (const cycle of cycles(graph)) problems.push(`cycle: ${[...cycle, cycle[0]].join(" → ")}`);
  return problems;
}

/** The strongly connected components of more than one file, or of one file importing itself (Tarjan). */
function cycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.reverse());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = checkLayers(fileURLToPath(new URL("../src/", import.meta.url)));
  for (const p of problems) console.log(p);
  process.exitCode = problems.length ? 1 : 0;
}
