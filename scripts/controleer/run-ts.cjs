// Runs a TypeScript entry file in Node without a TypeScript runtime package: every .ts file the
// entry requires is transpiled on the fly with typescript's transpileModule (types are not
// checked here; `npx tsc --noEmit -p .` does that), and .csv files load as their text, as in the
// add-in build. Usage: node scripts/controleer/run-ts.cjs ENTRY.ts [args…]
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const options = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
  jsx: ts.JsxEmit.ReactJSX,
  sourceMap: false,
  inlineSourceMap: false,
};

function compileTs(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: options, fileName: filename });
  module._compile(outputText, filename);
}
require.extensions[".ts"] = compileTs;
require.extensions[".tsx"] = compileTs;
require.extensions[".csv"] = (module, filename) => {
  module.exports = fs.readFileSync(filename, "utf8");
};

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("gebruik: node scripts/controleer/run-ts.cjs BESTAND.ts [argumenten…]\n");
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(entry), ...rest];
require(path.resolve(entry));
