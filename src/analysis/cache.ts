// Build step: score the reference library, and backtest the history library, with the
// default settings, for the bundle.
import { writeFile } from "node:fs/promises";
import { defaultConfig } from "../engine/config.js";
import { rules } from "../model/rules/index.js";
import { BACKTEST_CACHE, computeFigures, settingsKey } from "./history.js";
import { asReference, REFERENCE_CACHE, scoreReferences } from "./references.js";

const refs = (await scoreReferences(rules, defaultConfig(rules))).map(asReference);
await writeFile(REFERENCE_CACHE, `${JSON.stringify(refs, null, 1)}\n`);
await writeFile(
  BACKTEST_CACHE,
  `${JSON.stringify({ settings: settingsKey(), figures: await computeFigures() }, null, 1)}\n`,
);
