/**
 * Reads an .xlsx file with exceljs into one sheet snapshot per worksheet, the way Office.js
 * presents a sheet's used range to the Controleren pane: values (cached formula results, dates as
 * Excel serial numbers, error values as "#REF!" …), formulas as en-US A1 text ("=SUM(B2:B6)", the
 * constant itself for other cells), number formats ("General" when none), and a merged area's
 * value in its top-left cell only (exceljs repeats it in every cell of the merge).
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { formatCell } from "../../src/engine/shared/a1";
import { dayNumber, dayNumberToExcelSerial } from "../../src/engine/shared/dates";
import type { SheetInput } from "../../src/engine/validation";

export interface SheetSnapshot {
  name: string;
  /** undefined when the sheet holds no value or formula */
  input?: SheetInput;
  /** exceljs lists at least one row (the corpus scorer's definition of a non-empty sheet) */
  hasRows: boolean;
}

/** Office.js shows Excel's newer functions without the file format's prefixes. */
const FUNCTION_PREFIX = /_xlfn\.|_xlws\.|_xludf\./g;

function dateToSerial(date: Date): number {
  const day = dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  const fraction = (((date.getTime() % 86_400_000) + 86_400_000) % 86_400_000) / 86_400_000;
  return dayNumberToExcelSerial(day) + fraction;
}

/** The value Office.js would report for an exceljs cell value (a formula: its cached result). */
function officeValue(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : dateToSerial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("error" in v) return String(v.error);
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((t) => t.text ?? "").join("");
    if ("formula" in v || "sharedFormula" in v) return officeValue(v.result);
    if ("text" in v) return officeValue(v.text);
    if ("result" in v) return officeValue(v.result);
  }
  return String(value);
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const raw = cell.value as unknown;
  if (typeof raw !== "object" || raw === null || raw instanceof Date) return undefined;
  if (!("formula" in raw) && !("sharedFormula" in raw)) return undefined;
  try {
    // a shared formula comes back translated to this cell; a few corrupt files throw here
    const f = cell.formula;
    return f ? `=${f.replace(FUNCTION_PREFIX, "")}` : undefined;
  } catch {
    return undefined;
  }
}

/** The snapshot of one worksheet: its used range (from the first to the last non-empty cell). */
export function sheetSnapshot(worksheet: ExcelJS.Worksheet): { input?: SheetInput; hasRows: boolean } {
  interface Cell {
    r: number;
    c: number;
    value: string | number | boolean;
    formula?: string;
    format: string;
  }
  const cells: Cell[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  let hasRows = false;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    hasRows = true;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // a merged area: Office.js holds the value in the top-left cell only
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = officeValue(cell.value);
      const formula = formulaOf(cell);
      if (value === "" && !formula) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      cells.push({ r, c, value, formula, format: cell.numFmt || "General" });
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  if (cells.length === 0) return { hasRows };
  const rows = bottom - top + 1;
  const cols = right - left + 1;
  const values: unknown[][] = Array.from({ length: rows }, () => new Array<unknown>(cols).fill(""));
  const formulas: unknown[][] = Array.from({ length: rows }, () => new Array<unknown>(cols).fill(""));
  const numberFormat: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  for (const cell of cells) {
    values[cell.r - top][cell.c - left] = cell.value;
    formulas[cell.r - top][cell.c - left] = cell.formula ?? cell.value;
    numberFormat[cell.r - top][cell.c - left] = cell.format;
  }
  return { input: { values, formulas, numberFormat, origin: { row: top, col: left }, address: formatCell(top, left) }, hasRows };
}

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  } catch (first) {
    // exceljs 4.4 throws while reconciling some drawings and charts; the cells do not depend on them
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(new Uint8Array(bytes));
    let removed = 0;
    zip.forEach((name) => {
      if (/^xl\/(drawings|charts)\//.test(name)) {
        zip.remove(name);
        removed++;
      }
    });
    if (removed === 0) throw first;
    const retry = new ExcelJS.Workbook();
    await retry.xlsx.load((await zip.generateAsync({ type: "nodebuffer" })) as unknown as ArrayBuffer);
    return retry;
  }
}

/** Every worksheet, in workbook order. Throws when the file cannot be read as .xlsx. */
export async function readWorkbookSheets(file: string): Promise<SheetSnapshot[]> {
  const workbook = await loadWorkbook(fs.readFileSync(file));
  return workbook.worksheets.map((worksheet) => ({ name: worksheet.name, ...sheetSnapshot(worksheet) }));
}
