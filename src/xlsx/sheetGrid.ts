/**
 * The one .xlsx reader: the worksheets of an .xlsx file read with exceljs the way Office.js
 * presents a sheet's used range — values (a formula's cached result, dates as Excel serial
 * numbers, errors as "#REF!"), formulas as en-US A1 text ("=SUM(B2:B6)", the constant itself for
 * other cells), number formats ("General" when none), and a merged area's value in its top-left
 * cell only (exceljs repeats it in every cell of the merge).
 *
 * Used by the Vergelijken pane (another .xlsx picked in the pane, read in the browser), the
 * `npm run vergelijk` command and the `npm run controleer` command (through
 * scripts/controleer/workbookSheets.ts, which only turns a grid into the validation engine's
 * SheetInput). The exceljs module is passed in, so the pane can load it only when the user picks
 * a file. The browser preview, which keeps formatting as well, reads each cell's value and formula
 * with the same cellValueOf and storedFormulaOf.
 */
import type * as ExcelJSModule from "exceljs";
import type { CellRef } from "../engine/shared/a1";
import { dayNumber, dayNumberToExcelSerial } from "../engine/shared/dates";

type ExcelJS = typeof ExcelJSModule;
export type GridValue = string | number | boolean;

export interface SheetGrid {
  name: string;
  /** the used range, from the first to the last non-empty cell; empty sheets have [] */
  values: GridValue[][];
  formulas: GridValue[][];
  /** each cell's number format as Excel stores it ("General" when none) */
  numberFormat: string[][];
  /** 0-based sheet position of values[0][0] */
  origin: CellRef;
  /** exceljs lists at least one row, even if only formatted or merged (the corpus scorer's "non-empty sheet") */
  hasRows: boolean;
}

const GENERAL = "General";

/** Office.js shows Excel's newer functions without the file format's prefixes. */
const FUNCTION_PREFIX = /_xlfn\.|_xlws\.|_xludf\./g;

function serialOf(date: Date): number {
  const day = dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  const fraction = (((date.getTime() % 86_400_000) + 86_400_000) % 86_400_000) / 86_400_000;
  return dayNumberToExcelSerial(day) + fraction;
}

/**
 * The value Office.js shows for an exceljs cell value: a formula's cached result, a date as its Excel
 * serial number, an error as "#REF!", rich text and hyperlinks as their text. Also used by the browser
 * preview when it opens an .xlsx file.
 */
export function cellValueOf(value: unknown): GridValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : serialOf(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("error" in v) return String(v.error);
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((t) => t.text ?? "").join("");
    if ("formula" in v || "sharedFormula" in v) return cellValueOf(v.result);
    if ("text" in v) return cellValueOf(v.text);
    if ("result" in v) return cellValueOf(v.result);
  }
  return String(value);
}

/**
 * A cell's formula as the file stores it ("=SUM(B2:B6)", newer functions with their "_xlfn." prefix,
 * which a saved file needs), undefined for other cells. A shared formula comes back translated to
 * this cell; a few corrupt files throw there, and such a cell is read as its value.
 */
export function storedFormulaOf(cell: ExcelJSModule.Cell): string | undefined {
  const raw = cell.value as unknown;
  if (typeof raw !== "object" || raw === null || raw instanceof Date) return undefined;
  if (!("formula" in raw) && !("sharedFormula" in raw)) return undefined;
  try {
    const f = cell.formula;
    return f ? `=${f}` : undefined;
  } catch {
    return undefined;
  }
}

/** The formula as Office.js shows it: without the file format's function prefixes. */
function formulaOf(cell: ExcelJSModule.Cell): string | undefined {
  return storedFormulaOf(cell)?.replace(FUNCTION_PREFIX, "");
}

export function sheetGrid(exceljs: ExcelJS, worksheet: ExcelJSModule.Worksheet): SheetGrid {
  const cells: { r: number; c: number; value: GridValue; formula?: string; format: string }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  let hasRows = false;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    hasRows = true;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === exceljs.ValueType.Merge) return; // Office.js: only the top-left cell holds the value
      const value = cellValueOf(cell.value);
      const formula = formulaOf(cell);
      if (value === "" && !formula) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      cells.push({ r, c, value, formula, format: cell.numFmt || GENERAL });
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  if (cells.length === 0) return { name: worksheet.name, values: [], formulas: [], numberFormat: [], origin: { row: 0, col: 0 }, hasRows };
  const rows = bottom - top + 1;
  const cols = right - left + 1;
  const values: GridValue[][] = Array.from({ length: rows }, () => new Array<GridValue>(cols).fill(""));
  const formulas: GridValue[][] = Array.from({ length: rows }, () => new Array<GridValue>(cols).fill(""));
  const numberFormat: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill(GENERAL));
  for (const cell of cells) {
    values[cell.r - top][cell.c - left] = cell.value;
    formulas[cell.r - top][cell.c - left] = cell.formula ?? cell.value;
    numberFormat[cell.r - top][cell.c - left] = cell.format;
  }
  return { name: worksheet.name, values, formulas, numberFormat, origin: { row: top, col: left }, hasRows };
}

/**
 * Loads the workbook. exceljs 4.4 throws while reconciling some drawings and charts; the cells
 * do not depend on them, so on failure the file is loaded again without its drawings and charts.
 */
async function loadWorkbook(exceljs: ExcelJS, data: ArrayBuffer | Uint8Array): Promise<ExcelJSModule.Workbook> {
  const workbook = new exceljs.Workbook();
  try {
    await workbook.xlsx.load(data as ArrayBuffer);
    return workbook;
  } catch (first) {
    const JSZip = (await import(/* webpackChunkName: "jszip" */ "jszip")).default;
    const zip = await JSZip.loadAsync(data);
    let removed = 0;
    zip.forEach((name) => {
      if (/^xl\/(drawings|charts)\//.test(name)) {
        zip.remove(name);
        removed++;
      }
    });
    if (removed === 0) throw first;
    const retry = new exceljs.Workbook();
    await retry.xlsx.load((await zip.generateAsync({ type: "uint8array" })) as unknown as ArrayBuffer);
    return retry;
  }
}

/** Every worksheet of the file, in workbook order. Throws exceljs' error when the bytes are no .xlsx. */
export async function readSheetGrids(exceljs: ExcelJS, data: ArrayBuffer | Uint8Array): Promise<SheetGrid[]> {
  const workbook = await loadWorkbook(exceljs, data);
  return workbook.worksheets.map((worksheet) => sheetGrid(exceljs, worksheet));
}
