/** Jest: every *.test.ts(x) under test/. Engine, functions and adapter tests run in node;
 * component tests (test/taskpane) in jsdom; e2e tests drive Chromium against dist-preview/. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest, "^.+\\.csv$": "<rootDir>/test/setup/text-transform.js" },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/setup/office-addin-manifest-shim.js",
  },
  setupFiles: ["<rootDir>/test/setup/custom-functions-shim.ts"],
};
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/", "<rootDir>/test/taskpane/"],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      globalSetup: "<rootDir>/test/e2e/globalSetup.ts",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};
