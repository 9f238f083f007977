/** The layer rules of eslint.config.mjs fire where GUIDE.md says they must (and `npm test` runs `npm run lint`). */
import { spawnSync } from "node:child_process";
import path from "node:path";
import pkg from "../../package.json";

const root = path.resolve(__dirname, "../..");

/** ESLint's CLI on `code` as if it were `file` (the flat config is ESM, which jest cannot load in-process). */
async function messages(file: string, code: string): Promise<string[]> {
  const run = spawnSync(process.execPath, [path.join(root, "node_modules/eslint/bin/eslint.js"), "--stdin", "--stdin-filename", file, "--format", "json"], { cwd: root, input: code, encoding: "utf8" });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("layer rules", () => {
  it("the engine imports no React, Office, ports, functions or workbook data", async () => {
    expect(await messages("src/engine/allocation/x.ts", 'import * as React from "react";\nexport const a = React;\n')).toEqual(["'react' import is restricted from being used by a pattern. De engine is puur: geen React."]);
    expect(await messages("src/engine/allocation/x.ts", 'import { SETTINGS_KEYS } from "../../excel/WorkbookPort";\nexport const a = SETTINGS_KEYS;\n')).toHaveLength(1);
    expect(await messages("src/engine/allocation/x.ts", 'import { workbookRegistry } from "../../workbookData";\nexport const a = workbookRegistry;\n')).toHaveLength(1);
    expect(await messages("src/engine/allocation/x.ts", 'import { EngineError } from "../shared/errors";\nexport const a = EngineError;\n')).toEqual([]);
  });

  it("panes do not import the custom functions", async () => {
    expect(await messages("src/taskpane/panes/verdelen/x.ts", 'import { population } from "../../../functions/verdelen";\nexport const a = population;\n')).toHaveLength(1);
    expect(await messages("src/taskpane/panes/verdelen/x.ts", 'import { workbookRegistry } from "../../../workbookData";\nexport const a = workbookRegistry;\n')).toEqual([]);
  });

  it("npm test runs the lint", () => {
    expect(pkg.scripts.test).toMatch(/^npm run lint && /);
  });
});
