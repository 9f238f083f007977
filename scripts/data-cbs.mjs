#!/usr/bin/env node
/**
 * `npm run data:cbs -- FILE.csv [--datum=jjjj-mm-dd] [--gepubliceerd=jjjj-mm-dd] [--bron="…"] [--data=MAP]`
 *
 * Adds inhabitants per 1 January from a CBS StatLine CSV download (table 03759ned "Bevolking op
 * 1 januari en gemiddeld" or 70072ned "Regionale kerncijfers Nederland", Dutch headers as
 * StatLine exports them) to the embedded data: a column population_YYYY in
 * src/data/municipalities.csv and a row in src/data/population-sources.csv with the source and
 * the date. Next year's update is this command and one commit.
 *
 * The parsing is the add-in's own (src/engine/municipalities/cbsImport.ts, the same code as the
 * Verdelen pane's import); TypeScript is compiled in memory with the project's typescript.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function installTypeScriptHook() {
  const ts = require("typescript");
  require.extensions[".ts"] = (module, filename) => {
    const source = readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      fileName: filename,
    });
    module._compile(outputText, filename);
  };
}

function option(args, name) {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found === undefined ? undefined : found.slice(name.length + 3);
}

function main(args) {
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) {
    console.error("Gebruik: npm run data:cbs -- BESTAND.csv [--datum=jjjj-mm-dd] [--gepubliceerd=jjjj-mm-dd] [--bron=\"…\"]");
    return 2;
  }
  installTypeScriptHook();
  const { updateEmbeddedPopulation } = require(path.join(root, "src/engine/municipalities/embeddedData.ts"));
  // --data: another folder with the two files (the tests use a copy)
  const dataDir = path.resolve(option(args, "data") ?? path.join(root, "src/data"));
  const paths = {
    municipalities: path.join(dataDir, "municipalities.csv"),
    sources: path.join(dataDir, "population-sources.csv"),
  };
  try {
    const result = updateEmbeddedPopulation({
      cbsText: readFileSync(file, "utf8"),
      fileName: path.basename(file),
      municipalitiesCsv: readFileSync(paths.municipalities, "utf8"),
      sourcesCsv: readFileSync(paths.sources, "utf8"),
      added: option(args, "datum") ?? new Date().toISOString().slice(0, 10),
      published: option(args, "gepubliceerd"),
      source: option(args, "bron"),
    });
    writeFileSync(paths.municipalities, result.municipalitiesCsv);
    writeFileSync(paths.sources, result.sourcesCsv);
    for (const line of result.summary) console.log(line);
    console.log("Controleer de landelijke totalen met CBS, vul src/data/SOURCES.md aan en commit src/data/.");
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
