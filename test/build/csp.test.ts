/**
 * Issue 11: the preview build (and `npm start`) must carry the same Content-Security-Policy as
 * production, so no page may allow 'unsafe-eval' — which webpack's eval-based source maps
 * would need. The built preview page itself is checked in test/e2e/safety.test.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const config = require(path.join(ROOT, "webpack.config.js")) as (env: Record<string, unknown>, argv: Record<string, unknown>) => { devtool: string | false };

describe("Content-Security-Policy without 'unsafe-eval'", () => {
  test.each([
    ["preview", { preview: true }, { mode: "development" }],
    ["development", {}, { mode: "development" }],
    ["production", {}, { mode: "production" }],
  ])("the %s build uses no eval-based source maps", (_name, env, argv) => {
    const { devtool } = config(env, argv);
    expect(String(devtool)).not.toContain("eval");
  });

  test("the page template never adds 'unsafe-eval'", () => {
    const template = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
    expect(template).toContain("Content-Security-Policy");
    expect(template).not.toContain("unsafe-eval");
  });
});
