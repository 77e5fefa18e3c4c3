// A small CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF or LF) for the research
// data the backtest reads. Rows become records keyed by the header; each keeps its line.

export interface CsvRow {
  /** 1-based line of the row in the file. */
  line: number;
  get(column: string): string;
}

export interface Csv {
  columns: string[];
  rows: CsvRow[];
}

export class CsvError extends Error {
  override name = "CsvError";
}

export function parseCsv(text: string): Csv {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== "") records.push({ line: start, fields });
      fields = [];
      field = "";
      line++;
      start = line;
    } else field += ch;
  }
  if (quoted) throw new CsvError(`line ${start}: a quoted field is not closed`);
  if (field !== "" || fields.length) records.push({ line: start, fields: [...fields, field] });
  const header = records.shift();
  if (!header) throw new CsvError("the file is empty: expected a header row");
  const columns = header.fields.map((c) => c.trim());
  const index = new Map(columns.map((c, i) => [c, i]));
  const rows = records.map((r) => {
    if (r.fields.length !== columns.length)
      throw new CsvError(`line ${r.line}: expected ${columns.length} fields, found ${r.fields.length}`);
    return {
      line: r.line,
      get(column: string) {
        const i = index.get(column);
        if (i === undefined) throw new CsvError(`no column "${column}"`);
        return r.fields[i]!.trim();
      },
    };
  });
  return { columns, rows };
}

/** Throws a CsvError naming the columns a file lacks. */
export function requireColumns(csv: Csv, needed: readonly string[]): void {
  const missing = needed.filter((c) => !csv.columns.includes(c));
  if (missing.length) throw new CsvError(`missing column${missing.length === 1 ? "" : "s"} ${missing.join(", ")}`);
}
