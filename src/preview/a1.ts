/**
 * A1 address maths for the in-memory workbook: "B2" ↔ {row: 1, col: 1} (0-based), ranges
 * "A1:C3" ↔ {top, left, bottom, right}. Accepts "$" anchors and a "Sheet!" / "'My sheet'!"
 * prefix, as Office.js returns addresses with them.
 */

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's limits; addresses beyond them are not valid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 0 → "A", 25 → "Z", 26 → "AA" */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "AA" → 26 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits "'Kosten 2024'!B2:C3" into the sheet name (or undefined) and the bare address. */
export function splitSheetAddress(address: string): { sheetName?: string; address: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheetName: sheet, address: address.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCell(address: string): CellRef {
  const match = CELL.exec(address.trim());
  if (!match) throw new Error(`Ongeldig celadres "${address}"; verwacht bijvoorbeeld B2.`);
  const col = columnIndex(match[1]);
  const row = Number(match[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || col >= MAX_COLS) throw new Error(`Celadres "${address}" ligt buiten het werkblad.`);
  return { row, col };
}

/** Parses "B2", "B2:D9" or "$B$2:$D$9" (with or without a sheet prefix); corners may be in any order. */
export function parseRange(address: string): RangeRef {
  const bare = splitSheetAddress(address).address;
  const parts = bare.split(":");
  if (parts.length > 2 || parts.some((p) => p.trim() === "")) {
    throw new Error(`Ongeldig bereik "${address}"; verwacht bijvoorbeeld B2:D9.`);
  }
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function formatCell(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A single cell is written as "B2", a block as "B2:D9". */
export function formatRange(range: RangeRef): string {
  const start = formatCell(range.top, range.left);
  if (range.top === range.bottom && range.left === range.right) return start;
  return `${start}:${formatCell(range.bottom, range.right)}`;
}

export function rangeContains(outer: RangeRef, inner: RangeRef): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function rangeRows(range: RangeRef): number {
  return range.bottom - range.top + 1;
}

export function rangeCols(range: RangeRef): number {
  return range.right - range.left + 1;
}
