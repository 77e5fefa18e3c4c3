// The boxed tables of the human formats, drawn here when every cell is plain text: the
// same bytes cli-table3 draws (test/report/grid.test.ts compares them), without loading
// it, its colours and its emoji regex (most of a one-file run's drawing time). Colour,
// wide or combining characters and the like are left to cli-table3.
import { createRequire } from "node:module";

export interface Grid {
  head: readonly string[];
  /** Outer widths, borders excluded, one padding space each side included. */
  widths: readonly number[];
  /** A rule between body rows (cli-table3's default); false for one line a row. */
  rules: boolean;
}

// One column each in string-width (cli-table3's measure), and no escape codes: ASCII,
// Latin letters, and the common dashes, quotes and ellipsis.
const PLAIN = /^[\n\x20-\x7e\u00a0-\u02ff\u2010-\u2027]*$/;

/** cli-table3's word wrap (utils.wordWrap), where a character is one column wide. */
function wrap(max: number, input: string): string[] {
  const lines: string[] = [];
  for (const text of input.split("\n")) {
    const split = text.split(/(\s+)/g);
    let line: string[] = [];
    let length = 0;
    let space: string | undefined;
    for (let i = 0; i < split.length; i += 2) {
      const word = split[i]!;
      let next = length + word.length;
      if (length > 0 && space) next += space.length;
      if (next > max) {
        if (length !== 0) lines.push(line.join(""));
        line = [word];
        length = word.length;
      } else {
        line.push(space || "", word);
        length = next;
      }
      space = split[i + 1];
    }
    if (length) lines.push(line.join(""));
  }
  return lines;
}

/** One line of a cell, cut with an ellipsis and padded to the width inside the padding. */
const fitCell = (line: string, len: number) =>
  (line.length <= len ? line : `${line.slice(0, Math.max(0, len - 1))}…`).padEnd(len);

const border = (widths: readonly number[], [left, mid, right]: string, fill: string) =>
  `${left}${widths.map((w) => fill.repeat(w)).join(mid)}${right}`;

/** The table as cli-table3 draws it, or undefined when a cell is not plain text. */
export function drawGrid({ head, widths, rules }: Grid, body: readonly (readonly string[])[]): string | undefined {
  const rows = [head, ...body];
  if (!rows.every((r) => r.length === widths.length && r.every((c) => PLAIN.test(c)))) return undefined;
  const out = [border(widths, "┌┬┐", "─")];
  rows.forEach((row, y) => {
    if (y > 0 && rules) out.push(border(widths, "├┼┤", "─"));
    const cells = row.map((c, x) => wrap(widths[x]! - 2, c));
    const height = Math.max(1, ...cells.map((lines) => lines.length));
    for (let n = 0; n < height; n++)
      out.push(`│${cells.map((lines, x) => ` ${fitCell(lines[n] ?? "", widths[x]! - 2)} `).join("│")}│`);
  });
  out.push(border(widths, "└┴┘", "─"));
  return out.join("\n");
}

type TableClass = typeof import("cli-table3");
// Required, not imported: loaded only when needed, and synchronously, from inside a sink.
let cliTable3: TableClass | undefined;

/** The table with the options of the human formats: drawn here, or by cli-table3. */
export function draw(grid: Grid, body: readonly (readonly string[])[]): string {
  const drawn = drawGrid(grid, body);
  if (drawn !== undefined) return drawn;
  cliTable3 ??= createRequire(import.meta.url)("cli-table3") as TableClass;
  const Table = cliTable3;
  const t = new Table({
    head: [...grid.head],
    colWidths: [...grid.widths],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
    ...(grid.rules ? {} : { chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } }),
  });
  t.push(...body.map((r) => [...r]));
  return t.toString();
}

/** A column's wish: its preferred outer width and the least it can do with; one column is `flex`. */
export interface Column {
  width: number;
  min: number;
  flex?: boolean;
}

/**
 * Outer widths that fit `total` columns, borders included: the flexible column takes what the
 * others leave, down to its minimum; then the others give up their slack in proportion; on a
 * terminal too narrow even for the minimums, every column shrinks alike (cells are cut).
 */
export function fitColumns(columns: readonly Column[], total: number): number[] {
  const room = total - (columns.length + 1);
  const widths = columns.map((c) => c.width);
  const flex = columns.findIndex((c) => c.flex);
  const others = () => widths.reduce((a, w, i) => (i === flex ? a : a + w), 0);
  if (flex !== -1) widths[flex] = Math.max(columns[flex]!.min, room - others());
  let over = widths.reduce((a, b) => a + b, 0) - room;
  const slack = columns.map((c, i) => (i === flex ? 0 : c.width - c.min));
  const totalSlack = slack.reduce((a, b) => a + b, 0);
  if (over > 0 && totalSlack > 0) {
    const take = Math.min(over, totalSlack);
    let taken = 0;
    slack.forEach((sl, i) => {
      const t = Math.min(sl, Math.ceil((sl * take) / totalSlack), take - taken);
      widths[i]! -= t;
      taken += t;
    });
    over -= taken;
  }
  if (over > 0) {
    const sum = widths.reduce((a, b) => a + b, 0);
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(3, Math.floor((widths[i]! * room) / sum));
  }
  // Rounding: the flexible column (else the widest) takes what is left, so the frame is exactly `total`.
  const left = room - widths.reduce((a, b) => a + b, 0);
  const taker = flex !== -1 ? flex : widths.indexOf(Math.max(...widths));
  widths[taker] = Math.max(3, widths[taker]! + left);
  return widths;
}

/** A path broken after its slashes into lines of at most `width` characters (a longer part is cut into pieces). */
export function breakPath(path: string, width: number): string {
  if (path.length <= width || width < 4) return path;
  const parts = path.split(/(?<=\/)/).flatMap((p) => p.match(new RegExp(`.{1,${width}}`, "gs")) ?? [p]);
  const lines: string[] = [];
  let line = "";
  for (const part of parts) {
    if (line && line.length + part.length > width) {
      lines.push(line);
      line = part;
    } else line += part;
  }
  return [...lines, line].join("\n");
}
