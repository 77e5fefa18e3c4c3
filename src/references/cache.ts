// Build step: score the reference library with the default settings, for the bundle.
import { writeFile } from "node:fs/promises";
import { defaultConfig } from "../engine/config.js";
import { rules } from "../rules/index.js";
import { asReference, REFERENCE_CACHE, scoreReferences } from "./library.js";

const refs = (await scoreReferences(rules, defaultConfig(rules))).map(asReference);
await writeFile(REFERENCE_CACHE, `${JSON.stringify(refs, null, 1)}\n`);
