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
 * Numbers the distinct R1C1 shapes of formulas: equal ids ⇔ equal r1c1Shape strings. A sheet has
 * tens of thousands of formulas but a few dozen shapes, so instead of building a shape string per
 * formula (and hashing it in a Map) each shape is written as character codes into one reusable
 * buffer, hashed there, and compared with the few shapes stored so far. Formulas with string
 * literals or non-ASCII text take r1c1Shape itself, whose upper-casing is then not plain ASCII.
 */
export class ShapeIds {
  private buffer = new Uint16Array(256);
  private length = 0;
  /** the characters of every distinct shape, back to back; shape id k starts at starts[k - 1] */
  private pool = new Uint16Array(1024);
  private poolLength = 0;
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  /** per hash the first id with it; further ids with the same hash follow through nextWithHash */
  private readonly byHash = new Map<number, number>();
  private readonly nextWithHash: number[] = [];
  /** the id idOf returned last (0 = none yet) */
  private lastId = 0;

  /** The id (1, 2, …) of the shape of `formula` in cell (row, col). */
  idOf(formula: string, row: number, col: number): number {
    this.length = 0;
    if (formula.indexOf('"') >= 0 || !this.writeAsciiShape(formula, row, col)) {
      this.length = 0;
      this.writeUpper(r1c1Shape(formula, row, col), false);
    }
    return this.intern();
  }

  /**
   * r1c1Shape's walk, writing into the buffer. Without non-ASCII text, upper-casing every ASCII
   * letter gives what r1c1Shape's toUpperCase gives (that only runs when there is a lower-case
   * letter, and then changes just those). False, with the buffer unfinished, on non-ASCII text.
   */
  private writeAsciiShape(text: string, row: number, col: number): boolean {
    const n = text.length;
    let copied = 0;
    let p = 0;
    while (p < n) {
      const ch = text.charCodeAt(p);
      if (ch >= 128) return false;
      let end = p === 0 ? refEnd(text, 0) : -1;
      let refStart = 0;
      if (end < 0 && p + 1 < n && mayPrecedeRef(ch)) {
        end = refEnd(text, p + 1);
        refStart = p + 1;
      }
      if (end < 0) {
        p++;
        continue;
      }
      this.writeSlice(text, copied, refStart);
      this.writeRef(text, refStart, end, row, col);
      copied = end;
      p = end;
    }
    this.writeSlice(text, copied, n);
    return true;
  }

  /**
   * shapeOfRef written straight into the buffer: "R3" or "R[-1]", then "C2" or "C[0]". Big sheets
   * have grand totals adding hundreds of far-away cells, whose offsets have no prebuilt text.
   */
  private writeRef(text: string, from: number, to: number, row: number, col: number): void {
    let k = from;
    const colAbs = text.charCodeAt(k) === 36;
    if (colAbs) k++;
    const lettersFrom = k;
    while (isLetter(text.charCodeAt(k))) k++;
    const c = lettersIndex(text, lettersFrom, k);
    const rowAbs = text.charCodeAt(k) === 36;
    if (rowAbs) k++;
    const r = digitsValue(text, k, to) - 1;
    this.writePart(82, rowAbs, rowAbs ? r + 1 : r - row);
    this.writePart(67, colAbs, colAbs ? c + 1 : c - col);
  }

  /** "R" + n, or "R[" + n + "]" for a relative one (axis 82 = R, 67 = C), n as String(n) prints it */
  private writePart(axis: number, absolute: boolean, n: number): void {
    this.reserve(4);
    this.buffer[this.length++] = axis;
    if (!absolute) this.buffer[this.length++] = 91;
    this.writeNumber(n);
    if (!absolute) {
      this.reserve(1);
      this.buffer[this.length++] = 93;
    }
  }

  /** String(n), upper-cased; safe integers digit by digit, as they print without exponent or fraction */
  private writeNumber(n: number): void {
    if (!Number.isSafeInteger(n)) {
      this.writeUpper(String(n), true);
      return;
    }
    // 16 digits and a sign at most
    this.reserve(17);
    const buffer = this.buffer;
    if (n < 0) {
      buffer[this.length++] = 45;
      n = -n;
    }
    let digits = 1;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    let at = this.length + digits;
    this.length = at;
    do {
      buffer[--at] = 48 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
  }

  /** text[from, to) with ASCII letters upper-cased (only ASCII reaches here) */
  private writeSlice(text: string, from: number, to: number): void {
    this.reserve(to - from);
    const buffer = this.buffer;
    let at = this.length;
    for (let k = from; k < to; k++) {
      const ch = text.charCodeAt(k);
      buffer[at++] = ch >= 97 && ch <= 122 ? ch - 32 : ch;
    }
    this.length = at;
  }

  /** the whole text, ASCII letters upper-cased when `upper` */
  private writeUpper(text: string, upper: boolean): void {
    this.reserve(text.length);
    const buffer = this.buffer;
    let at = this.length;
    for (let k = 0; k < text.length; k++) {
      const ch = text.charCodeAt(k);
      buffer[at++] = upper && ch >= 97 && ch <= 122 ? ch - 32 : ch;
    }
    this.length = at;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = new Uint16Array(Math.max(2 * this.buffer.length, this.length + extra));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** The id of the shape in the buffer, a new one when not seen before. */
  private intern(): number {
    const { buffer, length } = this;
    // copied formulas come in runs, so the shape just seen is the likely one: try it before hashing
    if (this.lastId !== 0 && this.holds(this.lastId)) return this.lastId;
    // FNV-1a over the character codes
    let hash = 0x811c9dc5 ^ length;
    for (let k = 0; k < length; k++) hash = Math.imul(hash ^ buffer[k], 0x01000193);
    const first = this.byHash.get(hash);
    for (let id = first ?? 0; id !== 0; id = this.nextWithHash[id - 1]) {
      if (this.holds(id)) return (this.lastId = id);
    }
    if (this.poolLength + length > this.pool.length) {
      const grown = new Uint16Array(Math.max(2 * this.pool.length, this.poolLength + length));
      grown.set(this.pool.subarray(0, this.poolLength));
      this.pool = grown;
    }
    this.pool.set(buffer.subarray(0, length), this.poolLength);
    this.starts.push(this.poolLength);
    this.lengths.push(length);
    this.poolLength += length;
    const id = this.starts.length;
    // newest first in its hash chain
    this.nextWithHash.push(first ?? 0);
    this.byHash.set(hash, id);
    return (this.lastId = id);
  }

  /** whether shape `id` is the one in the buffer */
  private holds(id: number): boolean {
    const length = this.length;
    if (this.lengths[id - 1] !== length) return false;
    const { pool, buffer } = this;
    const start = this.starts[id - 1];
    for (let k = 0; k < length; k++) if (pool[start + k] !== buffer[k]) return false;
    return true;
  }
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
