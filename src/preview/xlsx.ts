/**
 * .xlsx ↔ in-memory workbook for the preview, with exceljs. The exceljs module is passed in:
 * the page loads it with a dynamic import only when the user opens or saves a file (it is
 * large), tests pass the Node build. Values, formulas with their cached results, number
 * formats, bold, solid fills, column widths and Excel tables round-trip; the add-in's
 * settings live in Office's own part of the file, which exceljs cannot write.
 */
import type * as ExcelJSModule from "exceljs";
import type JSZipModule from "jszip";
import { FORMATS } from "../excel/formats";
import { cellValueOf, storedFormulaOf } from "../xlsx/sheetGrid";
import type { ChartPicture } from "./chartPicture";
import { emptyWorkbook, type MemoryChart, type MemoryCell, type MemoryConditionalFill, type MemorySheet, type MemoryTable, type MemoryWorkbook } from "./MemoryWorkbookPort";
import { displayValue } from "./displayFormat";
import { columnLetters, formatCell, parseRange, tryParseRange } from "../engine/shared/a1";

type ExcelJS = typeof ExcelJSModule;

/** exceljs reports Excel's built-in date format 14 as "mm-dd-yy"; Dutch Excel shows it as dd-mm-jjjj. */
const BUILTIN_DATE_FORMATS = new Set(["mm-dd-yy", "m/d/yy", "m/d/yyyy"]);
/** exceljs column width is in characters; the in-memory workbook keeps points (≈ 7 per character). */
const POINTS_PER_CHARACTER = 7;

function argbToHex(argb: unknown): string | undefined {
  if (typeof argb !== "string" || !/^[0-9A-Fa-f]{8}$/.test(argb)) return undefined;
  return `#${argb.slice(2).toUpperCase()}`;
}

/** What the preview opens at most: beyond this a browser tab freezes or crashes. */
export const OPEN_LIMITS = { bytes: 50 * 1024 * 1024, cells: 5_000_000 } as const;

/** A file the preview will not open, with the Dutch reason (shown as is). */
export class XlsxOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XlsxOpenError";
  }
}

const NOT_XLSX = "het is geen geldig .xlsx-bestand (beschadigd, of een ander soort bestand). Sla het in Excel opnieuw op als Excel-werkmap (.xlsx).";

/** Refuses a file over 50 MB before its bytes are read. */
export function checkXlsxSize(bytes: number): void {
  if (bytes > OPEN_LIMITS.bytes) {
    throw new XlsxOpenError(`het bestand is ${Math.ceil(bytes / 1024 / 1024)} MB; de voorbeeldweergave opent bestanden tot 50 MB.`);
  }
}

function cellsIn(ref: string): number {
  const [from, to = from] = ref.split(":");
  const range = tryParseRange(`${from}:${to}`);
  return range ? (range.bottom - range.top + 1) * (range.right - range.left + 1) : 0;
}

/**
 * Checks a file against OPEN_LIMITS before exceljs reads it: exceljs expands every merged
 * area and every cell of a sheet in memory, so a 6 KB file with one merge over
 * A1:XFD1048576 would crash the tab. The sheet XML's <dimension> and <mergeCell> refs say
 * how big a sheet is without expanding anything.
 */
export async function checkXlsx(jszip: typeof JSZipModule, data: ArrayBuffer): Promise<void> {
  checkXlsxSize(data.byteLength);
  let zip: JSZipModule;
  try {
    zip = await jszip.loadAsync(data);
  } catch {
    throw new XlsxOpenError(NOT_XLSX);
  }
  const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/i.test(name));
  if (!zip.file("xl/workbook.xml") || sheets.length === 0) throw new XlsxOpenError(NOT_XLSX);
  let total = 0;
  for (const name of sheets) {
    let xml: string;
    try {
      xml = await zip.file(name)!.async("string");
    } catch {
      throw new XlsxOpenError(NOT_XLSX);
    }
    const sheet = `werkblad ${name.replace(/\D+/g, "")}`;
    const dimension = /<dimension\s+ref="([^"]+)"/.exec(xml)?.[1];
    const cells = Math.max(dimension ? cellsIn(dimension) : 0, (xml.match(/<c[\s>]/g) ?? []).length);
    total += cells;
    if (total > OPEN_LIMITS.cells) {
      throw new XlsxOpenError(`${sheet} beslaat ${cells.toLocaleString("nl-NL")} cellen; de voorbeeldweergave opent werkmappen tot 5 miljoen cellen.`);
    }
    for (const merge of xml.matchAll(/<mergeCell\s+ref="([^"]+)"/g)) {
      if (cellsIn(merge[1]) > OPEN_LIMITS.cells) {
        throw new XlsxOpenError(`${sheet} heeft een samengevoegd gebied ${merge[1].slice(0, 40)} van ${cellsIn(merge[1]).toLocaleString("nl-NL")} cellen; zo'n bestand opent de voorbeeldweergave niet.`);
      }
    }
  }
}

/** How far opening a file is: checking its size, reading it with exceljs, converting sheet n of m. */
export type OpenProgress = { step: "check" } | { step: "read" } | { step: "convert"; sheet: number; sheets: number };

/** What the parsing worker (xlsxWorker.ts) answers: progress, then the workbook or why not. */
export type XlsxWorkerReply =
  | { kind: "progress"; progress: OpenProgress }
  /** the workbook as JSON: one string crosses to the page far faster than 300.000 cell objects */
  | { kind: "done"; json: string }
  /** a reason of our own (XlsxOpenError), shown as is */
  | { kind: "refused"; message: string }
  /** anything else: a damaged file; never library text */
  | { kind: "failed" };

/**
 * Opening a file as the preview does (in its worker): the limit checks on the zip's XML first,
 * then exceljs. Resolves to the workbook, or rejects — with XlsxOpenError for every file it
 * refuses — before anything is loaded.
 */
export async function openXlsx(exceljs: ExcelJS, jszip: typeof JSZipModule, data: ArrayBuffer, onProgress: (progress: OpenProgress) => void = () => undefined): Promise<MemoryWorkbook> {
  onProgress({ step: "check" });
  await checkXlsx(jszip, data);
  onProgress({ step: "read" });
  return readXlsx(exceljs, data, onProgress);
}

/** Reads an .xlsx file (as bytes) into an in-memory workbook; a file exceljs cannot read gets a Dutch message. */
export async function readXlsx(exceljs: ExcelJS, data: ArrayBuffer, onProgress: (progress: OpenProgress) => void = () => undefined): Promise<MemoryWorkbook> {
  const workbook = new exceljs.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    // never jszip's or exceljs' English text
    throw new XlsxOpenError(NOT_XLSX);
  }
  const sheets: MemorySheet[] = [];
  const tables: MemoryTable[] = [];
  const sheetCount = workbook.worksheets.length;
  workbook.eachSheet((worksheet) => {
    onProgress({ step: "convert", sheet: sheets.length + 1, sheets: sheetCount });
    const cells: (MemoryCell | null)[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const line: (MemoryCell | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const raw = cell.value as unknown;
        const out: MemoryCell = { value: cellValueOf(raw) };
        // kept as stored: a saved file needs the "_xlfn." prefixes of newer functions
        const formula = storedFormulaOf(cell);
        if (formula) out.formula = formula;
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
  if (sheets.length === 0) throw new XlsxOpenError("het bestand bevat geen werkbladen.");
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

/** Column widths in characters: the set width, else the widest displayed text (+2), within 6–60. */
export function fittedWidths(sheet: MemorySheet): (number | null)[] {
  const out: (number | null)[] = [];
  sheet.cells.forEach((line) =>
    line?.forEach((cell, c) => {
      if (!cell || cell.value === "") return;
      const length = displayValue(cell.value, cell.numberFormat).length + 2;
      out[c] = Math.max(out[c] ?? 0, Math.min(60, length));
    }),
  );
  const widths = sheet.columnWidths ?? [];
  const columns = Math.max(out.length, widths.length);
  return Array.from({ length: columns }, (_, c) => {
    const set = widths[c];
    if (set) return Math.max(4, Math.round(set / POINTS_PER_CHARACTER));
    const fitted = out[c];
    return fitted ? Math.max(6, fitted) : null;
  });
}

/** The red over-capacity cells: "cell value greater than" with the fill and font colour. */
function conditionalRule(rule: MemoryConditionalFill): ExcelJSModule.ConditionalFormattingRule {
  const range = parseRange(rule.address);
  const formula =
    "value" in rule.greaterThan ? String(rule.greaterThan.value) : `$${columnLetters(rule.greaterThan.sheetColumn)}${range.top + 1}`;
  return {
    type: "cellIs",
    operator: "greaterThan",
    formulae: [formula],
    priority: 1,
    style: {
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${rule.fill.slice(1)}` } },
      ...(rule.fontColor ? { font: { color: { argb: `FF${rule.fontColor.slice(1)}` } } } : {}),
    },
  } as ExcelJSModule.ConditionalFormattingRule;
}

/** Where a chart's picture goes: the chart's own top-left cell, else two columns right of the sheet's cells. */
function pictureAnchor(chart: MemoryChart, sheet: MemorySheet): { col: number; row: number } {
  const at = chart.position ? tryParseRange(`${chart.position[0]}:${chart.position[0]}`) : undefined;
  if (at) return { col: at.left, row: at.top };
  const right = sheet.cells.reduce((max, line) => Math.max(max, line?.length ?? 0), 0);
  return { col: right + 1, row: 0 };
}

/**
 * Writes the in-memory workbook as an .xlsx file. exceljs cannot write charts: `pictures[i]`,
 * a picture of `book.charts[i]` as the page drew it (chartPicture.ts), is placed at the chart's
 * position instead; a chart without a picture is left out (the caller says so).
 */
export async function writeXlsx(exceljs: ExcelJS, book: MemoryWorkbook, pictures: readonly (ChartPicture | null | undefined)[] = []): Promise<ArrayBuffer> {
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
        rows.push(headers.map((_, i) => sheet.cells[r]?.[range.left + i]?.value ?? ""));
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
    // a column without a set width gets the width its widest shown text needs (as Excel's
    // autofit on write does): with the default width, € amounts open as ### in LibreOffice
    fittedWidths(sheet).forEach((width, i) => {
      if (width) worksheet.getColumn(i + 1).width = width;
    });
    for (const rule of book.conditionalFills.filter((r) => r.sheetName === sheet.name)) {
      worksheet.addConditionalFormatting({ ref: rule.address, rules: [conditionalRule(rule)] });
    }
    book.charts.forEach((chart, i) => {
      const picture = pictures[i];
      if (!picture || chart.sheetName !== sheet.name) return;
      const image = workbook.addImage({ base64: picture.png, extension: "png" });
      worksheet.addImage(image, { tl: pictureAnchor(chart, sheet), ext: { width: picture.width, height: picture.height }, editAs: "oneCell" } as unknown as Parameters<typeof worksheet.addImage>[1]);
    });
  }
  const active = book.sheets.findIndex((s) => s.name === book.activeSheet);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, active), visibility: "visible" }];
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
