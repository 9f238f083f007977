/**
 * Reads the worksheets of an .xlsx file with exceljs the way Office.js presents a sheet's used
 * range: values (a formula's cached result, dates as Excel serial numbers, errors as "#REF!"),
 * formulas as en-US A1 text ("=SUM(B2:B6)", the constant itself for other cells), and a merged
 * area's value in its top-left cell only (exceljs repeats it in every cell of the merge).
 *
 * Shared by the Vergelijken pane (another .xlsx picked in the pane, read in the browser) and
 * the `npm run vergelijk` command. The exceljs module is passed in, so the pane can load it
 * only when the user picks a file.
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
  /** 0-based sheet position of values[0][0] */
  origin: CellRef;
}

/** Office.js shows Excel's newer functions without the file format's prefixes. */
const FUNCTION_PREFIX = /_xlfn\.|_xlws\.|_xludf\./g;

function serialOf(date: Date): number {
  const day = dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  const fraction = (((date.getTime() % 86_400_000) + 86_400_000) % 86_400_000) / 86_400_000;
  return dayNumberToExcelSerial(day) + fraction;
}

function valueOf(value: unknown): GridValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : serialOf(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("error" in v) return String(v.error);
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((t) => t.text ?? "").join("");
    if ("formula" in v || "sharedFormula" in v) return valueOf(v.result);
    if ("text" in v) return valueOf(v.text);
    if ("result" in v) return valueOf(v.result);
  }
  return String(value);
}

function formulaOf(cell: ExcelJSModule.Cell): string | undefined {
  const raw = cell.value as unknown;
  if (typeof raw !== "object" || raw === null || raw instanceof Date) return undefined;
  if (!("formula" in raw) && !("sharedFormula" in raw)) return undefined;
  try {
    // a shared formula comes back translated to this cell
    const f = cell.formula;
    return f ? `=${f.replace(FUNCTION_PREFIX, "")}` : undefined;
  } catch {
    return undefined;
  }
}

export function sheetGrid(exceljs: ExcelJS, worksheet: ExcelJSModule.Worksheet): SheetGrid {
  const cells: { r: number; c: number; value: GridValue; formula?: string }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === exceljs.ValueType.Merge) return; // Office.js: only the top-left cell holds the value
      const value = valueOf(cell.value);
      const formula = formulaOf(cell);
      if (value === "" && !formula) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      cells.push({ r, c, value, formula });
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (cells.length === 0) return { name: worksheet.name, values: [], formulas: [], origin: { row: 0, col: 0 } };
  const rows = bottom - top + 1;
  const cols = right - left + 1;
  const values: GridValue[][] = Array.from({ length: rows }, () => new Array<GridValue>(cols).fill(""));
  const formulas: GridValue[][] = Array.from({ length: rows }, () => new Array<GridValue>(cols).fill(""));
  for (const cell of cells) {
    values[cell.r - top][cell.c - left] = cell.value;
    formulas[cell.r - top][cell.c - left] = cell.formula ?? cell.value;
  }
  return { name: worksheet.name, values, formulas, origin: { row: top, col: left } };
}

/** Every worksheet of the file, in workbook order. Throws exceljs' error when the bytes are no .xlsx. */
export async function readSheetGrids(exceljs: ExcelJS, data: ArrayBuffer): Promise<SheetGrid[]> {
  const workbook = new exceljs.Workbook();
  await workbook.xlsx.load(data);
  return workbook.worksheets.map((worksheet) => sheetGrid(exceljs, worksheet));
}
