// The files that declare SD. custom functions (JSDoc @customfunction). The metadata plugin
// reads exactly these; src/functions/functions.ts re-exports them all. Add a capability's
// file here when it gains functions.
module.exports.functionSources = [
  "./src/functions/verdelen.ts",
  "./src/functions/indexeren.ts",
  "./src/functions/bezetting.ts",
];
