/**
 * A1 address maths shared by the engines, the Excel adapter, the preview and the panes: "B2" ↔ {row: 1, col: 1}
 * (0-based), "B2:D9" ↔ {top, left, bottom, right}. Accepts "$" anchors and a "Blad1!" or
 * "'Kosten 2024'!" prefix, because Office.js returns addresses with them. Pure: no Office.js.
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

/** Excel's sheet limits; addresses beyond them do not exist. */
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

/** "Blad1!B2:C3" → "B2:C3" */
export function stripSheet(address: string): string {
  return splitSheetAddress(address).address;
}

/** A sheet name as it must appear in a formula or address: quoted when it is not a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses "B2" / "$B$2"; undefined when it is not a cell inside the sheet. */
export function tryParseCell(address: string): CellRef | undefined {
  const match = CELL.exec(address.trim());
  if (!match) return undefined;
  const col = columnIndex(match[1]);
  const row = Number(match[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || col >= MAX_COLS) return undefined;
  return { row, col };
}

/** Parses "B2", "B2:D9", "$B$2:$D$9" (sheet prefix allowed; corners in any order); undefined when invalid. */
export function tryParseRange(address: string): RangeRef | undefined {
  const parts = stripSheet(address).split(":");
  if (parts.length > 2) return undefined;
  const a = tryParseCell(parts[0]);
  const b = parts.length === 2 ? tryParseCell(parts[1]) : a;
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function isCellAddress(address: string): boolean {
  const r = tryParseRange(address);
  return r !== undefined && r.top === r.bottom && r.left === r.right;
}

/** (1, 1) → "B2" */
export function formatCell(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A range as "B2:D9", or "B2" when it is one cell. */
export function formatRange(range: RangeRef): string {
  const start = formatCell(range.top, range.left);
  if (range.top === range.bottom && range.left === range.right) return start;
  return `${start}:${formatCell(range.bottom, range.right)}`;
}

/** The block of `rows` × `cols` cells whose top-left cell is (row, col). */
export function blockAt(row: number, col: number, rows: number, cols: number): RangeRef {
  return { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
}

export function rangeRows(range: RangeRef): number {
  return range.bottom - range.top + 1;
}

export function rangeColumns(range: RangeRef): number {
  return range.right - range.left + 1;
}

/** Whether `inner` lies completely within `outer`. */
export function containsRange(outer: RangeRef, inner: RangeRef): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

/** The overlap of two ranges, or undefined when they do not touch. */
export function intersectRanges(a: RangeRef, b: RangeRef): RangeRef | undefined {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : undefined;
}
