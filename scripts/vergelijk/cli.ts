/**
 * npm run vergelijk -- [--json] [--blad-oud NAAM] [--blad-nieuw NAAM] OUD.xlsx NIEUW.xlsx
 *
 * Compares a sheet of OUD.xlsx with a sheet of NIEUW.xlsx (first sheet by default) with the
 * pane's engine. Prints a Dutch report, or with --json one JSON object per row × column and
 * nothing else on stdout. Exit code 0 when compared, 2 on wrong arguments or unreadable files.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readSheetGrids } from "../../src/xlsx/sheetGrid";
import { compareTables, describeComparison, jsonLine } from "../../src/engine/comparison";
import { isEngineError } from "../../src/engine/shared/errors";

const USAGE = "gebruik: npm run vergelijk -- [--json] [--blad-oud NAAM] [--blad-nieuw NAAM] OUD.xlsx NIEUW.xlsx";

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  const files: string[] = [];
  const options = { json: false, sheetOld: undefined as string | undefined, sheetNew: undefined as string | undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") options.json = true;
    else if (arg === "--blad-oud" || arg === "--blad-nieuw") {
      const name = argv[++i];
      if (name === undefined) throw new UsageError(`${arg} heeft een bladnaam nodig.`);
      if (arg === "--blad-oud") options.sheetOld = name;
      else options.sheetNew = name;
    } else if (arg === "--help" || arg === "-h") throw new UsageError("");
    else if (arg.startsWith("--")) throw new UsageError(`onbekende optie ${arg.slice(0, 40)}`);
    else files.push(arg);
  }
  if (files.length !== 2) throw new UsageError(`geef precies twee .xlsx-bestanden (oud en nieuw), niet ${files.length}.`);
  return { ...options, oldFile: files[0], newFile: files[1] };
}

async function readSheet(file: string, sheetName: string | undefined) {
  if (!fs.existsSync(file)) throw new UsageError(`${file} bestaat niet.`);
  const bytes = fs.readFileSync(file);
  let sheets;
  try {
    sheets = await readSheetGrids(ExcelJS, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new UsageError(`${path.basename(file)} is geen leesbaar .xlsx-bestand.`);
  }
  const sheet = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (!sheet) {
    throw new UsageError(`${path.basename(file)} heeft geen blad "${(sheetName ?? "").slice(0, 40)}"; wel: ${sheets.map((s) => s.name).join(", ")}.`);
  }
  if (sheet.values.length === 0) throw new UsageError(`blad "${sheet.name}" in ${path.basename(file)} is leeg.`);
  return { ...sheet, label: `${path.basename(file)} › ${sheet.name}` };
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof UsageError && error.message ? `vergelijk: ${error.message}\n` : ""}${USAGE}\n`);
    return 2;
  }
  try {
    const oldSheet = await readSheet(args.oldFile, args.sheetOld);
    const newSheet = await readSheet(args.newFile, args.sheetNew);
    const comparison = compareTables(
      { name: oldSheet.label, values: oldSheet.values, formulas: oldSheet.formulas, origin: oldSheet.origin },
      { name: newSheet.label, values: newSheet.values, formulas: newSheet.formulas, origin: newSheet.origin },
    );
    if (args.json) {
      process.stdout.write(comparison.cells.map((cell) => JSON.stringify(jsonLine(cell))).join("\n") + (comparison.cells.length ? "\n" : ""));
    } else {
      process.stdout.write(describeComparison(comparison, oldSheet.label, newSheet.label).join("\n") + "\n");
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError || isEngineError(error)) {
      process.stderr.write(`vergelijk: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`vergelijk: onverwachte fout: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
