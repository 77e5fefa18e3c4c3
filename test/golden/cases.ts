// The runs whose output is recorded in test/golden/*.txt: every command and format on the
// reference library, a few history files, the fixtures' invalid and knock-out files, and a
// configuration that changes weights, tiers, gates and waivers. See test/golden/README.md.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { HAVE_ATOP, ATOP_DIR } from "../helpers/atop.js";
import { ROOT } from "../helpers/run.js";

export interface Case {
  name: string;
  /** `{tmp}` stands for a fresh temporary folder, in arguments and in `env`. */
  args: string[];
  env?: Record<string, string>;
  /** A file (relative to the root) piped to standard input. */
  stdin?: string;
  /** Files the run writes, relative to `{tmp}`, recorded after the output. */
  files?: string[];
  /** Skipped, saying why, when this is set. */
  skip?: string;
}

const REFS = readdirSync(join(ROOT, "proposals"))
  .filter((n) => n.endsWith(".yaml"))
  .sort()
  .map((n) => `proposals/${n}`);
const HIST = [
  "csto-armenia-1992",
  "budapest-security-assurances-1994",
  "us-rok-mutual-defense-treaty-1953",
  "west-berlin-1954",
].map((n) => `proposals/history/${n}.yaml`);
const INVALID = "test/cli/fixtures/invalid.yaml";
const VETO = "test/cli/fixtures/veto.yaml";
const FILES = [...REFS, ...HIST, INVALID, VETO];
const CONFIG = ["--config", "test/golden/config.yaml"];
// With the configuration: the files its waivers name, and two others.
const SOME = [
  "budapest-memorandum-1994",
  "coalition-backstop-2025",
  "consensus-guarantors-2022",
  "west-germany-cold-war",
].map((n) => `proposals/${n}.yaml`);
const BEFORE = "proposals/bilateral-agreements-2024.yaml";
const AFTER = "proposals/coalition-backstop-2025.yaml";
const GATES = ["--min-score", "40", "--fail-on", "knockout,ratified"];
const FORMATS = ["json", "markdown", "sarif", "junit", "github"];
const COMMANDS = ["validate", "score", "check", "list", "explain", "schema", "diff", "suggest", "report", "backtest"];

export const CASES: Case[] = [
  { name: "help", args: ["--help"] },
  { name: "version", args: ["--version"] },
  ...COMMANDS.map((c) => ({ name: `help-${c}`, args: [c, "--help"] })),
  { name: "usage-unknown-option", args: ["check", "--frobnicate", BEFORE] },
  { name: "usage-missing-file", args: ["check", "proposals/nope.yaml"] },
  { name: "usage-no-match", args: ["check", "nothing/**/*.yaml"] },

  { name: "score-default", args: FILES },
  ...FORMATS.map((f) => ({ name: `score-${f}`, args: ["score", "-f", f, ...FILES] })),
  { name: "score-color", args: ["score", "--color", AFTER, VETO] },
  { name: "score-config", args: ["score", ...CONFIG, ...SOME] },
  { name: "score-config-json", args: ["score", ...CONFIG, "-f", "json", ...SOME] },

  {
    name: "check-table-outputs",
    args: [
      "check",
      ...FILES,
      ...GATES,
      "-o",
      "sarif={tmp}/r.sarif",
      "-o",
      "junit={tmp}/r.xml",
      "-o",
      "markdown={tmp}/r.md",
    ],
    files: ["r.sarif", "r.xml", "r.md"],
  },
  ...FORMATS.map((f) => ({ name: `check-${f}`, args: ["check", ...FILES, ...GATES, "-f", f] })),
  { name: "check-config-table", args: ["check", ...CONFIG, ...SOME] },
  ...FORMATS.map((f) => ({ name: `check-config-${f}`, args: ["check", ...CONFIG, ...SOME, "-f", f] })),
  {
    name: "check-stdin",
    args: ["check", "-", "--stdin-filename", "draft.yaml", "-f", "json"],
    stdin: "proposals/nato-article5.yaml",
  },
  {
    name: "check-step-summary",
    args: ["check", "-f", "github", ...REFS],
    env: { GITHUB_STEP_SUMMARY: "{tmp}/summary.md" },
    files: ["summary.md"],
  },
  { name: "check-main-to-file", args: ["check", ...REFS, "-o", "{tmp}/out.txt"], files: ["out.txt"] },

  { name: "validate", args: ["validate", ...FILES] },
  { name: "validate-ok", args: ["validate", ...REFS] },

  { name: "diff-table", args: ["diff", BEFORE, AFTER] },
  { name: "diff-json", args: ["diff", "-f", "json", BEFORE, AFTER] },
  { name: "diff-markdown", args: ["diff", "-f", "markdown", BEFORE, AFTER] },
  { name: "diff-color", args: ["diff", "--color", AFTER, BEFORE] },
  { name: "diff-regression", args: ["diff", AFTER, BEFORE, "--fail-on-regression"] },
  { name: "diff-invalid", args: ["diff", INVALID, BEFORE] },
  { name: "diff-config", args: ["diff", ...CONFIG, BEFORE, AFTER] },

  { name: "explain", args: ["explain"] },
  { name: "explain-rule", args: ["explain", "ratified"] },
  { name: "explain-item", args: ["explain", "nato-troops"] },
  { name: "explain-config", args: ["explain", ...CONFIG] },
  { name: "explain-config-rule", args: ["explain", ...CONFIG, "nato-path"] },
  { name: "explain-unknown", args: ["explain", "ratifed"] },

  { name: "list", args: ["list"] },
  { name: "list-json", args: ["list", "-f", "json"] },
  { name: "list-config", args: ["list", ...CONFIG] },
  { name: "list-config-json", args: ["list", ...CONFIG, "-f", "json"] },

  { name: "suggest", args: ["suggest", BEFORE] },
  { name: "suggest-json", args: ["suggest", "-f", "json", BEFORE] },
  { name: "suggest-top", args: ["suggest", "--top", "2", VETO] },
  { name: "suggest-color", args: ["suggest", "--color", BEFORE] },
  { name: "suggest-invalid", args: ["suggest", INVALID] },
  { name: "suggest-invalid-json", args: ["suggest", "-f", "json", INVALID] },
  { name: "suggest-config", args: ["suggest", ...CONFIG, AFTER] },

  { name: "report-html", args: ["report", ...FILES] },
  { name: "report-html-file", args: ["report", BEFORE, AFTER, "-o", "{tmp}/r.html"], files: ["r.html"] },
  { name: "report-html-config", args: ["report", ...CONFIG, ...SOME] },

  { name: "backtest-table", args: ["backtest"] },
  { name: "backtest-json", args: ["backtest", "-f", "json"] },
  { name: "backtest-markdown", args: ["backtest", "-f", "markdown"] },
  { name: "backtest-files", args: ["backtest", ...HIST, INVALID] },
  { name: "backtest-files-json", args: ["backtest", "-f", "json", ...HIST] },
  { name: "backtest-config", args: ["backtest", ...CONFIG, "--resamples", "200", "--seed", "7"] },
  { name: "backtest-nothing", args: ["backtest", ...REFS] },
  ...["table", "json", "markdown"].map((f) => ({
    name: `backtest-atop-${f}`,
    args: ["backtest", "--atop", relative(ROOT, ATOP_DIR), "-f", f],
    skip: HAVE_ATOP ? undefined : "no ATOP data (see test/helpers/atop.ts)",
  })),

  { name: "schema", args: ["schema"] },
  { name: "schema-report", args: ["schema", "report"] },
  { name: "schema-backtest", args: ["schema", "backtest"] },
  { name: "schema-unknown", args: ["schema", "nope"] },
];
