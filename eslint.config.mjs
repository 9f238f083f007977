// ESLint flat config (`npm run lint`): typescript-eslint's recommended rules everywhere, React
// rules for the pane, and the Office.js rules of eslint-plugin-office-addins for the code that
// talks to Excel. The plugin's own "recommended" preset also switches on Prettier formatting;
// we take only its Office rules.
import { createRequire } from "node:module";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

// @eslint/js, eslint-plugin-react and globals come with eslint and eslint-plugin-office-addins;
// resolve them from there so this config does not depend on how npm hoists them.
const require = createRequire(import.meta.url);
const fromEslint = createRequire(require.resolve("eslint/package.json"));
const fromOfficeAddins = createRequire(require.resolve("eslint-plugin-office-addins"));
const js = fromEslint("@eslint/js");
const react = fromOfficeAddins("eslint-plugin-react");
const globals = fromOfficeAddins("globals");

const officeRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  // Each WorkbookPort operation may sync at most three times, whatever the size of the data.
  "office-addins/no-context-sync-in-loop": "error",
  // Warn only: the rule reads literal property lists and flags `range.load(PROPS)` with a
  // shared constant list as if it were an argument-less load().
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

// The Office.js globals, and the files allowed to use them: the webpack entries that run inside
// Office and src/excel/.
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension", "CustomFunctions"];
const OFFICE_JS_FILES = ["src/excel/**", "src/taskpane/index.tsx", "src/functions/functions.ts", "src/commands/commands.ts"];
const OFFICE_JS_MESSAGE = "Alleen de ingangsbestanden en src/excel/ gebruiken Office.js; ga via de WorkbookPort of een adapter in src/excel/.";

export default tseslint.config(
  {
    ignores: ["dist*/**", "node_modules/**", "test-output/**", "coverage/**", ".bench/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["src/**/*.tsx", "test/taskpane/**/*.tsx"],
    ...react.configs.flat.recommended,
    ...react.configs.flat["jsx-runtime"],
    plugins: { react },
    languageOptions: {
      ...react.configs.flat.recommended.languageOptions,
      globals: { ...globals.browser },
    },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat["jsx-runtime"].rules,
      // Props are typed with TypeScript.
      "react/prop-types": "off",
    },
  },
  {
    // Layers (GUIDE.md, Architecture): the engine is pure — no Office, React, ports, functions,
    // panes or workbook data.
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"], message: "De engine is puur: geen React." },
            { group: ["@microsoft/office-js", "office-addin-*"], message: "De engine is puur: geen Office.js." },
            { group: ["**/excel/**", "**/excel", "**/preview/**", "**/functions/**", "**/taskpane/**", "**/workbookData", "**/workbookData/**"], message: "De engine importeert geen ports, functies, panes of werkmapgegevens." },
          ],
        },
      ],
    },
  },
  {
    // Panes read workbook data from src/workbookData, never from the custom functions.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/functions/**", "**/functions"], message: "Panes importeren niets uit src/functions; gebruik src/workbookData." }] }],
    },
  },
  {
    // Only the entry files that run inside Office and src/excel/ touch Office.js (GUIDE.md,
    // Architecture). Everything else reaches Excel through the WorkbookPort or a small adapter
    // in src/excel/. The preview entry (src/preview/index.tsx) runs without Office, so it is
    // not exempt. `globalThis.Office` and `window.Excel` count too, also behind a cast.
    files: ["src/**/*.{ts,tsx}"],
    ignores: OFFICE_JS_FILES,
    rules: {
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS.map((name) => ({ name, message: OFFICE_JS_MESSAGE }))],
      "no-restricted-syntax": [
        "error",
        {
          selector: 'MemberExpression[property.name="Excel"]:matches([object.name=/^(globalThis|window|self)$/], [object.type="TSAsExpression"])',
          message: OFFICE_JS_MESSAGE,
        },
        {
          // `Excel` is also a host name (`Office.HostType.Excel`); the other three are only Office.js.
          selector: "MemberExpression[property.name=/^(Office|OfficeExtension|CustomFunctions)$/]",
          message: OFFICE_JS_MESSAGE,
        },
      ],
    },
  },
  {
    // Custom functions are declarations the metadata plugin reads: Excel may pass any value,
    // so their matrix parameters are deliberately `any[][]` (see TOOLCHAIN.md).
    files: ["src/functions/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      // Tests poke at mocks and private shapes.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      // jest.isolateModules() loads modules afresh only through require().
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    // Stand-in components in jest.mock() factories need no display name.
    files: ["test/taskpane/**/*.tsx"],
    rules: { "react/display-name": "off" },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
);
