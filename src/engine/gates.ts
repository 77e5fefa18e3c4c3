// CI gates over scored files, and the waivers that excuse a failure for a while. Pure.
import { relative, resolve } from "node:path";
import { compileGlob, posix, type Glob } from "../util/glob.js";
import type { FileResult } from "./result.js";
import { problemCount } from "../schema/diagnostic.js";

export interface Gates {
  /** A file scoring below this fails. */
  minScore?: number;
  /** Criterion ids (a failed one fails the file) and `knockout`. */
  failOn: readonly string[];
  /** Gates named on the command line (`min-score`, criterion ids, `knockout`): no configuration waiver excuses them. */
  commandLine?: readonly string[];
}

/** An excuse for one gate's failures in the files a pattern matches, until a date (inclusive). */
export interface Waiver {
  /** A criterion id, `knockout` or `min-score`. */
  rule: string;
  /** A glob pattern over the files' paths. */
  file: string;
  reason: string;
  owner: string;
  /** YYYY-MM-DD. */
  expires: string;
}

export interface GateFailure {
  /** What failed: a criterion id, `knockout`, `min-score`, or `invalid`. */
  rule: string;
  message: string;
  path: string;
  line: number;
  column: number;
}

export interface WaivedFailure extends GateFailure {
  waiver: Waiver;
}

export interface Gating {
  passed: boolean;
  failures: GateFailure[];
  waived: WaivedFailure[];
}

export interface WaiverStatus {
  waiver: Waiver;
  /** overridden: it matched only failures of gates named on the command line, which no waiver excuses. */
  status: "applied" | "expired" | "unused" | "overridden";
  /** Files the waiver excused. */
  files: string[];
}

/** Every gate a file fails, before waivers. */
export function gateFailures(r: FileResult, gates: Gates): GateFailure[] {
  if (!r.valid) {
    const first = r.errors[0];
    const n = problemCount(r.errors);
    return [
      {
        rule: "invalid",
        message: `invalid file: ${n} problem${n === 1 ? "" : "s"}`,
        path: first?.path ?? "",
        line: first?.line ?? 1,
        column: first?.column ?? 1,
      },
    ];
  }
  const out: GateFailure[] = [];
  if (gates.minScore !== undefined && r.score < gates.minScore) {
    out.push({
      rule: "min-score",
      message: `scores ${r.score}, below the minimum of ${gates.minScore}`,
      path: "",
      line: 1,
      column: 1,
    });
  }
  if (r.knockout && gates.failOn.includes("knockout")) {
    const c = r.criteria.find((x) => x.id === r.knockout!.rule);
    out.push({
      rule: "knockout",
      message: `knock-out: ${r.knockout.reason}`,
      path: c?.path ?? "",
      line: c?.line ?? 1,
      column: c?.column ?? 1,
    });
  }
  for (const c of r.criteria) {
    if (c.status === "fail" && gates.failOn.includes(c.id))
      out.push({ rule: c.id, message: `${c.id} fails: ${c.message}`, path: c.path, line: c.line, column: c.column });
  }
  return out;
}

/**
 * Gates and waivers applied one file at a time, so a run of any size streams. A waiver
 * excuses failures of its `rule` in files matching its `file` pattern until `expires`
 * (inclusive); invalid files cannot be waived. Which waivers matched is remembered.
 */
export class Gatekeeper {
  private readonly status: { waiver: Waiver; re: Glob; expired: boolean; files: string[]; overridden: boolean }[];

  /** `base`: the configuration file's folder; waiver patterns match paths relative to it, as ESLint's do. */
  constructor(
    private readonly gates: Gates,
    waivers: readonly Waiver[],
    today: string,
    private readonly base?: string,
  ) {
    this.status = waivers.map((w) => ({
      waiver: w,
      re: compileGlob(posix(w.file)),
      expired: w.expires < today,
      files: [],
      overridden: false,
    }));
  }

  /** The path a waiver pattern is matched against: from the configuration's folder, wherever the run started. */
  private subject(file: string): string {
    return posix(this.base === undefined ? file : relative(this.base, resolve(file)));
  }

  /** How the file stands against the gates; which waivers matched is remembered for `waivers()`. */
  check(r: FileResult): Gating {
    const failures: GateFailure[] = [];
    const waived: WaivedFailure[] = [];
    for (const f of gateFailures(r, this.gates)) {
      const match =
        f.rule === "invalid"
          ? undefined
          : this.status.find((s) => s.waiver.rule === f.rule && s.re.test(this.subject(r.file)));
      if (match && !match.expired && this.gates.commandLine?.includes(f.rule)) {
        // The command line outranks the configuration file: a pull request may change the latter.
        match.overridden = true;
        failures.push({
          ...f,
          message: `${f.message} (named on the command line: a waiver in the configuration does not excuse it)`,
        });
        continue;
      }
      if (match && !match.files.includes(r.file)) match.files.push(r.file);
      if (match && !match.expired) waived.push({ ...f, waiver: match.waiver });
      else failures.push(match ? { ...f, message: `${f.message} (waiver expired on ${match.waiver.expires})` } : f);
    }
    return { passed: failures.length === 0, failures, waived };
  }

  waivers(): WaiverStatus[] {
    return this.status.map((s) => ({
      waiver: s.waiver,
      status: s.expired ? "expired" : s.files.length ? "applied" : s.overridden ? "overridden" : "unused",
      files: [...s.files],
    }));
  }
}
