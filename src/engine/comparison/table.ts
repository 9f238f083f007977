/**
 * A table as the comparison sees it: a block of cells (values and formulas, as Office.js
 * presents a range; merged areas only in their top-left cell), with its header row, its label
 * column, the labelled data rows and the headed columns found in it.
 *
 * Glossary: kop = header; rij-label = the text in the label column (a municipality, a cost
 * line, "Totaal").
 */
import type { CellRef } from "../shared/a1";
import { isBlankCell } from "../shared/cells";
import { readNumberCell } from "../shared/numbers";
import { EngineError } from "../shared/errors";

export type CellValue = string | number | boolean;

export interface TableInput {
  /** shown in messages and the report: "Blad1", "begroting-2025.xlsx › Kosten" */
  name: string;
  values: readonly (readonly CellValue[])[];
  /** formulas as Office.js gives them ("=SUM(B2:B6)" or the constant); same shape as values */
  formulas?: readonly (readonly CellValue[])[];
  /** sheet position (0-based) of values[0][0], for formula shapes and cell addresses */
  origin?: CellRef;
}

export interface TableRow {
  /** index into values */
  index: number;
  label: string;
}

export interface TableColumn {
  /** index into values[row] */
  index: number;
  header: string;
}

export interface TableLayout {
  input: TableInput;
  headerRow: number;
  labelColumn: number;
  /** header of the label column ("Gemeente", "Rubriek"), may be "" */
  labelHeader: string;
  rows: TableRow[];
  columns: TableColumn[];
}

/** Rows searched for the header: titles and blank lines above a table are common, more is not. */
const HEADER_SEARCH_ROWS = 20;

const isText = (value: unknown): value is string => typeof value === "string" && !isBlankCell(value) && readNumberCell(value) === undefined;

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(/\s+/g, " ").trim();
}

/** Finds header row, label column, labelled rows and headed columns. Throws a Dutch message for an empty block. */
export function readLayout(input: TableInput): TableLayout {
  const { values } = input;
  const width = values.reduce((max, row) => Math.max(max, row.length), 0);
  if (values.length < 2 || width < 2) {
    throw new EngineError("invalid-input", `${input.name}: de tabel heeft te weinig rijen of kolommen om te vergelijken (minstens een kopregel en één rij).`);
  }
  const headerRow = findHeaderRow(values);
  const labelColumn = findLabelColumn(values, headerRow, width);
  const rows: TableRow[] = [];
  let afterBlank = false;
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r];
    const label = cellText(row[labelColumn]);
    const figures = row.some((v, c) => c !== labelColumn && !isBlankCell(v));
    if (label === "" && !figures) {
      afterBlank = true;
      continue;
    }
    // a note beneath the table ("Bron: …") is text on its own after a blank line, not a row
    if (afterBlank && !figures) continue;
    if (label !== "") {
      rows.push({ index: r, label });
    } else if (row.some((v, c) => c !== labelColumn && !isBlankCell(v))) {
      // a row with figures but no label still takes part, under its row number
      rows.push({ index: r, label: `rij ${r + 1 + (input.origin?.row ?? 0)}` });
    }
  }
  const columns: TableColumn[] = [];
  for (let c = 0; c < width; c++) {
    if (c === labelColumn) continue;
    const header = cellText(values[headerRow][c]);
    const hasData = rows.some((row) => !isBlankCell(values[row.index][c]));
    if (header !== "" || hasData) columns.push({ index: c, header: header || `kolom ${c + 1 + (input.origin?.col ?? 0)}` });
  }
  if (rows.length === 0) {
    throw new EngineError("invalid-input", `${input.name}: onder de kopregel staan geen rijen met een label.`);
  }
  return { input, headerRow, labelColumn, labelHeader: cellText(values[headerRow][labelColumn]), rows, columns };
}

/** The first row with at least two filled cells of which most are text (a title above the table has one). */
function findHeaderRow(values: TableInput["values"]): number {
  const limit = Math.min(values.length - 1, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    let filled = 0;
    let text = 0;
    for (const v of values[r]) {
      if (isBlankCell(v)) continue;
      filled++;
      if (isText(v)) text++;
    }
    if (filled >= 2 && text * 2 >= filled) return r;
  }
  return 0;
}

/** The first column whose cells below the header are mostly text labels. */
function findLabelColumn(values: TableInput["values"], headerRow: number, width: number): number {
  for (let c = 0; c < width; c++) {
    let filled = 0;
    let text = 0;
    for (let r = headerRow + 1; r < values.length; r++) {
      const v = values[r][c];
      if (isBlankCell(v)) continue;
      filled++;
      if (isText(v)) text++;
    }
    if (filled > 0 && text * 2 >= filled) return c;
  }
  return 0;
}

/** What a cell holds for the comparison: a number, a text, or nothing. */
export type CellContent = { kind: "number"; value: number } | { kind: "text"; value: string } | { kind: "blank" };

export function cellContent(layout: TableLayout, rowIndex: number, colIndex: number): CellContent {
  const v = layout.input.values[rowIndex]?.[colIndex];
  if (isBlankCell(v)) return { kind: "blank" };
  const n = readNumberCell(v);
  if (n !== undefined) return { kind: "number", value: n };
  return { kind: "text", value: cellText(v) };
}

/** The formula of a cell ("=…"), or undefined for a constant. */
export function cellFormula(layout: TableLayout, rowIndex: number, colIndex: number): string | undefined {
  const f = layout.input.formulas?.[rowIndex]?.[colIndex];
  return typeof f === "string" && f.startsWith("=") ? f : undefined;
}
