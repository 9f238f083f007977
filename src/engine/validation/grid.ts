/**
 * One pass over the snapshot: what kind of content each cell holds and the number it stands
 * for. Everything else reads these typed arrays, which keeps the checker linear in the cells.
 */
import { parseNumberText } from "../shared/numbers";
import { cellAddress, parseCellAddress, summedRanges, type CellRange } from "./a1";
import type { SheetInput } from "./types";

export const CellKind = {
  Empty: 0,
  Number: 1,
  /** text that reads as a number: "4.000", "€ 5.000", "20,35" */
  NumericText: 2,
  Text: 3,
  Error: 4,
  /** "-" (or "–"), which budget tables print for zero */
  Dash: 5,
  Boolean: 6,
} as const;

const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BUSY!|CONNECT!|BLOCKED!|UNKNOWN!|PYTHON!)$/;
const DASH = /^[-–—]{1,2}$/;

export interface Grid {
  rows: number;
  cols: number;
  /** sheet coordinates of values[0][0] */
  row0: number;
  col0: number;
  kind: Uint8Array;
  /** the number a cell stands for (NaN when none); a dash is 0 */
  num: Float64Array;
  /** decimals the printed value carries (-1 = unknown / float noise) */
  decimals: Int8Array;
  text: (string | undefined)[];
  formula: (string | undefined)[];
  format: (string | undefined)[];
  /** parsed SUM ranges per formula cell, filled on first use (null = not a plain sum) */
  sumRanges: Map<number, CellRange[] | null>;
}

export function buildGrid(input: SheetInput): Grid {
  const values = input.values ?? [];
  const rows = values.length;
  let cols = 0;
  for (const row of values) cols = Math.max(cols, row?.length ?? 0);
  const origin = parseCellAddress(input.address ?? "A1") ?? { row: 0, col: 0 };
  const size = rows * cols;
  const grid: Grid = {
    rows,
    cols,
    row0: origin.row,
    col0: origin.col,
    kind: new Uint8Array(size),
    num: new Float64Array(size).fill(NaN),
    decimals: new Int8Array(size).fill(-1),
    text: packedArray(size),
    formula: packedArray(size),
    format: packedArray(size),
    sumRanges: new Map(),
  };
  for (let r = 0; r < rows; r++) {
    const row = values[r] ?? [];
    const formulaRow = input.formulas?.[r];
    const formatRow = input.numberFormat?.[r];
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const fmt = formatRow?.[c];
      const formatted = typeof fmt === "string" && fmt !== "" && fmt !== "General";
      if (formatted) grid.format[i] = fmt;
      // a number format gives the cell's unit; the decimals of the value are only needed without one
      classify(grid, i, row[c], !formatted || !/[0#]/.test(fmt));
      const f = formulaRow?.[c];
      if (typeof f === "string" && f.startsWith("=")) grid.formula[i] = f;
    }
  }
  return grid;
}

/**
 * An array of `size` undefined slots built by pushing: `new Array(size)` for a large size gives
 * a slow dictionary-mode array in V8, and these arrays are read for every cell.
 */
export function packedArray<T>(size: number): (T | undefined)[] {
  const out: (T | undefined)[] = [];
  for (let i = 0; i < size; i++) out.push(undefined);
  return out;
}

function classify(grid: Grid, i: number, value: unknown, needDecimals: boolean): void {
  if (value === null || value === undefined || value === "") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return;
    grid.kind[i] = CellKind.Number;
    grid.num[i] = value;
    if (needDecimals) grid.decimals[i] = decimalsOf(value);
    return;
  }
  if (typeof value === "boolean") {
    grid.kind[i] = CellKind.Boolean;
    return;
  }
  if (value instanceof Date) {
    grid.kind[i] = CellKind.Text;
    grid.text[i] = value.toISOString().slice(0, 10);
    return;
  }
  const text = String(value).trim();
  if (text === "") return;
  grid.text[i] = text;
  if (ERROR_VALUE.test(text)) {
    grid.kind[i] = CellKind.Error;
    return;
  }
  if (DASH.test(text)) {
    grid.kind[i] = CellKind.Dash;
    grid.num[i] = 0;
    grid.decimals[i] = 0;
    return;
  }
  const first = text.charCodeAt(0);
  // cheap pre-check: numeric text starts with a digit, sign, €, ( or a decimal mark
  if ((first >= 48 && first <= 57) || "-+€(,.−".includes(text[0])) {
    const parsed = parseNumberText(text.replace(/\s*[¹²³⁴⁵⁶⁷⁸⁹⁰*]+$/, ""));
    if (parsed !== undefined) {
      grid.kind[i] = CellKind.NumericText;
      grid.num[i] = parsed;
      grid.decimals[i] = textDecimals(text, parsed);
      return;
    }
  }
  grid.kind[i] = CellKind.Text;
}

const POWERS = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

/**
 * Decimals a stored number carries (20.35 → 2; 0.1 + 0.2 → 1, its float noise ignored); more
 * than 6 counts as unknown. Arithmetic instead of String(value): this runs for every cell.
 */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  for (let d = 1; d <= 6; d++) {
    const scaled = value * POWERS[d];
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-7 * Math.max(1, Math.abs(scaled))) return d;
  }
  return -1;
}

/** The ranges a summing formula in cell i adds up (see summedRanges), parsed once per cell. */
export function summedRangesAt(grid: Grid, i: number): CellRange[] | undefined {
  const f = grid.formula[i];
  if (!f) return undefined;
  let cached = grid.sumRanges.get(i);
  if (cached === undefined) {
    cached = summedRanges(f) ?? null;
    grid.sumRanges.set(i, cached);
  }
  return cached ?? undefined;
}

function textDecimals(text: string, parsed: number): number {
  const m = /,(\d+)\s*%?\s*$/.exec(text);
  const d = m ? m[1].length : decimalsOf(parsed);
  return text.includes("%") && d >= 0 ? d + 2 : d;
}

export function isNumeric(kind: number): boolean {
  return kind === CellKind.Number || kind === CellKind.NumericText || kind === CellKind.Dash;
}

export function addressOf(grid: Grid, r: number, c: number): string {
  return cellAddress(grid.row0 + r, grid.col0 + c);
}
