// Bundles the TypeScript benchmark entries (scripts/bench/src/*.ts) for Node, so `npm run bench`
// measures the same engine code the add-in ships, without a TypeScript runtime package.
// Packages from node_modules stay external (required at run time); .csv files are inlined as text
// exactly as in the add-in build. Output goes to .bench/ (git-ignored).
const path = require("path");

const root = path.resolve(__dirname, "../..");

/** @param {Record<string, string>} entries name → entry file */
module.exports = (entries) => ({
  mode: "production",
  target: "node20",
  context: root,
  entry: entries,
  output: {
    path: path.join(root, ".bench", "js"),
    filename: "[name].cjs",
    library: { type: "commonjs2" },
    clean: false,
  },
  // Minifying would only slow the build; the engines' speed does not depend on it.
  optimization: { minimize: false },
  devtool: false,
  resolve: {
    extensions: [".ts", ".tsx", ".js"],
    // office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose real
    // package pulls an ES-module-only dependency; the tests use the same shim
    alias: { "office-addin-manifest$": path.join(root, "test/setup/office-addin-manifest-shim.js") },
  },
  externalsPresets: { node: true },
  externals: [
    ({ request }, callback) => {
      const bundled = request === "office-addin-mock" || request === "office-addin-manifest";
      if (request && !bundled && !request.startsWith(".") && !path.isAbsolute(request)) return callback(null, `commonjs ${request}`);
      callback();
    },
  ],
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false, module: "ESNext" } } },
      },
      { test: /\.csv$/, type: "asset/source" },
    ],
  },
  performance: { hints: false },
  stats: "errors-only",
});
