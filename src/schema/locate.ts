// Resolve a data path (as zod and the rules report it) to a range in the YAML text.
import { isMap, isNode, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
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
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
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

export function toRange(lc: LineCounter, start: number, end: number): Range {
  const s = lc.linePos(start);
  const e = lc.linePos(Math.max(start, end));
  return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}
