/**
 * .xlsx ↔ in-memory workbook for the preview, with exceljs. The exceljs module is passed in:
 * the page loads it with a dynamic import only when the user opens or saves a file (it is
 * large), tests pass the Node build. Values, formulas with their cached results, number
 * formats, bold, solid fills, column widths and Excel tables round-trip; the add-in's
 * settings live in Office's own part of the file, which exceljs cannot write.
 */
import type * as ExcelJSModule from "exceljs";
import type { CellValue } from "../excel/WorkbookPort";
import { FORMATS } from "../excel/formats";
import { dayNumber, dayNumberToExcelSerial } from "../engine/shared/dates";
import { formatCell, parseRange } from "./a1";
import { emptyWorkbook, type MemoryCell, type MemorySheet, type MemoryTable, type MemoryWorkbook } from "./MemoryWorkbookPort";

type ExcelJS = typeof ExcelJSModule;

/** exceljs reports Excel's built-in date format 14 as "mm-dd-yy"; Dutch Excel shows it as dd-mm-jjjj. */
const BUILTIN_DATE_FORMATS = new Set(["mm-dd-yy", "m/d/yy", "m/d/yyyy"]);
/** exceljs column width is in characters; the in-memory workbook keeps points (≈ 7 per character). */
const POINTS_PER_CHARACTER = 7;

function dateToSerial(date: Date): number {
  // exceljs gives calendar dates as UTC midnight
  const day = dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  const fraction = (date.getTime() % 86_400_000) / 86_400_000;
  return dayNumberToExcelSerial(day) + (fraction > 0 ? fraction : 0);
}

function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("error" in v) return String(v.error);
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join("");
    if ("text" in v && "hyperlink" in v) return String(v.text);
    if ("result" in v) return plainValue(v.result);
    if ("formula" in v || "sharedFormula" in v) return "";
  }
  return String(value);
}

function argbToHex(argb: unknown): string | undefined {
  if (typeof argb !== "string" || !/^[0-9A-Fa-f]{8}$/.test(argb)) return undefined;
  return `#${argb.slice(2).toUpperCase()}`;
}

/** Reads an .xlsx file (as bytes) into an in-memory workbook. */
export async function readXlsx(exceljs: ExcelJS, data: ArrayBuffer): Promise<MemoryWorkbook> {
  const workbook = new exceljs.Workbook();
  await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheets: MemorySheet[] = [];
  const tables: MemoryTable[] = [];
  workbook.eachSheet((worksheet) => {
    const cells: (MemoryCell | null)[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const line: (MemoryCell | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const raw = cell.value as unknown;
        const out: MemoryCell = { value: plainValue(raw) };
        const formula = typeof raw === "object" && raw !== null ? cell.formula : undefined;
        if (formula) out.formula = `=${formula}`;
        let numFmt = cell.numFmt;
        if (raw instanceof Date && (!numFmt || BUILTIN_DATE_FORMATS.has(numFmt))) numFmt = FORMATS.date;
        if (numFmt && numFmt !== "General") out.numberFormat = numFmt;
        if (cell.font?.bold) out.bold = true;
        const fill = cell.fill;
        if (fill && fill.type === "pattern" && fill.pattern === "solid") {
          const hex = argbToHex(fill.fgColor?.argb);
          if (hex) out.fill = hex;
        }
        const fontColor = argbToHex(cell.font?.color?.argb);
        if (fontColor && fontColor !== "#000000") out.fontColor = fontColor;
        while (line.length < colNumber - 1) line.push(null);
        line[colNumber - 1] = out;
      });
      while (cells.length < rowNumber - 1) cells.push([]);
      cells[rowNumber - 1] = line;
    });
    const widths: (number | null)[] = [];
    worksheet.columns?.forEach((column, i) => {
      widths[i] = column.width ? Math.round(column.width * POINTS_PER_CHARACTER) : null;
    });
    sheets.push({ name: worksheet.name, cells, ...(widths.some((w) => w !== null) ? { columnWidths: widths } : {}) });
    const found = (worksheet as unknown as { tables?: Record<string, { table?: { name?: string; tableRef?: string; totalsRow?: boolean } }> }).tables ?? {};
    for (const [name, entry] of Object.entries(found)) {
      if (entry.table?.tableRef) {
        tables.push({ name: entry.table.name ?? name, sheetName: worksheet.name, address: entry.table.tableRef, showTotals: Boolean(entry.table.totalsRow) });
      }
    }
  });
  if (sheets.length === 0) throw new Error("het bestand bevat geen werkbladen");
  return {
    ...emptyWorkbook(),
    sheets,
    tables,
    activeSheet: sheets[0].name,
    selection: { sheetName: sheets[0].name, address: "A1" },
  };
}

function cellValueFor(cell: MemoryCell): ExcelJSModule.CellValue {
  if (cell.formula) {
    const result = cell.value === "" ? undefined : cell.value;
    return { formula: cell.formula.replace(/^=/, ""), ...(result !== undefined ? { result } : {}) } as ExcelJSModule.CellFormulaValue;
  }
  return cell.value === "" ? null : cell.value;
}

/** Writes the in-memory workbook as an .xlsx file. */
export async function writeXlsx(exceljs: ExcelJS, book: MemoryWorkbook): Promise<ArrayBuffer> {
  const workbook = new exceljs.Workbook();
  workbook.creator = "Sociaal Domein Rekenhulp (voorbeeldweergave)";
  for (const sheet of book.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    // Excel tables first: exceljs writes their header and body cells, which the loop below then
    // overwrites with the exact values, formulas and formats of the in-memory sheet.
    for (const table of book.tables.filter((t) => t.sheetName === sheet.name)) {
      const range = parseRange(table.address);
      const headers = (sheet.cells[range.top] ?? []).slice(range.left, range.right + 1).map((c) => String(c?.value ?? ""));
      if (headers.length !== range.right - range.left + 1 || headers.some((h) => h === "") || new Set(headers).size !== headers.length) continue;
      const lastBody = table.showTotals ? range.bottom - 1 : range.bottom;
      const rows: unknown[][] = [];
      for (let r = range.top + 1; r <= lastBody; r++) {
        rows.push(headers.map((_, i) => plainValue(sheet.cells[r]?.[range.left + i]?.value)));
      }
      if (rows.length === 0) continue;
      worksheet.addTable({
        name: table.name,
        ref: formatCell(range.top, range.left),
        headerRow: true,
        totalsRow: table.showTotals,
        style: { theme: "TableStyleLight9", showRowStripes: true },
        columns: headers.map((name) => ({ name })),
        rows,
      });
    }
    sheet.cells.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (!cell) return;
        const target = worksheet.getCell(r + 1, c + 1);
        target.value = cellValueFor(cell);
        if (cell.numberFormat) target.numFmt = cell.numberFormat;
        if (cell.bold || cell.fontColor) {
          target.font = { ...(cell.bold ? { bold: true } : {}), ...(cell.fontColor ? { color: { argb: `FF${cell.fontColor.slice(1)}` } } : {}) };
        }
        if (cell.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${cell.fill.slice(1)}` } };
      });
    });
    (sheet.columnWidths ?? []).forEach((width, i) => {
      if (width) worksheet.getColumn(i + 1).width = Math.max(4, Math.round(width / POINTS_PER_CHARACTER));
    });
  }
  const active = book.sheets.findIndex((s) => s.name === book.activeSheet);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, active), visibility: "visible" }];
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
