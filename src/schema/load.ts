// The one place where proposal files are read, parsed, validated and located.
// Nothing here throws for a bad file: every problem becomes a located diagnostic.
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { open } from "node:fs/promises";
import { basename, extname } from "node:path";
import { Composer, CST, isMap, isScalar, isSeq, Lexer, LineCounter, Parser, visit, type Document } from "yaml";
import { formatBytes } from "../util/number.js";
import { capProblems, cut, quote, type Diagnostic } from "./diagnostic.js";
import { issuesToDiagnostics } from "./issues.js";
import type { FastParsed } from "./fast.js";
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
  /** Most nodes (keys, values, list items) in a file. The largest reference proposal has under 300. */
  maxNodes: number;
}

export const DEFAULT_LIMITS: Limits = { maxBytes: 1024 * 1024, maxAliases: 100, maxDepth: 64, maxNodes: 10_000 };

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
const fail = (file: string, diagnostics: Diagnostic[]): Failed => ({
  ok: false,
  file,
  diagnostics: capProblems(diagnostics),
});

/** Read and load a file; a file that cannot be read is a failed load, not an exception. */
export async function loadFile(file: string, limits: Limits = DEFAULT_LIMITS): Promise<LoadResult> {
  const read = await readLimited(file, limits.maxBytes);
  return read.ok ? loadSafely(read.buf, file, limits) : read;
}

/** The same as loadFile, blocking: for worker threads, where waiting on the event loop only idles. */
export function loadFileSync(file: string, limits: Limits = DEFAULT_LIMITS): LoadResult {
  const read = readLimitedSync(file, limits.maxBytes);
  return read.ok ? loadSafely(read.buf, file, limits) : read;
}

/** loadBuffer, with anything yaml throws (a stack overflow under a raised --max-depth) a failed load. */
export function loadSafely(buf: Uint8Array, file: string, limits: Limits): LoadResult {
  try {
    return loadBuffer(buf, file, limits);
  } catch (e) {
    return unreadable(file, e);
  }
}

export type Read = { ok: true; buf: Buffer } | Failed;

// O_NONBLOCK: opening a FIFO waits for a writer, forever in CI; with it the open returns at
// once and fstat says what the path is. It changes nothing for a regular file.
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

/** Why a path that opened is not read: not a regular file, or too large. */
class FileProblem extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

/** The bytes of a regular file of at most maxBytes; anything else is a located failure, never an exception. */
export async function readLimited(file: string, maxBytes: number): Promise<Read> {
  try {
    return { ok: true, buf: await readOrThrow(file, maxBytes) };
  } catch (e) {
    return e instanceof FileProblem ? fail(file, [e.diagnostic]) : unreadable(file, e);
  }
}

/** A regular file's text, for the configuration; throws with the reason otherwise. */
export async function readText(file: string, maxBytes: number): Promise<string> {
  try {
    return (await readOrThrow(file, maxBytes)).toString("utf8");
  } catch (e) {
    // Neither hint applies to a configuration file: its limit is fixed, and it is never standard input.
    throw e instanceof FileProblem ? new Error(e.message.replace(STDIN_HINT, "").replace(SIZE_HINT, "")) : e;
  }
}

// One open, one fstat, one read, one close: the fewest system calls for a small file,
// which matters when a folder holds tens of thousands of them.
async function readOrThrow(file: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(file, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    checkFile(info, maxBytes);
    const buf = Buffer.allocUnsafe(info.size);
    let read = 0;
    while (read < info.size) {
      const { bytesRead } = await handle.read(buf, read, info.size - read, read);
      if (!bytesRead) break;
      read += bytesRead;
    }
    return buf.subarray(0, read);
  } finally {
    await handle.close();
  }
}

/**
 * A buffer readLimitedSync reads into and grows, for a caller done with each file's bytes
 * before it reads the next: --cache hashes every file of a run, and a buffer a file was a
 * tenth of a warm run's reading.
 */
export interface Scratch {
  buf: Buffer;
}

export function readLimitedSync(file: string, maxBytes: number, scratch?: Scratch): Read {
  let fd: number | undefined;
  try {
    fd = openSync(file, OPEN_FLAGS);
    const info = fstatSync(fd);
    checkFile(info, maxBytes);
    if (scratch && scratch.buf.length < info.size)
      scratch.buf = Buffer.allocUnsafe(Math.max(info.size, 2 * scratch.buf.length));
    const buf = scratch ? scratch.buf : Buffer.allocUnsafe(info.size);
    let read = 0;
    while (read < info.size) {
      const n = readSync(fd, buf, read, info.size - read, read);
      if (!n) break;
      read += n;
    }
    return { ok: true, buf: buf.subarray(0, read) };
  } catch (e) {
    return e instanceof FileProblem ? fail(file, [e.diagnostic]) : unreadable(file, e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const STDIN_HINT = " (use - for standard input)";
const SIZE_HINT = " (raise it with --max-file-size)";

// A FIFO, a device (/dev/zero reads forever, /dev/null as nothing) or a folder is no proposal.
function checkFile(info: Stats, maxBytes: number): void {
  // A folder fails as it always did, as a file that cannot be read (EISDIR).
  if (info.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
  if (!info.isFile()) {
    const kind = info.isFIFO()
      ? "a named pipe (FIFO)"
      : info.isCharacterDevice() || info.isBlockDevice()
        ? "a device"
        : "a socket";
    const stdin = info.isFIFO() || info.isCharacterDevice() ? STDIN_HINT : "";
    throw new FileProblem({
      ...at1,
      code: "not-a-file",
      path: "",
      message: `${kind}, not a regular file: only regular files are read${stdin}`,
    });
  }
  if (info.size > maxBytes) {
    const message = `file is ${formatBytes(info.size)}, over the limit of ${formatBytes(maxBytes)}${SIZE_HINT}`;
    throw new FileProblem({ ...at1, code: "file-too-large", path: "", message });
  }
}

const unreadable = (file: string, e: unknown) => {
  const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  return fail(file, [{ ...at1, code: "unreadable", path: "", message: `cannot read the file (${reason})` }]);
};

export function loadBuffer(buf: Uint8Array, file: string, limits: Limits = DEFAULT_LIMITS): LoadResult {
  if (buf.byteLength > limits.maxBytes) {
    // Standard input is read only to one byte past the limit: its whole size is unknown.
    const message = `input is over the limit of ${formatBytes(limits.maxBytes)} (raise it with --max-file-size)`;
    return fail(file, [{ ...at1, code: "file-too-large", path: "", message }]);
  }
  const nul = buf.indexOf(0);
  if (nul !== -1)
    return fail(file, [
      {
        ...positionOf(buf, nul),
        code: "binary",
        path: "",
        message: "binary content (a NUL byte): a proposal is a YAML text file",
      },
    ]);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return fail(file, [
      { ...at1, code: "encoding", path: "", message: "not valid UTF-8 text: save the file as UTF-8" },
    ]);
  }
  return loadText(text, file, limits);
}

// A position for an offset, for errors found before the YAML is parsed (bytes before decoding).
function positionOf(src: Uint8Array | string, offset: number) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++)
    if ((typeof src === "string" ? src.charCodeAt(i) : src[i]) === 10) [line, start] = [line + 1, i + 1];
  const column = offset - start + 1;
  return { line, column, endLine: line, endColumn: column };
}

// The fast parse path (fast.ts), once a run of many files has loaded it. It pays from the
// second file on: for a one-file run, loading js-yaml costs more than it saves on the parse.
let fastParse: ((text: string, limits: Limits) => FastParsed | undefined) | undefined;
export const useFastPath = (parse: typeof fastParse): void => {
  fastParse = parse;
};

export function loadText(text: string, file: string, limits: Limits = DEFAULT_LIMITS): LoadResult {
  // The fast path settles only valid files; every other file, and every diagnostic, is yaml's.
  const fast = fastParse?.(text, limits);
  if (fast) {
    const checked = proposalSchema.safeParse(fast.data);
    if (checked.success) return loaded(file, checked.data, fast);
  }
  return loadSlow(text, file, limits);
}

const loaded = (file: string, proposal: Proposal, parsed: { doc: Document; lineCounter: LineCounter }): Loaded => ({
  ok: true,
  file,
  id: proposal.id ?? basename(file, extname(file)),
  proposal,
  doc: parsed.doc,
  lineCounter: parsed.lineCounter,
});

/** loadText on yaml's path alone: the reference the fast path is tested against. */
export function loadSlow(text: string, file: string, limits: Limits = DEFAULT_LIMITS): LoadResult {
  const parsed = parseYaml(text, file, limits, "a mapping with at least title, beneficiary and guarantors");
  if (!parsed.ok) return parsed;
  const checked = validateData(proposalSchema, parsed);
  if (!checked.ok) return checked;
  return loaded(file, checked.value, parsed);
}

export interface Parsed {
  ok: true;
  file: string;
  data: unknown;
  doc: Document;
  lineCounter: LineCounter;
}

/** Parse one YAML document into plain data, with every syntax problem located. */
export function parseYaml(
  text: string,
  file: string,
  limits: Limits = DEFAULT_LIMITS,
  expected = "a mapping",
): Parsed | Failed {
  // The yaml parser recurses on flow collections; `[[[[…` thousands deep exhausts memory
  // before it can report an error, so deep flow nesting is refused before parsing.
  const deep = flowDepthExceeded(text, limits.maxDepth);
  if (deep !== -1)
    return fail(file, [
      {
        ...positionOf(text, deep),
        code: "too-deep",
        path: "",
        message: `nesting deeper than ${limits.maxDepth} levels (raise the limit with --max-depth)`,
      },
    ]);
  const lc = new LineCounter();
  // Parse once into yaml's token tree, measure nesting and size on it without recursion
  // (composing recurses, and a few thousand levels overflow the stack inside yaml),
  // then compose the documents from the same tokens: what parseDocument does, unrolled.
  const { tokens, over } = parseTokens(text, lc, limits.maxNodes);
  const shape = measure(tokens, limits);
  // Nesting too deep is the clearer diagnosis when both apply (`- - - …` 100,000 deep).
  if (shape.tooDeep === -1 && over) return fail(file, [tooMany(text, over, limits)]);
  if (shape.tooDeep !== -1)
    return fail(file, [
      {
        ...positionOf(text, shape.tooDeep),
        code: "too-deep",
        path: "",
        message: `nesting deeper than ${limits.maxDepth} levels (raise the limit with --max-depth)`,
      },
    ]);
  if (shape.tooMany !== -1) return fail(file, [tooMany(text, { offset: shape.tooMany, tokens: false }, limits)]);
  // logLevel "error": yaml would otherwise print a Node warning quoting the file's text (a collection used as a key).
  // uniqueKeys false: yaml compares each key with every key before it; duplicateKeys does it in one pass.
  const docs = withoutStacks(() => [
    ...new Composer({ prettyErrors: false, uniqueKeys: false, logLevel: "error" }).compose(tokens, true, text.length),
  ]);
  const doc = docs[0]!;
  const errors = [
    ...doc.errors.map((e) => ({ code: e.code, pos: e.pos, message: e.message })),
    ...duplicateKeys(doc),
  ].map((e) => {
    // yaml reports an unclosed quote where the file ends; the quote that opens it is what to fix.
    const open = /^Missing closing .?quote/.test(e.message) ? unclosedQuote(tokens, e.pos[0]) : undefined;
    return {
      ...(open === undefined ? toRange(lc, e.pos[0], e.pos[1]) : toRange(lc, open, open + 1)),
      code: e.code.toLowerCase().replace(/_/g, "-"),
      path: "",
      message:
        open === undefined
          ? yamlMessage(e.code, e.message, text, e.pos)
          : "quoted text never closed: the quote that opens here has no closing quote",
    };
  });
  if (docs.length > 1) {
    const at = docs[1]!.range[0];
    errors.push({
      ...toRange(lc, at, at),
      code: "multiple-docs",
      path: "",
      message: yamlMessage("MULTIPLE_DOCS", "", text, [at, at]),
    });
  }
  if (errors.length) return fail(file, errors);
  if (doc.contents === null)
    return fail(file, [{ ...at1, code: "empty", path: "", message: `the file is empty: expected ${expected}` }]);
  try {
    return { ok: true, file, data: doc.toJS({ maxAliasCount: limits.maxAliases }), doc, lineCounter: lc };
  } catch (e) {
    // yaml throws a ReferenceError both for an alias bomb and for an alias whose anchor is missing.
    const unresolved = e instanceof ReferenceError && /^Unresolved alias[^:]*: (.*)$/.exec(e.message);
    if (unresolved) {
      const name = unresolved[1]!;
      let range = at1;
      visit(doc, {
        Alias: (_, node) => {
          if (node.source !== name || !node.range) return undefined;
          range = toRange(lc, node.range[0], node.range[1]);
          return visit.BREAK;
        },
      });
      return fail(file, [
        {
          ...range,
          code: "unresolved-alias",
          path: "",
          message: `alias *${cut(name)} has no anchor &${cut(name)} before it`,
        },
      ]);
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
  return fail(
    parsed.file,
    issuesToDiagnostics(result.error.issues, parsed.data, schema, parsed.doc, parsed.lineCounter),
  );
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

/** Offset of the quoted scalar that runs into `end` unclosed: the last one that opens before it. */
function unclosedQuote(tokens: readonly CST.Token[], end: number): number | undefined {
  let found: number | undefined;
  const stack: unknown[] = [...tokens];
  while (stack.length) {
    const t = stack.pop();
    if (Array.isArray(t)) stack.push(...t);
    else if (t && typeof t === "object") {
      const { type, offset } = t as { type?: string; offset?: number };
      if ((type === "double-quoted-scalar" || type === "single-quoted-scalar") && offset !== undefined && offset < end)
        found = Math.max(found ?? -1, offset);
      else for (const v of Object.values(t)) if (v && typeof v === "object") stack.push(v);
    }
  }
  return found;
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

const tooMany = (text: string, over: { offset: number; tokens: boolean }, limits: Limits): Diagnostic => ({
  ...positionOf(text, over.offset),
  code: over.tokens ? "too-many-tokens" : "too-many-nodes",
  path: "",
  message: over.tokens
    ? `more than ${TOKENS_PER_NODE * limits.maxNodes} YAML indicators and stray characters (- : , ] and the like): not a proposal (raise the limit with --max-nodes)`
    : `more than ${limits.maxNodes} nodes (keys, values and list items): a proposal has a few hundred (raise the limit with --max-nodes)`,
});

// Indicators (- ? : , [ ] { } anchors, tags) allowed per node: a real file has one or two.
// A file of 500,000 stray `]` has no nodes, yet yaml spends seconds on its errors.
const TOKENS_PER_NODE = 4;
// First characters of lexemes: yaml's scalar marker, `[`, `{`, quotes and `*` (an alias) each
// start a node; spaces, tabs, line ends, comments, the document marker and a BOM start nothing.
const codes = (chars: string) => new Set(Array.from(chars, (c) => c.charCodeAt(0)));
const SCALAR = CST.SCALAR.charCodeAt(0);
const NODE_START = codes(`${CST.SCALAR}[{"'*`);
const TRIVIAL_START = codes(` \t\r\n#${CST.DOCUMENT}${CST.BOM}`);

interface Tokens {
  tokens: CST.Token[];
  /** Where reading stopped, past a limit: the tokens are those read until then. */
  over?: { offset: number; tokens: boolean };
}

// yaml's Parser.parse, unrolled to stop early: a 1 MiB file of tiny nodes takes seconds to
// parse. Scalars, aliases and flow collections are counted as they are read (each is one
// node; block collections are counted after, by measure), and so are the other indicators;
// reading stops past the limits, or once a second document is complete (`---` 250,000 times).
function parseTokens(text: string, lc: LineCounter, maxNodes: number): Tokens {
  const parser = new Parser(lc.addNewLine);
  lc.addNewLine(0);
  const tokens: CST.Token[] = [];
  let nodes = 0;
  let indicators = 0;
  let docs = 0;
  let inScalar = false;
  const stop = (offset: number, isToken: boolean): Tokens => ({
    tokens: [...tokens, ...parser.end()],
    over: { offset, tokens: isToken },
  });
  for (const lexeme of new Lexer().lex(text)) {
    const at = parser.offset;
    // The lexeme after a scalar marker is the scalar's text, whatever it starts with. The rest
    // are told apart by their first character, as yaml's tokenType does, but without its switch.
    if (inScalar) inScalar = false;
    else {
      const c = lexeme.charCodeAt(0);
      if (NODE_START.has(c)) {
        inScalar = c === SCALAR;
        if (++nodes > maxNodes) return stop(at, false);
      } else if (lexeme !== "" && !TRIVIAL_START.has(c) && ++indicators > TOKENS_PER_NODE * maxNodes)
        return stop(at, true);
    }
    for (const token of parser.next(lexeme)) {
      tokens.push(token);
      if (token.type === "document" && ++docs === 2) return { tokens };
    }
  }
  tokens.push(...parser.end());
  return { tokens };
}

// yaml makes an Error, with its stack trace, for each problem: most of the time spent on a
// file of many errors. The stacks are never shown.
function withoutStacks<T>(f: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return f();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

const NODE = new Set([
  "alias",
  "scalar",
  "single-quoted-scalar",
  "double-quoted-scalar",
  "block-scalar",
  "block-map",
  "block-seq",
  "flow-collection",
]);

// Where yaml's token tree first nests deeper than maxDepth (the root collection is level 1)
// and where its node count first passes maxNodes, or -1. One walk with an explicit stack,
// in document order.
function measure(tokens: readonly CST.Token[], limits: Limits): { tooDeep: number; tooMany: number } {
  const stack: [CST.Token | null | undefined, number][] = [];
  let nodes = 0;
  for (const token of tokens) {
    if (token.type === "document") stack.push([token.value, 1]);
    while (stack.length) {
      const [node, depth] = stack.pop()!;
      if (!node || !NODE.has(node.type)) continue;
      if (++nodes > limits.maxNodes) return { tooDeep: -1, tooMany: node.offset };
      if (node.type !== "block-map" && node.type !== "block-seq" && node.type !== "flow-collection") continue;
      if (depth > limits.maxDepth) return { tooDeep: node.offset, tooMany: -1 };
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i]!;
        stack.push([item.value, depth + 1], [item.key, depth + 1]);
      }
    }
  }
  return { tooDeep: -1, tooMany: -1 };
}

// yaml's own check compares each key with every key before it in the mapping: 137,000 keys
// took two minutes. The same rule (scalar keys with equal values) with one set per mapping.
function duplicateKeys(doc: Document): { code: string; pos: [number, number]; message: string }[] {
  const out: { code: string; pos: [number, number]; message: string }[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && !(typeof key.value === "number" && Number.isNaN(key.value))) {
          if (seen.has(key.value)) {
            const at = key.range?.[0] ?? 0;
            out.push({ code: "DUPLICATE_KEY", pos: [at, at + 1], message: "" });
          } else seen.add(key.value);
        }
        stack.push(pair.value, pair.key);
      }
    } else if (isSeq(node)) stack.push(...node.items);
  }
  return out;
}
