/**
 * The shape of a formula: its text with every relative reference written relative to the cell
 * that holds it, in R1C1 style ("=SUM(B3:M3)" in N3 → "=SUM(R[0]C[-12]:R[0]C[-1])"). Formulas
 * copied along a row or column share one shape, so a cell whose shape differs from its
 * neighbours' holds an overwritten or mistyped formula (inconsistent-formula, and Vergelijken's
 * "same formula, moved" check). References are read with the one A1 reader, readCellRef.
 */
import { newReadRef, readCellRef } from "../shared/a1";

/*
 * These run for every formula cell of a sheet (250,000-cell sheets hold tens of thousands), so
 * they scan characters instead of running regexes with callbacks. Each keeps the exact result of
 * the regex it replaces, noted above it.
 */

const isLetter = (ch: number): boolean => (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
const isDigit = (ch: number): boolean => ch >= 48 && ch <= 57;

/** A character that may stand before a reference: not [A-Za-z0-9_.!'"]. */
function mayPrecedeRef(ch: number): boolean {
  return !(isLetter(ch) || isDigit(ch) || ch === 95 || ch === 46 || ch === 33 || ch === 39 || ch === 34);
}

/** the reference refEnd read last */
const ref = newReadRef();

/**
 * The formula with every relative reference written relative to (row, col): equal shapes = copied formulas.
 * Same result as replacing string literals by "" and then every match of
 * /(^|[^A-Za-z0-9_.!'"])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g by its R1C1 form, upper-cased.
 */
export function formulaShape(formula: string, row: number, col: number): string {
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
    out += text.slice(copied, refStart) + shapeOfRef(row, col);
    // a row number of 20+ digits prints with a lower-case exponent ("1e+21") that toUpperCase changes
    if (end - refStart > 20) lower = true;
    copied = end;
    p = end;
  }
  const shape = copied === 0 ? text : out + text.slice(copied);
  return lower ? shape.toUpperCase() : shape;
}

/**
 * End of the reference `$?[A-Za-z]{1,3}$?\d+` starting at `from` and not followed by [A-Za-z0-9_(];
 * -1 when none. Leaves what it read in `ref`.
 */
function refEnd(text: string, from: number): number {
  const k = readCellRef(text, from, ref);
  if (k < 0) return -1;
  if (k < text.length) {
    const next = text.charCodeAt(k);
    if (isLetter(next) || isDigit(next) || next === 95 || next === 40) return -1;
  }
  return k;
}

/** R1C1 form of the reference refEnd just read. */
function shapeOfRef(row: number, col: number): string {
  const rPart = ref.rowAbsolute ? `R${ref.row + 1}` : relativePart("R", ref.row - row);
  const cPart = ref.colAbsolute ? `C${ref.col + 1}` : relativePart("C", ref.col - col);
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
 * Numbers the distinct R1C1 shapes of formulas: equal ids ⇔ equal formulaShape strings. A sheet has
 * tens of thousands of formulas but a few dozen shapes, so instead of building a shape string per
 * formula (and hashing it in a Map) each shape is written as character codes into one reusable
 * buffer, hashed there, and compared with the few shapes stored so far. Formulas with string
 * literals or non-ASCII text take formulaShape itself, whose upper-casing is then not plain ASCII.
 */
export class FormulaShapeIds {
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
      this.writeUpper(formulaShape(formula, row, col), false);
    }
    return this.intern();
  }

  /**
   * formulaShape's walk, writing into the buffer. Without non-ASCII text, upper-casing every ASCII
   * letter gives what formulaShape's toUpperCase gives (that only runs when there is a lower-case
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
      this.writeRef(row, col);
      copied = end;
      p = end;
    }
    this.writeSlice(text, copied, n);
    return true;
  }

  /**
   * shapeOfRef of the reference refEnd just read, written straight into the buffer: "R3" or "R[-1]", then "C2" or "C[0]". Big sheets
   * have grand totals adding hundreds of far-away cells, whose offsets have no prebuilt text.
   */
  private writeRef(row: number, col: number): void {
    this.writePart(82, ref.rowAbsolute, ref.rowAbsolute ? ref.row + 1 : ref.row - row);
    this.writePart(67, ref.colAbsolute, ref.colAbsolute ? ref.col + 1 : ref.col - col);
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
