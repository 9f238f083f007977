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
function sumBody(body: string, start: number): RangeRef[] | undefined {
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
  const ranges: RangeRef[] = [];
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
function parseRangePart(body: string, from: number, to: number, ranges: RangeRef[]): number {
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
  ranges.push({ top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) });
  return end;
}

/** the reference readCellRef read last */
const ref = newReadRef();
