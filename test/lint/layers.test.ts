/** The layer rules of eslint.config.mjs fire where GUIDE.md says they must (and `npm test` runs `npm run lint`). */
import { spawnSync } from "node:child_process";
import path from "node:path";
import pkg from "../../package.json";

const root = path.resolve(__dirname, "../..");

type Fixture = { file: string; code: string };
type Message = { ruleId: string | null; message: string };

/**
 * ESLint's Node API on each fixture's `code` as if it were `file`, all in one child process
 * (the flat config is ESM, which jest cannot load in-process; one process per snippet costs
 * seconds each on a busy machine).
 */
function lintAll(fixtures: Fixture[]): Message[][] {
  const script = `
    const { ESLint } = require(${JSON.stringify(path.join(root, "node_modules/eslint"))});
    const fixtures = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(root)} });
      const out = [];
      for (const f of fixtures) {
        const [result] = await eslint.lintText(f.code, { filePath: f.file });
        out.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });
  `;
  const run = spawnSync(process.execPath, ["-e", script], { cwd: root, input: JSON.stringify(fixtures), encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Message[][];
}

const IMPORT_RULES = ["no-restricted-imports"];
const OFFICE_RULES = ["no-restricted-globals", "no-restricted-syntax"];
const OFFICE_MESSAGE = "Alleen de ingangsbestanden en src/excel/ gebruiken Office.js; ga via de WorkbookPort of een adapter in src/excel/.";
const EXCEL_RUN = "export async function read(): Promise<void> {\n  await Excel.run(async (context) => context.sync());\n}\n";

/** Every snippet of this file, linted once up front; `lint(i)` then gives the messages of fixture i. */
const fixtures: (Fixture & { rules: string[] })[] = [];
function fixture(file: string, code: string, rules: string[]): number {
  fixtures.push({ file, code, rules });
  return fixtures.length - 1;
}
let results: Message[][] = [];
function lint(i: number): string[] {
  return results[i].filter((m) => m.ruleId !== null && fixtures[i].rules.includes(m.ruleId)).map((m) => m.message);
}
const imports = (file: string, code: string) => fixture(file, code, IMPORT_RULES);
const office = (file: string, code: string) => fixture(file, code, OFFICE_RULES);

const engine = {
  react: imports("src/engine/allocation/x.ts", 'import * as React from "react";\nexport const a = React;\n'),
  port: imports("src/engine/allocation/x.ts", 'import { SETTINGS_KEYS } from "../../excel/WorkbookPort";\nexport const a = SETTINGS_KEYS;\n'),
  workbookData: imports("src/engine/allocation/x.ts", 'import { workbookRegistry } from "../../workbookData";\nexport const a = workbookRegistry;\n'),
  ownShared: imports("src/engine/allocation/x.ts", 'import { EngineError } from "../shared/errors";\nexport const a = EngineError;\n'),
};
const pane = {
  functions: imports("src/taskpane/panes/verdelen/x.ts", 'import { population } from "../../../functions/verdelen";\nexport const a = population;\n'),
  workbookData: imports("src/taskpane/panes/verdelen/x.ts", 'import { workbookRegistry } from "../../../workbookData";\nexport const a = workbookRegistry;\n'),
};
const excelRunOutside = ["src/taskpane/panes/verdelen/x.tsx", "src/engine/allocation/x.ts", "src/functions/verdelen.ts", "src/functions/shared/x.ts", "src/preview/x.ts", "src/workbookData/x.ts"].map((file) => ({ file, i: office(file, EXCEL_RUN) }));
const excelRunAllowed = ["src/excel/x.ts", "src/taskpane/index.tsx", "src/functions/functions.ts", "src/commands/commands.ts"].map((file) => ({ file, i: office(file, EXCEL_RUN) }));
const IN_PANE = "src/taskpane/panes/indexeren/x.ts";
const globalUses = [
  "export const ready = Office.onReady();\n",
  "export const ext = OfficeExtension.Error;\n",
  'export const e = new CustomFunctions.Error("#N/A");\n',
  "export const o = window.Office;\n",
  "export const x = globalThis.Excel;\n",
  "export const cf = (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions;\n",
  "export const x = (window as unknown as { Excel: unknown }).Excel;\n",
].map((code) => ({ code, i: office(IN_PANE, code) }));
const hostName = office(IN_PANE, 'const hosts = { Excel: "Excel" };\nexport const h = hosts.Excel;\n');

beforeAll(() => {
  results = lintAll(fixtures);
});

describe("layer rules", () => {
  it("the engine imports no React, Office, ports, functions or workbook data", () => {
    expect(lint(engine.react)).toEqual(["'react' import is restricted from being used by a pattern. De engine is puur: geen React."]);
    expect(lint(engine.port)).toHaveLength(1);
    expect(lint(engine.workbookData)).toHaveLength(1);
    expect(lint(engine.ownShared)).toEqual([]);
  });

  it("panes do not import the custom functions", () => {
    expect(lint(pane.functions)).toHaveLength(1);
    expect(lint(pane.workbookData)).toEqual([]);
  });

  describe("only the entry files and src/excel/ touch Office.js", () => {
    it.each(excelRunOutside)("Excel.run in $file is an error", ({ i }) => {
      expect(lint(i)).toEqual([`Unexpected use of 'Excel'. ${OFFICE_MESSAGE}`]);
    });

    it.each(globalUses)("every Office.js global counts, also through globalThis, window or a cast: $code", ({ i }) => {
      expect(lint(i)).toHaveLength(1);
      expect(lint(i)[0]).toContain(OFFICE_MESSAGE);
    });

    it.each(excelRunAllowed)("$file may use Excel.run", ({ i }) => {
      expect(lint(i)).toEqual([]);
    });

    it("a property that is only named Excel is no Office.js", () => {
      expect(lint(hostName)).toEqual([]);
    });
  });

  it("npm test runs the lint", () => {
    expect(pkg.scripts.test).toMatch(/^npm run lint && /);
  });
});
