// A published text, as plain data, and how every output cites it in full: the rules and
// items list these, the engine copies them into each result, and the formats print them.

/** A published text a rule rests on, cited by author, title and date. */
export interface Source {
  author: string;
  title: string;
  publication: string;
  date: string;
  /** How a narrow table column cites it, e.g. "Pifer 2025". */
  short: string;
}

export const cite = (s: Source) => `${s.author}, "${s.title}" (${s.publication}, ${s.date})`;
