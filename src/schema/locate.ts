// Resolve a data path (as zod and the rules report it) to a range in the YAML text.
import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from "yaml";
import type { PathSegment } from "../util/path.js";

export interface Range {
  line: number; // 1-based
  column: number; // 1-based
  endLine: number;
  endColumn: number;
}

export type Target = "key" | "value";

/**
 * Walk `path` through the document, keeping the deepest node found (Spectral's
 * "closest node"). Point at the key when asked to, when the value is empty
 * (`key:` alone yields a zero-width scalar), or when the path goes missing.
 */
export function locate(doc: Document, lc: LineCounter, path: readonly PathSegment[], target: Target = "value"): Range {
  let node = doc.contents as Node | null | undefined;
  let keyNode: Node | undefined;
  let depth = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const key = String(seg);
      const pair =
        node.items.length > 32
          ? keyIndex(node).get(key)
          : node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node) && isNode(node.items[Number(seg)])) {
      keyNode = undefined;
      node = node.items[Number(seg)] as Node;
    } else break;
    depth++;
  }
  const exact = depth === path.length;
  const empty = !node?.range || node.range[0] === node.range[1];
  const at = keyNode && (target === "key" || !exact || empty) ? keyNode : (node ?? keyNode);
  const [start, end] = at?.range ?? [0, 0];
  return toRange(lc, start, end);
}

// Each mapping's pairs by key, built on first use: locating every problem in a mapping of
// 100,000 keys would otherwise search it 100,000 times. The first pair with a key wins.
const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
function keyIndex(map: YAMLMap): Map<string, Pair> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items)
      if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    indexes.set(map, index);
  }
  return index;
}

export function toRange(lc: LineCounter, start: number, end: number): Range {
  const s = lc.linePos(start);
  const e = lc.linePos(Math.max(start, end));
  return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}
