// Checkers that say whether a report is inert for its target. Each returns the problems it
// found (empty: inert), so a failing test shows what went wrong, not just "false".
// They are tested on hand-written bad outputs in inert-checkers.test.ts: a checker that
// finds nothing would otherwise pass every output.

/** ESC, C0 controls other than tab and newline, DEL, C1 controls (U+0080–U+009F, CSI U+009B included), bidi controls, U+2028/U+2029. */
export const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export function controlProblems(text: string): string[] {
  return [...text.matchAll(CONTROL)].map(
    (m) =>
      `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} at offset ${m.index} (…${JSON.stringify(text.slice(Math.max(0, m.index! - 20), m.index! + 20))}…)`,
  );
}

/**
 * Escape sequences a coloured table may hold: SGR only (`ESC [ … m`), nothing that moves the
 * cursor, sets a title (OSC), opens a hyperlink or clears the screen.
 */
export function nonSgrEscapes(text: string): string[] {
  const stripped = text.replace(/\x1b\[[0-9;]*m/g, "");
  return controlProblems(stripped);
}

// Cells of a Markdown table row: split on pipes that no backslash escapes.
export function markdownCells(row: string): string[] {
  const cells: string[] = [];
  let cur = "";
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (c === "\\" && i + 1 < row.length) {
      cur += c + row[++i];
    } else if (c === "|") {
      cells.push(cur);
      cur = "";
    } else cur += c;
  }
  cells.push(cur);
  // A row written `| a | b |` has an empty piece before the first pipe and after the last.
  return cells.slice(
    row.trimStart().startsWith("|") ? 1 : 0,
    row.trimEnd().endsWith("|") && !row.trimEnd().endsWith("\\|") ? -1 : undefined,
  );
}

/**
 * GitHub-flavoured Markdown that user text cannot restructure: no raw HTML, no link or image
 * to an unescaped URL, no table row with more or fewer cells than its header, no heading but
 * the report's own, no bare entity-less `&`.
 * `ownHeading` says which heading lines the report itself writes.
 */
export function markdownProblems(md: string, ownHeading: (line: string) => boolean): string[] {
  const problems = controlProblems(md);
  if (/<\s*script/i.test(md)) problems.push("raw <script");
  // Tags a report may write itself (a collapsible section); user text has `<` as &lt;.
  const html = /<(?!\/?(?:details|summary|br|sub|sup)\b)[A-Za-z!/?]/.exec(md);
  if (html) problems.push(`raw HTML at ${html.index}: ${JSON.stringify(md.slice(html.index, html.index + 30))}`);
  const link = /(?<!\\)\]\(/.exec(md);
  if (link)
    problems.push(`a link or image: ${JSON.stringify(md.slice(Math.max(0, link.index - 20), link.index + 30))}`);
  for (const url of md.matchAll(/https?:\/\/[^\s)]*/g)) if (/evil/.test(url[0])) problems.push(`live URL ${url[0]}`);
  for (const amp of md.matchAll(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/gi))
    problems.push(`bare & at ${amp.index}`);
  const lines = md.split("\n");
  let header: number | undefined;
  lines.forEach((line, i) => {
    if (/^\s{0,3}#{1,6}(\s|$)/.test(line) && !ownHeading(line))
      problems.push(`line ${i + 1} is a heading the report did not write: ${JSON.stringify(line.slice(0, 80))}`);
    if (/^\s{0,3}(::|={3,}\s*$|-{3,}\s*$)/.test(line) && !/^\|/.test(line))
      problems.push(`line ${i + 1} starts a structure: ${JSON.stringify(line.slice(0, 80))}`);
    if (line.startsWith("|")) {
      const n = markdownCells(line).length;
      if (header === undefined) header = n;
      else if (n !== header)
        problems.push(`line ${i + 1} has ${n} cells, its header ${header}: ${JSON.stringify(line.slice(0, 120))}`);
    } else header = undefined;
  });
  return problems;
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
const XML_CHAR = /^[\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
const REFERENCE = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;

/**
 * A strict well-formedness check of XML 1.0 (what a JUnit consumer's parser insists on):
 * one root element, tags balanced and properly nested, attribute values quoted and free of
 * `<` and bare `&`, unique attribute names, legal characters only, every `&` a reference,
 * no `]]>` in character data, CDATA sections closed.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  if (!XML_CHAR.test(xml)) problems.push("characters XML 1.0 does not allow");
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const text = (s: string, at: number) => {
    if (s.includes("]]>")) problems.push(`]]> in character data at ${at}`);
    for (let j = s.indexOf("&"); j !== -1; j = s.indexOf("&", j + 1))
      if (!REFERENCE.test(s.slice(j))) problems.push(`bare & at ${at + j}`);
    if (!stack.length && s.trim()) problems.push(`text outside the root element at ${at}`);
  };
  if (xml.startsWith("<?xml")) {
    const end = xml.indexOf("?>");
    if (end === -1) return ["unclosed XML declaration"];
    i = end + 2;
  }
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    text(lt === -1 ? xml.slice(i) : xml.slice(i, lt), i);
    if (lt === -1) break;
    const rest = xml.slice(lt);
    if (rest.startsWith("<!--")) {
      const end = xml.indexOf("-->", lt + 4);
      if (end === -1) return [...problems, `unclosed comment at ${lt}`];
      if (xml.slice(lt + 4, end).includes("--")) problems.push(`-- inside a comment at ${lt}`);
      i = end + 3;
    } else if (rest.startsWith("<![CDATA[")) {
      if (!stack.length) problems.push(`CDATA outside the root at ${lt}`);
      const end = xml.indexOf("]]>", lt + 9);
      if (end === -1) return [...problems, `unclosed CDATA at ${lt}`];
      i = end + 3;
    } else if (rest.startsWith("<?")) {
      const end = xml.indexOf("?>", lt + 2);
      if (end === -1) return [...problems, `unclosed processing instruction at ${lt}`];
      i = end + 2;
    } else if (rest.startsWith("</")) {
      const m = /^<\/([^\s>]+)\s*>/.exec(rest);
      if (!m) return [...problems, `malformed end tag at ${lt}`];
      const open = stack.pop();
      if (open !== m[1]) problems.push(`</${m[1]}> closes <${open ?? "nothing"}> at ${lt}`);
      i = lt + m[0].length;
    } else {
      const name = NAME.exec(rest.slice(1));
      if (!name) return [...problems, `malformed tag at ${lt}: ${JSON.stringify(rest.slice(0, 30))}`];
      let j = lt + 1 + name[0].length;
      const seen = new Set<string>();
      for (;;) {
        const ws = /^\s*/.exec(xml.slice(j))![0].length;
        j += ws;
        if (xml.startsWith("/>", j) || xml[j] === ">") break;
        const attr = /^([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(xml.slice(j));
        if (!attr || !ws)
          return [...problems, `malformed attribute in <${name[0]}> at ${j}: ${JSON.stringify(xml.slice(j, j + 40))}`];
        if (seen.has(attr[1]!)) problems.push(`attribute ${attr[1]} twice in <${name[0]}>`);
        seen.add(attr[1]!);
        const value = attr[3] ?? attr[4] ?? "";
        for (let k = value.indexOf("&"); k !== -1; k = value.indexOf("&", k + 1))
          if (!REFERENCE.test(value.slice(k))) problems.push(`bare & in an attribute at ${j + k}`);
        j += attr[0].length;
      }
      if (!stack.length) roots++;
      if (xml.startsWith("/>", j)) i = j + 2;
      else {
        stack.push(name[0]);
        i = j + 1;
      }
    }
  }
  if (stack.length) problems.push(`unclosed elements: ${stack.join(" > ")}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

const LEVELS = /^::(error|warning|notice|debug|group|endgroup|add-mask|stop-commands)\b/;

/**
 * GitHub workflow commands escaped as GitHub documents (toCommandValue/toCommandProperties):
 * in the message `%` `\r` `\n` as %25 %0D %0A; in a property value also `:` `,` as %3A %2C.
 * Every line is either a command or one of the report's own plain lines (`isOwnPlainLine`).
 */
export function githubProblems(out: string, isOwnPlainLine: (line: string) => boolean): string[] {
  const problems = controlProblems(out);
  const lines = out.split("\n");
  if (lines.at(-1) === "") lines.pop();
  lines.forEach((line, n) => {
    const where = `line ${n + 1}`;
    if (!line.startsWith("::")) {
      if (!isOwnPlainLine(line))
        problems.push(`${where} is neither a command nor the report's own: ${JSON.stringify(line.slice(0, 80))}`);
      return;
    }
    if (!LEVELS.test(line)) problems.push(`${where}: unknown command ${JSON.stringify(line.slice(0, 30))}`);
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) {
      problems.push(`${where}: not a command: ${JSON.stringify(line.slice(0, 80))}`);
      return;
    }
    const [, , props = "", data = ""] = m;
    if (/%(?!25|0A|0D)/.test(data)) problems.push(`${where}: % not escaped in the message`);
    for (const prop of props ? props.split(",") : []) {
      const kv = /^([a-zA-Z]+)=(.*)$/.exec(prop);
      if (!kv) problems.push(`${where}: malformed property ${JSON.stringify(prop)}`);
      else if (/%(?!25|0A|0D|3A|2C)/.test(kv[2]!) || /[:,]/.test(kv[2]!))
        problems.push(`${where}: property ${kv[1]} not escaped: ${JSON.stringify(kv[2])}`);
    }
  });
  return problems;
}
