// The fast parse path: js-yaml 5's event parser (about five times faster than yaml's) builds the
// same data and the same yaml nodes, with yaml's ranges, for the plain files proposals are.
// Anything it cannot settle exactly returns undefined, and the caller takes yaml's path, which
// stays the one source of every diagnostic. test/schema/fast.test.ts proves the two agree.
import { parseEvents, getScalarValue, type Event, type ScalarEvent } from "js-yaml";
import { Document, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from "yaml";

/** The limits the fast path keeps to (load.ts's Limits; not imported, so that load.ts alone imports this file). */
interface Limits {
  maxDepth: number;
  maxNodes: number;
}

export interface FastParsed {
  data: unknown;
  doc: Document;
  lineCounter: LineCounter;
}

const DOCUMENT = 1;
const SEQUENCE = 2;
const MAPPING = 3;
const SCALAR = 4;
const POP = 6;
const PLAIN = 1;
const SINGLE = 2;
const DOUBLE = 3;
const FLOW = 2;
const KEEP = 3;
// Proposals are a few KiB; a larger file is most likely hostile, and yaml's path bounds its cost.
const FAST_MAX = 128 * 1024;

/** Thrown inside the builder when the file needs yaml's path; never escapes fastParse. */
class Unsure extends Error {}
const unsure = (): never => {
  throw new Unsure();
};

// yaml's core schema, as yaml 2 tests plain scalars (src/schema/core, common/null).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_NUMBER = [
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
// The numbers settled here: unsigned decimals JavaScript reads exactly as yaml does.
const SIMPLE_NUMBER = /^(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;

function plainValue(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only these can start a null, a boolean or a number: every other plain scalar is a string.
  if (c === 0x7e || c === 0x6e || c === 0x4e) return NULL.test(s) ? null : s; // ~ n N
  if (c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46) return BOOL.test(s) ? s[0] === "t" || s[0] === "T" : s;
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
    if (SIMPLE_NUMBER.test(s)) return Number(s);
    return CORE_NUMBER.some((r) => r.test(s)) ? unsure() : s;
  }
  return s;
}

// Characters that send a file to yaml's path: a tab (yaml refuses tabs as indentation, js-yaml
// not always), a carriage return, a BOM, the Unicode line and paragraph separators, and the
// controls, where the two parsers' rules on what is printable or a line break may differ.
const NOT_PLAIN = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const plainText = (text: string): boolean => !NOT_PLAIN.test(text);

/** The data, document and line counter yaml would give, or undefined when unsure. */
export function fastParse(text: string, limits: Limits): FastParsed | undefined {
  if (text.length > FAST_MAX || !plainText(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: limits.maxDepth });
  } catch {
    return undefined;
  }
  try {
    return new Builder(text, events, limits).build();
  } catch (e) {
    if (e instanceof Unsure) return undefined;
    throw e;
  }
}

interface Built {
  node: Node;
  value: unknown;
  /** yaml's range[2]: where the node's trailing comment and line end stop, in block context. */
  end: number;
  /** A plain, quoted or flow node: yaml's token for it has an `end` that can take comments. */
  takesComments: boolean;
  /** Blank and comment lines after a block collection that yaml hands to its parent. */
  dangling?: Dangling;
}

/** Lines of blanks and comments yaml's parser holds as an item with no key or value. */
interface Dangling {
  /** The column of each comment. */
  comments: number[];
  /** Where those lines and the next line's indentation end. */
  end: number;
}

class Builder {
  private i = 0;
  private nodes = 0;

  constructor(
    private readonly text: string,
    private readonly events: Event[],
    private readonly limits: Limits,
  ) {}

  build(): FastParsed {
    const ev = this.events;
    // One document holding one collection, nothing before or after it.
    if (ev.length < 3 || ev[0]!.type !== DOCUMENT || ev[ev.length - 1]!.type !== POP) unsure();
    const first = ev[0] as { explicitStart: boolean; explicitEnd: boolean; directives: unknown[] };
    if (first.explicitStart || first.explicitEnd || first.directives.length) unsure();
    this.i = 1;
    const root = this.node(1, false);
    if (this.i !== ev.length - 1 || root.node instanceof Scalar) unsure();
    const doc = new Document();
    doc.contents = root.node;
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    for (let at = this.text.indexOf("\n"); at !== -1; at = this.text.indexOf("\n", at + 1))
      lineCounter.addNewLine(at + 1);
    return { data: root.value, doc, lineCounter };
  }

  private node(depth: number, inFlow: boolean): Built {
    const e = this.events[this.i++]!;
    if (++this.nodes > this.limits.maxNodes) unsure();
    if (e.type === SCALAR) return this.scalar(e, inFlow);
    if (e.type !== MAPPING && e.type !== SEQUENCE) return unsure();
    if (depth > this.limits.maxDepth || e.anchorStart !== -1 || e.tagStart !== -1) unsure();
    const flow = e.style === FLOW;
    if (flow && this.text[e.start] !== (e.type === MAPPING ? "{" : "[")) unsure();
    return e.type === MAPPING
      ? this.mapping(e.start, depth, flow, inFlow)
      : this.sequence(e.start, depth, flow, inFlow);
  }

  private mapping(start: number, depth: number, flow: boolean, inFlow: boolean): Built {
    const map = new YAMLMap();
    const value: Record<string, unknown> = {};
    let last: Built | undefined;
    while (this.events[this.i]!.type !== POP) {
      const k = this.events[this.i++]!;
      if (k.type !== SCALAR || k.style > DOUBLE || k.valueStart === -1) unsure();
      const key = this.scalar(k as ScalarEvent, true);
      // Keys that are not strings, or that JavaScript objects treat apart, go to yaml.
      if (typeof key.value !== "string" || key.value === "__proto__" || key.value === "<<") unsure();
      // yaml refuses an implicit key over 1,024 characters or across lines; js-yaml may not.
      const [from, to] = key.node.range!;
      if (to - from > 1000 || this.text.lastIndexOf("\n", to - 1) >= from) unsure();
      if (Object.hasOwn(value, key.value as string)) unsure();
      this.nodes++;
      last = this.node(depth + 1, inFlow || flow);
      map.items.push(new Pair(key.node, last.node));
      value[key.value as string] = last.value;
    }
    this.i++;
    return this.collection(map, value, start, last, flow, inFlow);
  }

  private sequence(start: number, depth: number, flow: boolean, inFlow: boolean): Built {
    const seq = new YAMLSeq();
    const value: unknown[] = [];
    let last: Built | undefined;
    while (this.events[this.i]!.type !== POP) {
      last = this.node(depth + 1, inFlow || flow);
      seq.items.push(last.node);
      value.push(last.value);
    }
    this.i++;
    return this.collection(seq, value, start, last, flow, inFlow);
  }

  private collection(
    node: YAMLMap | YAMLSeq,
    value: unknown,
    start: number,
    last: Built | undefined,
    flow: boolean,
    inFlow: boolean,
  ): Built {
    if (!flow) return this.blockEnd(node, value, start, last ?? unsure());
    const close = this.closing(last ? (last.node.range?.[1] ?? unsure()) : start + 1);
    const end = inFlow ? close : this.lineEnd(close);
    node.range = [start, close, end];
    return { node, value, end, takesComments: true };
  }

  // yaml's parser gives the blank and comment lines after a block collection's last item to
  // that item's value when the comment is indented past the collection and the value's token
  // can hold it; the rest stay with the collection (its range[2]) or pass to its parent.
  private blockEnd(node: YAMLMap | YAMLSeq, value: unknown, start: number, last: Built): Built {
    const indent = start - (this.text.lastIndexOf("\n", start - 1) + 1);
    let valueEnd = last.end;
    let dangling = last.dangling;
    if (!last.node.range) return unsure();
    if (last.takesComments || last.node instanceof Scalar) {
      const run = this.trailing(last.end);
      let rest = 0;
      if (last.takesComments)
        run.lines.forEach((line, n) => {
          if (line.comment > indent) [valueEnd, rest] = [line.end, n + 1];
        });
      last.node.range[2] = valueEnd;
      const left = run.lines.slice(rest);
      dangling =
        left.length || run.content > run.lineStart
          ? { comments: left.filter((l) => l.comment !== -1).map((l) => l.comment), end: run.content }
          : undefined;
    }
    const passes = !dangling || indent === 0 || dangling.comments.every((c) => c < indent);
    const end = passes ? valueEnd : dangling!.end;
    node.range = [start, valueEnd, end];
    return { node, value, end, takesComments: false, dangling: passes ? dangling : undefined };
  }

  // The lines of blanks and comments from `from` (a line start) to the next line with content.
  private trailing(from: number): { lines: { comment: number; end: number }[]; lineStart: number; content: number } {
    const t = this.text;
    const lines: { comment: number; end: number }[] = [];
    let i = from;
    while (i < t.length) {
      let j = i;
      while (t[j] === " ") j++;
      if (j < t.length && t[j] !== "\n" && t[j] !== "#") break;
      const nl = t.indexOf("\n", j);
      lines.push({ comment: t[j] === "#" ? j - i : -1, end: nl === -1 ? t.length : nl + 1 });
      i = nl === -1 ? t.length : nl + 1;
    }
    let content = i;
    while (t[content] === " ") content++;
    return { lines, lineStart: i, content };
  }

  // Just past the `]` or `}` that closes a flow collection whose last item ends at `from`.
  private closing(from: number): number {
    const t = this.text;
    for (let i = from; i < t.length; i++) {
      const c = t[i];
      if (c === "]" || c === "}") return i + 1;
      if (c === "#") unsure();
      if (c !== " " && c !== "\n" && c !== ",") unsure();
    }
    return unsure();
  }

  // yaml's range[2] of a node in block context: past spaces, a comment and one line break.
  private lineEnd(from: number): number {
    const t = this.text;
    let i = from;
    while (t[i] === " ") i++;
    if (t[i] === "#") while (i < t.length && t[i] !== "\n") i++;
    if (t[i] === "\n") return i + 1;
    return i === t.length ? i : unsure();
  }

  private scalar(e: Event, inFlow: boolean): Built {
    if (e.type !== SCALAR) return unsure();
    if (e.anchorStart !== -1 || e.tagStart !== -1 || e.valueStart === -1) unsure();
    const raw = getScalarValue(this.text, e);
    let start = e.valueStart;
    let valueEnd = e.valueEnd;
    let value: unknown = raw;
    if (e.style === PLAIN) value = plainValue(raw);
    else if (e.style === SINGLE || e.style === DOUBLE) {
      start--;
      valueEnd++;
      if (this.text[start] !== (e.style === SINGLE ? "'" : '"') || this.text[valueEnd - 1] !== this.text[start])
        unsure();
    } else {
      if (inFlow || e.chomping === KEEP) unsure();
      [start, valueEnd] = this.blockRange(e);
    }
    const node = new Scalar(value);
    const block = e.style > DOUBLE;
    const end = block || inFlow ? valueEnd : this.lineEnd(valueEnd);
    node.range = [start, valueEnd, end];
    return { node, value, end, takesComments: !block };
  }

  // yaml's range of a block scalar: from its `|` or `>` to the end of its last line with text.
  private blockRange(e: ScalarEvent): [number, number] {
    const t = this.text;
    // The content starts on the line after the header; the header is the rest of the line before.
    const headerEnd = t.lastIndexOf("\n", e.valueStart - 1);
    if (headerEnd === -1 || (e.valueStart > 0 && t[e.valueStart - 1] !== "\n")) unsure();
    const lineStart = t.lastIndexOf("\n", headerEnd - 1) + 1;
    const header = /([|>][-+0-9]*) *(?: #.*)?$/.exec(t.slice(lineStart, headerEnd));
    // An explicit indentation indicator (`|2`) is rare and sets the indent apart from the text.
    if (!header || /[0-9]/.test(header[1]!)) return unsure();
    const start = lineStart + header.index;
    // The lines of the scalar: blank, or indented at least as its first line with text. Trailing
    // lines of spaces no longer than that indent are left out, as yaml's lexer leaves them.
    const lineEnd = (at: number) => {
      const nl = t.indexOf("\n", at);
      return nl === -1 ? unsure() : nl + 1;
    };
    let indent = -1;
    let end = e.valueStart;
    for (let at = e.valueStart; at < t.length; ) {
      let j = at;
      while (t[j] === " ") j++;
      const blank = t[j] === "\n";
      if (!blank && indent === -1) indent = j - at;
      if (!blank && j - at < indent) break;
      at = lineEnd(at);
      end = at;
    }
    // Where js-yaml's scalar ends, yaml's must too: text past it means the two read the
    // indentation differently (content no deeper than its parent's key).
    if (indent === -1 || t.slice(e.valueEnd, end).trim() !== "") unsure();
    for (;;) {
      const prev = t.lastIndexOf("\n", end - 2) + 1;
      if (prev < e.valueStart || t.slice(prev, end - 1).trim() !== "" || end - 1 - prev > indent) break;
      end = prev;
    }
    if (end <= e.valueStart) unsure();
    return [start, end];
  }
}
