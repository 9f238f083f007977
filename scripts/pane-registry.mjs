// Loads the pane registry (src/taskpane/paneRegistry.ts) in plain Node, for the scripts that
// check or draw what the registry names (manifest check, icons). The registry file has no
// imports, so transpiling it on its own with TypeScript (a devDependency) is enough.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

export const PANE_REGISTRY_FILE = join(ROOT, "src/taskpane/paneRegistry.ts");

/** @returns {Promise<{id: string, label: {nl: string, en: string}, action: string, icon: string, helpAnchor: string}[]>} */
export async function loadPaneRegistry() {
  const ts = require("typescript");
  const { outputText } = ts.transpileModule(readFileSync(PANE_REGISTRY_FILE, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020 },
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString("base64")}`);
  return module.PANE_REGISTRY;
}
