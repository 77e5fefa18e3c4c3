// The one place where proposal files are read, parsed, validated and located.
// Nothing here throws for a bad file: every problem becomes a located diagnostic.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
import { basename, extname } from "node:path";
import { Composer, LineCounter, Parser, visit, type CST, type Document } from "yaml";
import { byPosition, cut, quote, type Diagnostic } from "./diagnostic.js";
import { issuesToDiagnostics } from "./issues.js";
import { toRange } from "./locate.js";
import type * as z from "zod/mini";
import { proposalSchema, type Proposal } from "./proposal.js";

export interface Limits {
  /** Largest file read, in bytes. */
  maxBytes: number;
  /** Alias expansions allowed while building the data (yaml's guard against "billion laughs"). */
  maxAliases: number;
  /** Deepest nesting of mappings and lists. Proposals need about five levels. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: Limits = { maxBytes: 1024 * 1024, maxAliases: 100, maxDepth: 64 };

export interface Loaded {
  ok: true;
  file: string;
  id: string;
  proposal: Proposal;
  doc: Document;
  lineCounter: LineCounter;
}

export interface Failed {
  ok: false;
  file: string;
  diagnostics: Diagnostic[];
}

export type LoadResult = Loaded | Failed;

const at1 = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const fail = (file: string, diagnostics: Diagnostic[]): Failed => ({ ok: false, file, diagnostics: diagnostics.sort(byPosition) });

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, "")} KiB`;
  return `${n} bytes`;
}

/** Read and load a file; a file that cannot be read is a failed load, not an exception. */
export async function loadFile(file: string, limits: Limits = DEFAULT_LIMITS): Promise<LoadResult> {
  try {
    return await readAndLoad(file, limits);
  } catch (e) {
    return unreadable(file, e);
  }
}

// One open, one fstat, one read, one close: the fewest system calls for a small file,
// which matters when a folder holds tens of thousands of them.
async function readAndLoad(file: string, limits: Limits): Promise<LoadResult> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    if (size > limits.maxBytes) return tooLarge(file, size, limits);
    const buf = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(buf, read, size - read, read);
      if (!bytesRead) break;
      read += bytesRead;
    }
    return loadBuffer(buf.subarray(0, read), file, limits);
  } finally {
    await handle.close();
  }
}

/** The same as loadFile, blocking: for worker threads, where waiting on the event loop only idles. */
export function loadFileSync(file: string, limits: Limits = DEFAULT_LIMITS): LoadResult {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const { size } = fstatSync(fd);
    if (size > limits.maxBytes) return tooLarge(file, size, limits);
    const buf = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buf, read, size - read, read);
      if (!n) break;
      read += n;
    }
    return loadBuffer(buf.subarray(0, read), file, limits);
  } catch (e) {
    return unreadable(file, e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const unreadable = (file: string, e: unknown) => {
  const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  return fail(file, [{ ...at1, code: "unreadable", path: "", message: `cannot read the file (${reason})` }]);
};

const tooLarge = (file: string, size: number, limits: Limits) =>
  fail(file, [
    { ...at1, code: "file-too-large", path: "", message: `file is ${formatBytes(size)}, over the limit of ${formatBytes(limits.maxBytes)} (raise it with --max-file-size)` },
  ]);

export function loadBuffer(buf: Uint8Array, file: string, limits: Limits = DEFAULT_LIMITS): LoadResult {
  if (buf.byteLength > limits.maxBytes) {
    const message = `input is ${formatBytes(buf.byteLength)}, over the limit of ${formatBytes(limits.maxBytes)} (raise it with --max-file-size)`;
    return fail(file, [{ ...at1, code: "file-too-large", path: "", message }]);
  }
  const nul = buf.indexOf(0);
  if (nul !== -1) return fail(file, [{ ...positionOf(buf, nul), code: "binary", path: "", message: "binary content (a NUL byte): a proposal is a YAML text file" }]);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return fail(file, [{ ...at1, code: "encoding", path: "", message: "not valid UTF-8 text: save the file as UTF-8" }]);
  }
  return loadText(text, file, limits);
}

// A position for an offset, for errors found before the YAML is parsed (bytes before decoding).
function positionOf(src: Uint8Array | string, offset: number) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if ((typeof src === "string" ? src.charCodeAt(i) : src[i]) === 10) [line, start] = [line + 1, i + 1];
  const column = offset - start + 1;
  return { line, column, endLine: line, endColumn: column };
}

export function loadText(text: string, file: string, limits: Limits = DEFAULT_LIMITS): LoadResult {
  const parsed = parseYaml(text, file, limits, "a mapping with at least title, beneficiary and guarantors");
  if (!parsed.ok) return parsed;
  const checked = validateData(proposalSchema, parsed);
  if (!checked.ok) return checked;
  const proposal = checked.value;
  return { ok: true, file, id: proposal.id ?? basename(file, extname(file)), proposal, doc: parsed.doc, lineCounter: parsed.lineCounter };
}

export interface Parsed {
  ok: true;
  file: string;
  data: unknown;
  doc: Document;
  lineCounter: LineCounter;
}

/** Parse one YAML document into plain data, with every syntax problem located. */
export function parseYaml(text: string, file: string, limits: Limits = DEFAULT_LIMITS, expected = "a mapping"): Parsed | Failed {
  // The yaml parser recurses on flow collections; `[[[[…` thousands deep exhausts memory
  // before it can report an error, so deep flow nesting is refused before parsing.
  const deep = flowDepthExceeded(text, limits.maxDepth);
  if (deep !== -1) return fail(file, [{ ...positionOf(text, deep), code: "too-deep", path: "", message: `nesting deeper than ${limits.maxDepth} levels (raise the limit with --max-depth)` }]);
  const lc = new LineCounter();
  // Parse once into yaml's token tree, measure block nesting on it without recursion
  // (composing recurses, and a few thousand levels overflow the stack inside yaml),
  // then compose the documents from the same tokens: what parseDocument does, unrolled.
  const tokens = [...new Parser(lc.addNewLine).parse(text)];
  const deepBlock = blockDepthExceeded(tokens, limits.maxDepth);
  if (deepBlock !== -1) return fail(file, [{ ...positionOf(text, deepBlock), code: "too-deep", path: "", message: `nesting deeper than ${limits.maxDepth} levels (raise the limit with --max-depth)` }]);
  // logLevel "error": yaml would otherwise print a Node warning quoting the file's text (a collection used as a key).
  const docs = [...new Composer({ prettyErrors: false, uniqueKeys: true, logLevel: "error" }).compose(tokens, true, text.length)];
  const doc = docs[0]!;
  const errors = doc.errors.map((e) => ({ ...toRange(lc, e.pos[0], e.pos[1]), code: e.code.toLowerCase().replace(/_/g, "-"), path: "", message: yamlMessage(e.code, e.message, text, e.pos) }));
  if (docs.length > 1) {
    const at = docs[1]!.range[0];
    errors.push({ ...toRange(lc, at, at), code: "multiple-docs", path: "", message: yamlMessage("MULTIPLE_DOCS", "", text, [at, at]) });
  }
  if (errors.length) return fail(file, errors);
  if (doc.contents === null) return fail(file, [{ ...at1, code: "empty", path: "", message: `the file is empty: expected ${expected}` }]);
  try {
    return { ok: true, file, data: doc.toJS({ maxAliasCount: limits.maxAliases }), doc, lineCounter: lc };
  } catch (e) {
    // yaml throws a ReferenceError both for an alias bomb and for an alias whose anchor is missing.
    const unresolved = e instanceof ReferenceError && /^Unresolved alias[^:]*: (.*)$/.exec(e.message);
    if (unresolved) {
      const name = unresolved[1]!;
      let range = at1;
      visit(doc, { Alias: (_, node) => (node.source === name && node.range ? ((range = toRange(lc, node.range[0], node.range[1])), visit.BREAK) : undefined) });
      return fail(file, [{ ...range, code: "unresolved-alias", path: "", message: `alias *${cut(name)} has no anchor &${cut(name)} before it` }]);
    }
    const message =
      e instanceof ReferenceError && /alias/i.test(e.message)
        ? `too many alias expansions (over ${limits.maxAliases}): the file looks like an alias bomb (raise the limit with --max-aliases if it is not)`
        : `could not build the document: ${unquoted((e as Error).message)}`;
    return fail(file, [{ ...at1, code: "aliases", path: "", message }]);
  }
}

/** Check parsed data against a zod schema; every issue becomes a located diagnostic. */
export function validateData<T>(schema: z.ZodMiniType<T>, parsed: Parsed): { ok: true; value: T } | Failed {
  const result = schema.safeParse(parsed.data);
  if (result.success) return { ok: true, value: result.data };
  return fail(parsed.file, issuesToDiagnostics(result.error.issues, parsed.data, schema, parsed.doc, parsed.lineCounter));
}

function yamlMessage(code: string, message: string, text: string, pos: [number, number]): string {
  switch (code) {
    case "MULTIPLE_DOCS":
      return "several YAML documents in one file (a second `---`): a proposal file holds exactly one";
    case "DUPLICATE_KEY":
      // yaml points at the first character of the key only: read the whole key from the text.
      return `duplicate key ${quote(keyAt(text, pos[0]))}: each key may appear once in a mapping`;
    case "TAB_AS_INDENT":
      return "tab used for indentation: YAML indents with spaces only";
    default:
      return unquoted(message.replace(/ at line \d+, column \d+:?[\s\S]*$/, ""));
  }
}

// yaml's messages quote the source: "Unexpected scalar token in YAML stream: \"<the text>\"",
// "Unresolved tag: !<tag>". The file may be anything (a link to .git/config): keep the words
// before the first ": ", and cut any longer word (a tag, a directive) as quoted text is cut.
const unquoted = (message: string) => message.split(": ")[0]!.replace(/\S{21,}/g, (w) => cut(w, 20));

// The source text of the key that starts at `offset`: a quoted key whole, a plain key up to its `:`.
function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200).split(/\r?\n/)[0] ?? "";
  const m = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|.*?(?=\s*:(?:\s|$))|.*)/.exec(rest);
  const key = (m?.[0] ?? rest).trim();
  return key.length > 60 ? `${key.slice(0, 59)}…` : key;
}

// Offset where `[`/`{` nesting first exceeds `max`, or -1. Quoted scalars and comments are skipped.
function flowDepthExceeded(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "[" || c === "{") {
      if (++depth > max) return i;
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf("\n", i);
      i = nl === -1 ? text.length : nl;
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s,[{:]/.test(text[i - 1]!))) {
      const close = c === '"' ? /(?<!\\)(?:\\\\)*"/g : /'/g;
      close.lastIndex = i + 1;
      const m = close.exec(text);
      if (m) i = m.index + m[0].length - 1;
    }
  }
  return -1;
}

// Offset of the first collection nested deeper than `max` (the root collection is level 1), or -1.
// Walks yaml's concrete syntax tree with an explicit stack, in document order.
function blockDepthExceeded(tokens: readonly CST.Token[], max: number): number {
  const stack: [CST.Token | null | undefined, number][] = [];
  for (const token of tokens) {
    if (token.type === "document") stack.push([token.value, 1]);
    while (stack.length) {
      const [node, depth] = stack.pop()!;
      if (!node || (node.type !== "block-map" && node.type !== "block-seq" && node.type !== "flow-collection")) continue;
      if (depth > max) return node.offset;
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i]!;
        stack.push([item.value, depth + 1], [item.key, depth + 1]);
      }
    }
  }
  return -1;
}
