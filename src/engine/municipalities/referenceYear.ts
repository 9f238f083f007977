/**
 * The reference year (peiljaar) a sheet names for its inhabitants: "Inwoners per 1 januari 2024",
 * "peiljaar 2024", "1-1-2024". The Verdelen pane uses it instead of the latest year with figures,
 * and says where it found it.
 */
import { cellAt, type CellRef } from "../shared/a1";

export interface NamedReferenceYear {
  year: number;
  /** the words that name it, as found (at most ~40 characters) */
  text: string;
  /** A1 address of the cell, relative to the sheet */
  address: string;
}

const PATTERNS: RegExp[] = [
  /per\s+1\s+jan(?:uari|\.)?\s+((?:19|20)\d\d)\b/i,
  /peil(?:jaar|datum)\s*:?\s*(?:1[-/.]1[-/.]|1\s+januari\s+)?((?:19|20)\d\d)\b/i,
  /(?:^|[^\d])(?:0?1[-/.]0?1[-/.])((?:19|20)\d\d)\b/,
];

/**
 * The first cell (row by row) of `values` that names a reference year; `origin` is the sheet
 * position of values[0][0] (0-based). Scans at most the first 50 rows: a title or header names it.
 */
export function namedReferenceYear(values: readonly (readonly unknown[])[], origin: CellRef): NamedReferenceYear | undefined {
  const rows = Math.min(values.length, 50);
  for (let r = 0; r < rows; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== "string" || cell.length > 500) continue;
      for (const pattern of PATTERNS) {
        const match = pattern.exec(cell);
        if (match) {
          const start = Math.max(0, match.index);
          const text = cell.slice(start, start + 40).trim();
          return { year: Number(match[1]), text, address: cellAt(origin, r, c) };
        }
      }
    }
  }
  return undefined;
}
