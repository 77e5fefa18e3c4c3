// Run the built CLI's `validate` in this process, not a child, then say whether the files it
// read changed Object.prototype: a check the end-to-end tests cannot make from their own process.
// Usage: node test/helpers/validate-in-process.mjs PATH... (its last line is the verdict).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { run } = require("../../dist/bundle/cli.cjs");

const names = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const before = names();
process.argv = [process.argv[0], "guarantee-score", "validate", ...process.argv.slice(2)];
await run();
const verdict = { polluted: {}.polluted ?? null, changed: names() !== before };
process.stdout.write(`\nprototype: ${JSON.stringify(verdict)}\n`);
