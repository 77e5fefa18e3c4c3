// Where the ATOP and Berkemeier & Fuhrmann data are: GUARANTEE_SCORE_ATOP_DIR, or
// ../shared/data/alliances beside the repository. They are not in the package; tests that
// need them skip, saying why, where they are absent.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { ATOP_FILES } from "../../src/analysis/backtest/atop.js";
import { ROOT } from "./run.js";

export const ATOP_DIR = resolve(ROOT, process.env.GUARANTEE_SCORE_ATOP_DIR ?? "../shared/data/alliances");
export const HAVE_ATOP = Object.values(ATOP_FILES).every((f) => existsSync(join(ATOP_DIR, f)));
export const ATOP_SKIPPED = `skipped: no ATOP data at ${ATOP_DIR} (set GUARANTEE_SCORE_ATOP_DIR to the folder holding ${Object.values(ATOP_FILES).join(", ")})`;
