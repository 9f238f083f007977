// Lets Node require() TypeScript without a TypeScript runtime package: every .ts/.tsx file
// required after this is transpiled on the fly with typescript's transpileModule (types are not
// checked here; `npx tsc --noEmit -p .` does that), and .csv files load as their text, as in the
// add-in build. Used by run-ts.cjs (the CLIs) and by scripts/bench/bundle.mjs (to share the e2e
// tests' Chromium resolver, test/e2e/chromium.ts).
"use strict";
const fs = require("fs");
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
