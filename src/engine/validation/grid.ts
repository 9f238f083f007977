/**
 * One pass over the snapshot: what kind of content each cell holds and the number it stands
 * for. Everything else reads these typed arrays, which keeps the checker linear in the cells.
 */
import { parseNumberText } from "../shared/numbers";
import { cellAddress, parseCellAddress } from "./a1";
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
    text: new Array(size),
    formula: new Array(size),
    format: new Array(size),
  };
  for (let r = 0; r < rows; r++) {
    const row = values[r] ?? [];
    const formulaRow = input.formulas?.[r];
    const formatRow = input.numberFormat?.[r];
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      classify(grid, i, row[c]);
      const f = formulaRow?.[c];
      if (typeof f === "string" && f.startsWith("=")) grid.formula[i] = f;
      const fmt = formatRow?.[c];
      if (typeof fmt === "string" && fmt !== "" && fmt !== "General") grid.format[i] = fmt;
    }
  }
  return grid;
}

function classify(grid: Grid, i: number, value: unknown): void {
  if (value === null || value === undefined || value === "") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return;
    grid.kind[i] = CellKind.Number;
    grid.num[i] = value;
    grid.decimals[i] = decimalsOf(value);
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

/** Decimals a stored number carries; float noise (> 6 decimals) counts as unknown. */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const s = String(value);
  if (s.includes("e")) return -1;
  const dot = s.indexOf(".");
  const d = dot < 0 ? 0 : s.length - dot - 1;
  return d > 6 ? -1 : d;
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
