/**
 * The one A1 parser and the one cell-coordinate vocabulary of the add-in, used by the engines,
 * the Excel adapter, the preview, the panes and the scripts.
 *
 * Coordinates are 0-based sheet positions: "A1" ↔ { row: 0, col: 0 }, "B2" ↔ { row: 1, col: 1 };
 * "B2:D9" ↔ { top: 1, left: 1, bottom: 8, right: 3 } (inclusive). Only text meant for people
 * counts from 1: the A1 label itself, and `Finding.row`/`Finding.col` of the checker, which are
 * the row and column numbers Excel shows (D7 → row 7, col 4).
 *
 * Accepts "$" anchors and a "Blad1!" or "'Kosten 2024'!" prefix, because Office.js returns
 * addresses with them. Whole columns or rows ("A:A", "3:3") are not cell addresses here: no
 * caller reads them. Pure: no Office.js.
 */
import { EngineError } from "./errors";
import { quoteInput } from "./text";

/** A cell of a sheet: 0-based row and column. */
export interface CellRef {
  row: number;
  col: number;
}

/** A rectangular block of a sheet: 0-based, inclusive corners. */
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

/** "A" → 0, "AA" → 26 (ASCII letters, either case; no check of the length) */
export function columnIndex(letters: string): number {
  return lettersIndex(letters, 0, letters.length);
}

/*
 * The character-level reader below is the parser itself: tryParseCell and tryParseRange use it
 * for addresses, and the checker's formula scanners (src/engine/validation/formulaShape.ts) use it
 * for the references inside a formula, tens of thousands per sheet, hence no regex and no object
 * per reference.
 */

const isLetter = (ch: number): boolean => (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
const isDigit = (ch: number): boolean => ch >= 48 && ch <= 57;

/** Column index of the ASCII letters text[from, to), case-insensitive. */
function lettersIndex(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) n = n * 26 + ((text.charCodeAt(k) & 0xdf) - 64);
  return n - 1;
}

/** The number the ASCII digits text[from, to) stand for (as Number(digits)). */
function digitsValue(text: string, from: number, to: number): number {
  // beyond 15 digits the running product could round differently from Number()
  if (to - from > 15) return Number(text.slice(from, to));
  let n = 0;
  for (let k = from; k < to; k++) n = n * 10 + (text.charCodeAt(k) - 48);
  return n;
}

/** What readCellRef read: the 0-based cell, whether row and column carry a "$", and how many digits the row had. */
export interface ReadRef extends CellRef {
  rowAbsolute: boolean;
  colAbsolute: boolean;
  rowDigits: number;
}

/**
 * Reads a reference `$?[A-Za-z]{1,3}$?[0-9]+` starting at text[from] and ending before `to`
 * (default: the end of the text) into `into`. Returns where it ends, or -1 when there is none.
 * It does not look at what follows and does not check Excel's sheet limits: callers decide.
 */
export function readCellRef(text: string, from: number, into: ReadRef, to: number = text.length): number {
  let k = from;
  const colAbsolute = k < to && text.charCodeAt(k) === 36;
  if (colAbsolute) k++;
  const lettersFrom = k;
  while (k < to && isLetter(text.charCodeAt(k))) k++;
  const letters = k - lettersFrom;
  if (letters < 1 || letters > 3) return -1;
  const lettersTo = k;
  const rowAbsolute = k < to && text.charCodeAt(k) === 36;
  if (rowAbsolute) k++;
  const digitsFrom = k;
  while (k < to && isDigit(text.charCodeAt(k))) k++;
  if (k === digitsFrom) return -1;
  into.col = lettersIndex(text, lettersFrom, lettersTo);
  into.row = digitsValue(text, digitsFrom, k) - 1;
  into.colAbsolute = colAbsolute;
  into.rowAbsolute = rowAbsolute;
  into.rowDigits = k - digitsFrom;
  return k;
}

/** A fresh ReadRef for readCellRef to fill (reuse one in loops). */
export function newReadRef(): ReadRef {
  return { row: 0, col: 0, rowAbsolute: false, colAbsolute: false, rowDigits: 0 };
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

const scratch = newReadRef();

/** Parses "B2" / "$B$2" (white space around it is ignored); undefined when it is not a cell inside the sheet. */
export function tryParseCell(address: string): CellRef | undefined {
  const text = address.trim();
  if (readCellRef(text, 0, scratch) !== text.length || scratch.rowDigits > 7) return undefined;
  const { row, col } = scratch;
  if (row < 0 || row >= MAX_ROWS || col >= MAX_COLS) return undefined;
  return { row, col };
}

/** As tryParseCell, but throws a Dutch message naming the address when it is not a cell. */
export function parseCell(address: string): CellRef {
  const cell = tryParseCell(address);
  if (!cell) throw new EngineError("invalid-input", `Ongeldig celadres ${quoteInput(address)}; verwacht bijvoorbeeld B2.`);
  return cell;
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

/** As tryParseRange, but throws a Dutch message naming the address when it is not a range. */
export function parseRange(address: string): RangeRef {
  const range = tryParseRange(address);
  if (!range) throw new EngineError("invalid-input", `Ongeldig bereik ${quoteInput(address)}; verwacht bijvoorbeeld B2:D9.`);
  return range;
}

export function isCellAddress(address: string): boolean {
  const r = tryParseRange(address);
  return r !== undefined && r.top === r.bottom && r.left === r.right;
}

/** (1, 1) → "B2" */
export function formatCell(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "B2" for the cell `r` rows and `c` columns from `origin` (a block's top-left cell). */
export function cellAt(origin: CellRef, r: number, c: number): string {
  return formatCell(origin.row + r, origin.col + c);
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
