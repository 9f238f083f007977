/* eslint-disable */
// Builds the add-in.
//   production (`npm run build`)         → dist/          office.js from Microsoft's CDN (required for store add-ins)
//   preview   (`npm run build:preview`)  → dist-preview/ office.js served from node_modules, plus preview.html
// SD_OUT_DIR overrides the output folder (lets two builds run side by side).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { functionSources } = require("./scripts/function-sources.js");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIST = "node_modules/@microsoft/office-js/dist";
const FUNCTIONS_JSON = "functions.json";

// custom-functions-metadata-plugin puts functions.json into every compilation, also into
// html-webpack-plugin's child compilations of the page template. In watch mode (`npm start`)
// html-webpack-plugin re-emits a cached child's assets, so after a functions file changes the
// stale copy collides with the new one ("Multiple assets emit different content to the same
// filename functions.json") and the stale one wins. Only the main compilation keeps it.
class FunctionsJsonInMainCompilationOnly {
  apply(compiler) {
    compiler.hooks.compilation.tap("FunctionsJsonInMainCompilationOnly", (compilation) => {
      if (compilation.compiler.isChild()) compilation.deleteAsset(FUNCTIONS_JSON);
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const preview = Boolean(env.preview);
  const mode = argv.mode || (preview ? "development" : "production");
  const outDir = process.env.SD_OUT_DIR
    ? path.resolve(process.env.SD_OUT_DIR)
    : path.resolve(__dirname, preview ? "dist-preview" : "dist");
  const officeJs = preview ? "office.js" : OFFICE_JS_CDN;

  const html = (filename, chunks, extra = {}) =>
    new HtmlWebpackPlugin({
      filename,
      template: "./src/taskpane/taskpane.html",
      chunks,
      templateParameters: { officeJs, title: "Sociaal Domein Rekenhulp", ...extra },
      scriptLoading: "defer",
    });

  return {
    mode,
    // No eval-based source maps: the preview and `npm start` pages then carry the same
    // Content-Security-Policy as production (no 'unsafe-eval'); see test/build/csp.test.ts.
    devtool: mode === "production" ? false : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      ...(preview ? { preview: "./src/preview/index.tsx" } : {}),
    },
    output: {
      path: outDir,
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
        { test: /\.csv$/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: FUNCTIONS_JSON, input: functionSources }),
      new FunctionsJsonInMainCompilationOnly(),
      // Shared runtime: the pane page also hosts the functions and the ribbon commands.
      html("taskpane.html", ["taskpane", "commands", "functions"]),
      ...(preview ? [html("preview.html", ["preview"], { officeJs: "" })] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/help/help.html", to: "help.html" },
          ...(preview
            ? [
                { from: `${OFFICE_JS_DIST}/office.js`, to: "office.js" },
                { from: `${OFFICE_JS_DIST}/o15apptofilemappingtable.js`, to: "o15apptofilemappingtable.js" },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: 3000,
      static: { directory: outDir },
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};
