// Runs a TypeScript entry file in Node without a TypeScript runtime package: each .ts file it
// requires is transpiled on the fly with typescript's transpileModule (types are checked by
// `npx tsc --noEmit -p .`, not here); .csv files load as their text, as in the add-in build.
// Usage: node scripts/run-ts.cjs ENTRY.ts [args…]
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true };
function compileTs(module, filename) {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
}
require.extensions[".ts"] = compileTs;
require.extensions[".csv"] = (module, filename) => {
  module.exports = fs.readFileSync(filename, "utf8");
};

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("gebruik: node scripts/run-ts.cjs BESTAND.ts [argumenten…]\n");
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(entry), ...rest];
require(path.resolve(entry));
