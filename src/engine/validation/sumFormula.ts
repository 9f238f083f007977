/**
 * The cells a plain summing formula adds up ("=SUM(B2:B6,B9)", "=B9+B18+B19"), for the total
 * checks. Runs once per formula cell of a sheet, so it scans characters; references are read with
 * the one A1 reader, readCellRef.
 */
import { newReadRef, readCellRef, type RangeRef } from "../shared/a1";

/**
 * The cells a plain summing formula adds up: "=SUM(B2:B6)", "=SUM(B2:B6,B9)", "=B9+B18+B19".
 * Undefined for anything else (other functions, other sheets, arithmetic other than +).
 * After dropping whitespace: /^SUM\((.*)\)$/i split on ",", else the body split on "+"; every
 * part /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.
 */
export function summedRanges(formula: string): RangeRef[] | undefined {
  const corners: number[] = [];
  const count = readSummedRanges(formula, corners);
  if (count < 0) return undefined;
  const ranges: RangeRef[] = [];
  for (let k = 0; k < 4 * count; k += 4) ranges.push({ top: corners[k], left: corners[k + 1], bottom: corners[k + 2], right: corners[k + 3] });
  return ranges;
}

/**
 * summedRanges as plain numbers: writes top, left, bottom, right of range k to corners[4k … 4k + 3]
 * and returns how many ranges there are, -1 when the formula is no plain sum (then `corners` holds
 * whatever was read). Entries past those are left as they were: the grid reads every formula of a
 * sheet into one reused list this way, without an object per range.
 */
export function readSummedRanges(formula: string, corners: number[]): number {
  // read in place after the "="; white space (which no reference or separator contains) makes that fail,
  // and only then is the formula trimmed and stripped of it as the definition above says
  if (formula.charCodeAt(0) === 61) {
    const count = sumBody(formula, 1, corners);
    if (count >= 0 || !mayHaveSpace(formula)) return count;
  } else if (!mayHaveSpace(formula)) return -1;
  const trimmed = formula.trim();
  if (!trimmed.startsWith("=")) return -1;
  return sumBody(trimmed.slice(1).replace(/\s+/g, ""), 0, corners);
}

/** readSummedRanges of the white-space-free body text[start, end of text). */
function sumBody(body: string, start: number, corners: number[]): number {
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
  // part after part: a reference never contains a separator, so a part is valid exactly when one
  // reference (or range) read from its start ends at the next separator or at the end
  let k = isSum ? start + 4 : start;
  for (let count = 0; ; ) {
    const end = parseRangePart(body, k, to, corners, 4 * count);
    if (end < 0) return -1;
    count++;
    if (end === to) return count;
    if (body.charCodeAt(end) !== separator) return -1;
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

/** Reads "B2", "$B$2" or "B2:B6" at `from` (before `to`), its corners into corners[at … at + 3]: where it ends, -1 when there is none. */
function parseRangePart(body: string, from: number, to: number, corners: number[], at: number): number {
  const firstEnd = readCellRef(body, from, ref, to);
  if (firstEnd < 0) return -1;
  const r1 = ref.row;
  const c1 = ref.col;
  let r2 = r1;
  let c2 = c1;
  let end = firstEnd;
  if (firstEnd < to && body.charCodeAt(firstEnd) === 58) {
    end = readCellRef(body, firstEnd + 1, ref, to);
    if (end < 0) return -1;
    r2 = ref.row;
    c2 = ref.col;
  }
  corners[at] = Math.min(r1, r2);
  corners[at + 1] = Math.min(c1, c2);
  corners[at + 2] = Math.max(r1, r2);
  corners[at + 3] = Math.max(c1, c2);
  return end;
}

/** the reference readCellRef read last */
const ref = newReadRef();
