/** A1 addresses and R1C1 shapes of formulas. */

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

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

const REF = /(^|[^A-Za-z0-9_.!'"])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** The formula with every relative reference written relative to (row, col): equal shapes = copied formulas. */
export function r1c1Shape(formula: string, row: number, col: number): string {
  const withoutStrings = formula.replace(/"[^"]*"/g, '""');
  return withoutStrings.replace(REF, (_whole, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    const c = columnIndex(letters);
    const r = Number(digits) - 1;
    const rPart = rowAbs ? `R${r + 1}` : `R[${r - row}]`;
    const cPart = colAbs ? `C${c + 1}` : `C[${c - col}]`;
    return before + rPart + cPart;
  }).toUpperCase();
}

/**
 * The cells a plain summing formula adds up: "=SUM(B2:B6)", "=SUM(B2:B6,B9)", "=B9+B18+B19".
 * Undefined for anything else (other functions, other sheets, arithmetic other than +).
 */
export function summedRanges(formula: string): CellRange[] | undefined {
  let body = formula.trim();
  if (!body.startsWith("=")) return undefined;
  body = body.slice(1).replace(/\s+/g, "");
  const sum = /^SUM\((.*)\)$/i.exec(body);
  const parts = sum ? sum[1].split(",") : body.split("+");
  const ranges: CellRange[] = [];
  for (const part of parts) {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(part);
    if (!m) return undefined;
    const r1 = Number(m[2]) - 1;
    const c1 = columnIndex(m[1]);
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    ranges.push({ r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) });
  }
  return ranges;
}

export function rangeContains(ranges: CellRange[], row: number, col: number): boolean {
  return ranges.some((r) => row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2);
}
