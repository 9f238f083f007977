/** A1 addresses and R1C1 shapes of formulas. */
import { columnIndex, columnLetters } from "../shared/a1";

export { columnIndex, columnLetters };

/** "B2" → { row: 1, col: 1 } (0-based); undefined when not an A1 cell address. */
export function parseCellAddress(address: string): { row: number; col: number } | undefined {
  const cell = address.split("!").pop()!.split(":")[0].replace(/\$/g, "");
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(cell.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function cellAddress(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** A rectangular range in sheet coordinates (0-based, inclusive). */
export interface CellRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/*
 * The two parsers below run for every formula cell of a sheet (250,000-cell sheets hold tens of
 * thousands), so they scan characters instead of running regexes with callbacks. Each keeps the
 * exact result of the regex it replaces, noted above it.
 */

const isLetter = (ch: number): boolean => (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
const isDigit = (ch: number): boolean => ch >= 48 && ch <= 57;

/** Column index of the ASCII letters text[from, to), case-insensitive (as columnIndex). */
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

/** A character that may stand before a reference: not [A-Za-z0-9_.!'"]. */
function mayPrecedeRef(ch: number): boolean {
  return !(isLetter(ch) || isDigit(ch) || ch === 95 || ch === 46 || ch === 33 || ch === 39 || ch === 34);
}

/**
 * The formula with every relative reference written relative to (row, col): equal shapes = copied formulas.
 * Same result as replacing string literals by "" and then every match of
 * /(^|[^A-Za-z0-9_.!'"])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g by its R1C1 form, upper-cased.
 */
export function r1c1Shape(formula: string, row: number, col: number): string {
  const text = formula.indexOf('"') >= 0 ? formula.replace(/"[^"]*"/g, '""') : formula;
  const n = text.length;
  let out = "";
  let copied = 0;
  // whether the text outside references has anything toUpperCase changes (references come out upper-case)
  let lower = false;
  let p = 0;
  while (p < n) {
    const ch = text.charCodeAt(p);
    if ((ch >= 97 && ch <= 122) || ch >= 128) lower = true;
    // a reference right at the start (the regex's ^), else one after a separating character
    let end = p === 0 ? refEnd(text, 0) : -1;
    let refStart = 0;
    if (end < 0) {
      if (p + 1 < n && mayPrecedeRef(ch)) {
        end = refEnd(text, p + 1);
        refStart = p + 1;
      }
    }
    if (end < 0) {
      p++;
      continue;
    }
    out += text.slice(copied, refStart) + shapeOfRef(text, refStart, end, row, col);
    // a row number of 20+ digits prints with a lower-case exponent ("1e+21") that toUpperCase changes
    if (end - refStart > 20) lower = true;
    copied = end;
    p = end;
  }
  const shape = copied === 0 ? text : out + text.slice(copied);
  return lower ? shape.toUpperCase() : shape;
}

/** End of the reference `$?[A-Za-z]{1,3}$?\d+` starting at `from` and not followed by [A-Za-z0-9_(]; -1 when none. */
function refEnd(text: string, from: number): number {
  const n = text.length;
  let k = from;
  if (k < n && text.charCodeAt(k) === 36) k++;
  const lettersFrom = k;
  while (k < n && isLetter(text.charCodeAt(k))) k++;
  const letters = k - lettersFrom;
  if (letters < 1 || letters > 3) return -1;
  if (k < n && text.charCodeAt(k) === 36) k++;
  const digitsFrom = k;
  while (k < n && isDigit(text.charCodeAt(k))) k++;
  if (k === digitsFrom) return -1;
  if (k < n) {
    const next = text.charCodeAt(k);
    if (isLetter(next) || isDigit(next) || next === 95 || next === 40) return -1;
  }
  return k;
}

/** R1C1 form of the reference text[from, to) (already validated by refEnd). */
function shapeOfRef(text: string, from: number, to: number, row: number, col: number): string {
  let k = from;
  const colAbs = text.charCodeAt(k) === 36;
  if (colAbs) k++;
  const lettersFrom = k;
  while (isLetter(text.charCodeAt(k))) k++;
  const c = lettersIndex(text, lettersFrom, k);
  const rowAbs = text.charCodeAt(k) === 36;
  if (rowAbs) k++;
  const r = digitsValue(text, k, to) - 1;
  const rPart = rowAbs ? `R${r + 1}` : relativePart("R", r - row);
  const cPart = colAbs ? `C${c + 1}` : relativePart("C", c - col);
  return rPart + cPart;
}

/** "R[-1]", "C[0]" … for the offsets copied formulas nearly always have, built once instead of per reference. */
const NEAR = 64;
const NEAR_PARTS = {
  R: Array.from({ length: 2 * NEAR + 1 }, (_, k) => `R[${k - NEAR}]`),
  C: Array.from({ length: 2 * NEAR + 1 }, (_, k) => `C[${k - NEAR}]`),
};

function relativePart(axis: "R" | "C", offset: number): string {
  return Number.isInteger(offset) && offset >= -NEAR && offset <= NEAR ? NEAR_PARTS[axis][offset + NEAR] : `${axis}[${offset}]`;
}

/**
 * The cells a plain summing formula adds up: "=SUM(B2:B6)", "=SUM(B2:B6,B9)", "=B9+B18+B19".
 * Undefined for anything else (other functions, other sheets, arithmetic other than +).
 * After dropping whitespace: /^SUM\((.*)\)$/i split on ",", else the body split on "+"; every
 * part /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.
 */
export function summedRanges(formula: string): CellRange[] | undefined {
  // read in place after the "="; white space (which no reference or separator contains) makes that fail,
  // and only then is the formula trimmed and stripped of it as the definition above says
  if (formula.charCodeAt(0) === 61) {
    const ranges = sumBody(formula, 1);
    if (ranges || !mayHaveSpace(formula)) return ranges;
  } else if (!mayHaveSpace(formula)) return undefined;
  const trimmed = formula.trim();
  if (!trimmed.startsWith("=")) return undefined;
  return sumBody(trimmed.slice(1).replace(/\s+/g, ""), 0);
}

/** summedRanges of the white-space-free body text[start, end of text). */
function sumBody(body: string, start: number): CellRange[] | undefined {
  const n = body.length;
  const isSum =
    n - start >= 5 &&
    isAsciiLetter(body, start, 83) &&
    isAsciiLetter(body, start + 1, 85) &&
    isAsciiLetter(body, start + 2, 77) &&
    body.charCodeAt(start + 3) === 40 &&
    body.charCodeAt(n - 1) === 41;
  const to = isSum ? n - 1 : n;
  const separator = isSum ? 44 : 43;
  const ranges: CellRange[] = [];
  // part after part: a reference never contains a separator, so a part is valid exactly when one
  // reference (or range) read from its start ends at the next separator or at the end
  let k = isSum ? start + 4 : start;
  for (;;) {
    const end = parseRangePart(body, k, to, ranges);
    if (end < 0) return undefined;
    if (end === to) return ranges;
    if (body.charCodeAt(end) !== separator) return undefined;
    k = end + 1;
  }
}

/** Whether the text may hold white space (\s): any control or space character, or anything beyond ASCII. */
function mayHaveSpace(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    if (ch <= 32 || ch >= 127) return true;
  }
  return false;
}

/** text[at] is the upper-case ASCII letter `upper` in either case (the regex's i flag folds ASCII only). */
function isAsciiLetter(text: string, at: number, upper: number): boolean {
  const ch = text.charCodeAt(at);
  return ch === upper || ch === upper + 32;
}

/** Reads "B2", "$B$2" or "B2:B6" at `from` (before `to`) into `ranges`: where it ends, -1 when there is none. */
function parseRangePart(body: string, from: number, to: number, ranges: CellRange[]): number {
  const firstEnd = parseRef(body, from, to);
  if (firstEnd < 0) return -1;
  const r1 = parsedRow;
  const c1 = parsedCol;
  let r2 = r1;
  let c2 = c1;
  let end = firstEnd;
  if (firstEnd < to && body.charCodeAt(firstEnd) === 58) {
    end = parseRef(body, firstEnd + 1, to);
    if (end < 0) return -1;
    r2 = parsedRow;
    c2 = parsedCol;
  }
  ranges.push({ r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) });
  return end;
}

/* parseRef's row and column (0-based): module state rather than a result object per reference */
let parsedRow = 0;
let parsedCol = 0;

/** `$?[A-Za-z]{1,3}$?\d+` at `from` within [from, to): where it ends (-1 when none); sets parsedRow and parsedCol. */
function parseRef(body: string, from: number, to: number): number {
  let k = from;
  if (k < to && body.charCodeAt(k) === 36) k++;
  const lettersFrom = k;
  while (k < to && isLetter(body.charCodeAt(k))) k++;
  if (k - lettersFrom < 1 || k - lettersFrom > 3) return -1;
  const col = lettersIndex(body, lettersFrom, k);
  if (k < to && body.charCodeAt(k) === 36) k++;
  const digitsFrom = k;
  while (k < to && isDigit(body.charCodeAt(k))) k++;
  if (k === digitsFrom) return -1;
  parsedRow = digitsValue(body, digitsFrom, k) - 1;
  parsedCol = col;
  return k;
}

export function rangeContains(ranges: CellRange[], row: number, col: number): boolean {
  return ranges.some((r) => row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2);
}
