// Turn zod issues into located diagnostics that say what was expected and what was found.
import type { Document, LineCounter } from "yaml";
import type * as z from "zod/mini";
import { didYouMean } from "../util/did-you-mean.js";
import { formatPath, type PathSegment } from "../util/path.js";
import { byPosition, cut, describe, MAX_PROBLEMS, moreProblems, quote, type Diagnostic } from "./diagnostic.js";
import { locate, type Range } from "./locate.js";

type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  null: "an empty value",
};

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = Object.hasOwn(v, seg) ? (v as Record<PathSegment, unknown>)[seg] : undefined;
  }
  return v;
}

/** Words people write for a field, where spelling alone would suggest another (name → date). */
const SYNONYMS: Record<string, string> = {
  name: "title",
  description: "summary",
  duration: "duration_years",
  term: "duration_years",
  years: "duration_years",
  troop: "troops",
  forces: "troops",
  deployment: "troops",
  ratified: "ratification",
  obligations: "obligation",
  trigger: "triggers",
};

/** The key meant by an unknown one: a synonym, a key it begins (duration → duration_years), or the nearest. */
function meantKey(key: string, keys: readonly string[]): string | undefined {
  const synonym = Object.hasOwn(SYNONYMS, key) ? SYNONYMS[key] : undefined;
  if (synonym && keys.includes(synonym)) return synonym;
  return keys.find((k) => k.startsWith(`${key}_`)) ?? didYouMean(key, keys);
}

/** Whether the schema at `path` accepts null (size_cap: null means "no cap"). */
function nullableAt(schema: z.ZodMiniType, path: readonly PathSegment[]): boolean {
  const parent = path.slice(0, -1);
  const last = path.at(-1);
  let s: unknown = schema;
  const def = () => (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  for (const seg of parent) {
    while (def()?.type === "optional" || def()?.type === "nullable") s = def()!.innerType;
    const d = def();
    if (d?.type === "array" && typeof seg === "number") s = d.element;
    else if (d?.type === "object" && typeof seg === "string") s = (d.shape as Record<string, unknown>)[seg];
    else return false;
  }
  while (def()?.type === "optional") s = def()!.innerType;
  const d = def();
  if (d?.type !== "object" || typeof last !== "string") return false;
  s = (d.shape as Record<string, unknown>)[last];
  for (let t = def(); t && (t.type === "optional" || t.type === "nullable"); t = def()) {
    if (t.type === "nullable") return true;
    s = t.innerType;
  }
  return false;
}

/** The keys an object schema accepts at `path`, for "did you mean". */
export function knownKeys(schema: z.ZodMiniType, path: readonly PathSegment[]): string[] {
  let s: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (s as { _zod?: { def?: { type: string; innerType?: unknown } } })._zod?.def;
      if (def && (def.type === "optional" || def.type === "nullable") && def.innerType) s = def.innerType;
      else return def;
    }
  };
  for (const seg of path) {
    const def = unwrap() as { type: string; element?: unknown; shape?: Record<string, unknown> } | undefined;
    if (def?.type === "array" && typeof seg === "number") s = def.element;
    else if (def?.type === "object" && def.shape && typeof seg === "string" && Object.hasOwn(def.shape, seg))
      s = def.shape[seg];
    else return [];
  }
  const def = unwrap() as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

function expectation(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return TYPE_WORDS[issue.expected] ?? issue.expected;
    case "invalid_value":
      return issue.values.length === 1
        ? JSON.stringify(issue.values[0])
        : `one of ${issue.values.map((v) => String(v)).join(", ")}`;
    case "too_small":
      if (issue.origin === "array") return `at least ${issue.minimum} item${Number(issue.minimum) === 1 ? "" : "s"}`;
      if (issue.origin === "string") return "non-empty text";
      return `a number ${issue.inclusive ? "≥" : ">"} ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "int" && Number(issue.maximum) === Number.MAX_SAFE_INTEGER)
        return `a whole number no larger than ${Number.MAX_SAFE_INTEGER}`;
      return `a value ${issue.inclusive ? "≤" : "<"} ${issue.maximum}`;
    case "invalid_format":
      if (issue.format === "date") return "a calendar date written YYYY-MM-DD";
      return issue.message.replace(/^expected /, "");
    default:
      // Custom checks word their own message as "expected …".
      return issue.message.replace(/^expected /, "");
  }
}

export function issuesToDiagnostics(
  issues: readonly Issue[],
  data: unknown,
  schema: z.ZodMiniType,
  doc: Document,
  lc: LineCounter,
): Diagnostic[] {
  // Every problem is located first (cheap, with locate's index), and only the first ones by
  // position are worded: a mapping of 100,000 unknown keys costs one pass, not 100,000 guesses.
  const found: { at: Range; path: PathSegment[]; issue: Issue; key?: string }[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) found.push({ at: locate(doc, lc, [...path, key], "key"), path, issue, key });
    } else found.push({ at: locate(doc, lc, path, "value"), path, issue });
  }
  found.sort((a, b) => byPosition(a.at, b.at));
  const out = found.slice(0, MAX_PROBLEMS).map((f) => ({
    ...f.at,
    ...(f.key !== undefined ? unknownKey(schema, f.path, f.key) : problem(f.issue, f.path, data, schema)),
  }));
  if (found.length > MAX_PROBLEMS) out.push(moreProblems(found.length - MAX_PROBLEMS, found[MAX_PROBLEMS]!.at));
  return out;
}

// The path quotes the file's keys: each is cut like any quoted text.
const quotedPath = (path: PathSegment[]) => formatPath(path.map((s) => (typeof s === "string" ? cut(s) : s)));

function unknownKey(schema: z.ZodMiniType, path: PathSegment[], key: string): Omit<Diagnostic, keyof Range> {
  const keys = knownKeys(schema, path);
  const guess = meantKey(key, keys);
  return {
    path: quotedPath([...path, key]),
    code: "unknown-key",
    message: `unknown key ${quote(key)}`,
    expected: keys.length ? `one of the keys ${keys.join(", ")}` : "no key here",
    found: quote(key),
    ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
  };
}

function problem(
  issue: Issue,
  path: PathSegment[],
  data: unknown,
  schema: z.ZodMiniType,
): Omit<Diagnostic, keyof Range> {
  const value = valueAt(data, path);
  const missing = value === undefined && issue.code === "invalid_type";
  // A field where null means "none" says so: `size_cap: none` is otherwise a puzzle.
  const orNull = issue.code === "invalid_type" && !missing && nullableAt(schema, path);
  const expected = `${expectation(issue)}${orNull ? ', or null for "none"' : ""}`;
  // A root that is not a mapping is the file's whole text: say what it is, quote none of it.
  const found = describe(value, path.length > 0);
  const guess =
    issue.code === "invalid_value" && typeof value === "string"
      ? didYouMean(value, issue.values.map(String))
      : undefined;
  const hint = guess
    ? `did you mean "${guess}"?`
    : orNull && typeof value === "string" && /^(none|no|nil|null|unlimited|no cap)$/i.test(value.trim())
      ? 'write null, or leave the value empty, for "none"'
      : undefined;
  return {
    path: quotedPath(path),
    ...(hint ? { hint } : {}),
    code: missing ? "missing-field" : issue.code.replace(/_/g, "-"),
    message: missing
      ? `missing required field ${JSON.stringify(String(path.at(-1) ?? ""))}: expected ${expected}`
      : `expected ${expected}; found ${found}`,
    expected,
    found,
  };
}
