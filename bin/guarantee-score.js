#!/usr/bin/env node
// CommonJS (bin/package.json says so): an ES module here would start Node's ESM loader, a
// cost of every run (bench/README.md). The boot compiles the bundle with its code cache.
require("../dist/bundle/boot.cjs").run();
