// What a run makes of each file and of the whole: the engine's result with what the layers
// above add (the acceptability figure, the place among the references, the suggestions, the
// gates), built in one place (score-files.ts); and what is known before the first file and
// after the last. Every format reads these and nothing else.
import type { Acceptability } from "../analysis/acceptability.js";
import type { Placement } from "../analysis/references.js";
import type { Suggestion } from "../analysis/suggest/types.js";
import type { Gates, Gating, WaiverStatus } from "../engine/gates.js";
import type { InvalidFile, ScoredFile } from "../engine/result.js";
import type { Skipped } from "./files.js";

export interface ScoredReport extends ScoredFile {
  /** How much of it the adversary has publicly rejected: a second axis, off the total. Always set by a run. */
  acceptability?: Acceptability;
  /** Where the total falls among the reference library, when it was compared. */
  nearest?: Placement;
  /** The single-field changes that raise the total most, when they were asked for. */
  suggestions?: Suggestion[];
  gate: Gating;
}

export interface InvalidReport extends InvalidFile {
  gate: Gating;
}

export type FileReport = ScoredReport | InvalidReport;

export interface Summary {
  files: number;
  passed: number;
  /** Valid files that failed a gate. */
  failed: number;
  invalid: number;
  /** Gate failures excused by a waiver, across all files. */
  waived: number;
}

/** What is known before the first file is scored. */
export interface RunHead {
  tool: { name: string; version: string };
  config: {
    /** The configuration file used, or null for the defaults. */
    file: string | null;
    /** Each way the settings differ from the defaults, in words; empty for the defaults. */
    changes: string[];
  };
  gates: Gates;
  /** Every criterion, whether enabled or not: SARIF describes each as a rule. */
  rules: readonly RuleDescriptor[];
  /** Entries of the searched folders left out, with the reason. */
  skipped?: readonly Skipped[];
  /** The folder the run started in: SARIF locates files relative to it. */
  root?: string;
  /** The score's AUC on the history library, for the scorecards' footer; absent when not asked for or there is none. */
  backtest?: BacktestNote;
}

/** A criterion described in words, its sources cited in full. */
export interface RuleDescriptor {
  id: string;
  title: string;
  weight: number;
  rationale: string;
  scoring: string;
  sources: readonly string[];
}

export interface BacktestNote {
  auc: number;
  cases: number;
  /** False when this run's weights, criteria, tiers or cap differ from the defaults the figure was computed with. */
  sameSettings: boolean;
}

/** What is known once every file is scored. */
export interface RunTail {
  waivers: WaiverStatus[];
  summary: Summary;
  /** The exit code this run ends with (SARIF records it). */
  exitCode: number;
}

/** Everything one run produced. */
export interface RunReport extends RunHead, RunTail {
  /** One per file, sorted by path. */
  results: FileReport[];
}
