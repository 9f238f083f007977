// Runs a TypeScript entry file in Node without a TypeScript runtime package (see
// register-ts.cjs: .ts transpiled on the fly, .csv as text, types not checked).
// Usage: node scripts/controleer/run-ts.cjs ENTRY.ts [args…]
"use strict";
const path = require("path");
require("./register-ts.cjs");

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("gebruik: node scripts/controleer/run-ts.cjs BESTAND.ts [argumenten…]\n");
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(entry), ...rest];
require(path.resolve(entry));
