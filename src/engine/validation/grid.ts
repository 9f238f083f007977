/**
 * One pass over the snapshot: what kind of content each cell holds and the number it stands
 * for. Everything else reads these typed arrays, which keeps the checker linear in the cells.
 */
import { parseNumberText } from "../shared/numbers";
import { formatCell, tryParseRange } from "../shared/a1";
import { readSummedRanges } from "./sumFormula";
import { unitFromFormat } from "./tolerance";
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
  /*
   * Texts, formulas and number formats are held per cell as 1 + an index into a list (0 = none):
   * most cells have no text or formula, and a few distinct formats serve a whole sheet. Typed
   * arrays of slots cost far less to build than arrays of 250,000 mostly-undefined entries.
   * Read them with textAt, formulaAt and formatAt.
   */
  textSlot: Int32Array;
  /** every text of the sheet, in cell order */
  texts: string[];
  formulaSlot: Int32Array;
  formulas: string[];
  formatSlot: Int32Array;
  /** the distinct number formats ("General" and "" are no format) */
  formatList: string[];
  /** per distinct format: its unit (unitFromFormat), NaN when it prints no digits */
  formatUnit: number[];
  /**
   * Parsed SUM ranges, filled on first use and read with summedRangesAt. Flat numbers rather than
   * objects: a big sheet has a range or more per formula, all kept for the whole check, and
   * objects that outlive many allocations make every garbage collection copy them. Range k is
   * sumRangeData[4k … 4k + 3] = r1, c1, r2, c2; per formula (indexed like formulas) sumRangeFirst
   * is 1 + its first range (0 = not parsed yet, -1 = not a plain sum) and sumRangeCount how many.
   */
  sumRangeFirst: Int32Array;
  sumRangeCount: Int32Array;
  sumRangeData: Float64Array;
  sumRangesStored: number;
}

export function buildGrid(input: SheetInput): Grid {
  const values = input.values ?? [];
  const rows = values.length;
  let cols = 0;
  for (let r = 0; r < rows; r++) cols = Math.max(cols, values[r]?.length ?? 0);
  // the port's numbers when given; else the address, parsed once here (its top-left cell)
  const corner = input.origin ? undefined : tryParseRange(input.address ?? "A1");
  const origin = input.origin ?? (corner ? { row: corner.top, col: corner.left } : { row: 0, col: 0 });
  const size = rows * cols;
  const grid: Grid = {
    rows,
    cols,
    row0: origin.row,
    col0: origin.col,
    kind: new Uint8Array(size),
    num: new Float64Array(size).fill(NaN),
    decimals: new Int8Array(size).fill(-1),
    textSlot: new Int32Array(size),
    texts: [],
    formulaSlot: new Int32Array(size),
    formulas: [],
    formatSlot: new Int32Array(size),
    formatList: [],
    formatUnit: [],
    sumRangeFirst: new Int32Array(0),
    sumRangeCount: new Int32Array(0),
    sumRangeData: new Float64Array(0),
    sumRangesStored: 0,
  };
  const formatSlots = new Map<string, number>();
  /** whether each distinct format (by slot - 1) has a digit placeholder */
  const formatHasDigits: boolean[] = [];
  // neighbouring cells nearly always share their format: remember the last one instead of a map look-up per cell
  let lastFormat: string | undefined;
  let lastSlot = 0;
  for (let r = 0; r < rows; r++) {
    const row = values[r] ?? [];
    const formulaRow = input.formulas?.[r];
    const formatRow = input.numberFormat?.[r];
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const fmt = formatRow?.[c];
      let slot = 0;
      if (typeof fmt === "string" && fmt !== "" && fmt !== "General") {
        if (fmt === lastFormat) slot = lastSlot;
        else {
          slot = formatSlots.get(fmt) ?? 0;
          if (slot === 0) {
            grid.formatList.push(fmt);
            formatHasDigits.push(/[0#]/.test(fmt));
            slot = grid.formatList.length;
            formatSlots.set(fmt, slot);
          }
          lastFormat = fmt;
          lastSlot = slot;
        }
        grid.formatSlot[i] = slot;
      }
      // a number format gives the cell's unit; the decimals of the value are only needed without one.
      // Empty cells and finite numbers, most of a sheet, are handled here without a call per cell
      const value = row[c];
      if (typeof value === "number" && Number.isFinite(value)) {
        grid.kind[i] = CellKind.Number;
        grid.num[i] = value;
        if (slot === 0 || !formatHasDigits[slot - 1]) grid.decimals[i] = decimalsOf(value);
      } else if (value !== "" && value !== null && value !== undefined) classify(grid, i, value, slot === 0 || !formatHasDigits[slot - 1]);
      const f = formulaRow?.[c];
      // 61 = "=": only formulas are kept, not the constants Office.js repeats in `formulas`
      if (typeof f === "string" && f.length > 0 && f.charCodeAt(0) === 61) {
        grid.formulas.push(f);
        grid.formulaSlot[i] = grid.formulas.length;
      }
    }
  }
  for (let k = 0; k < grid.formatList.length; k++) grid.formatUnit.push(unitFromFormat(grid.formatList[k]) ?? NaN);
  grid.sumRangeFirst = new Int32Array(grid.formulas.length);
  grid.sumRangeCount = new Int32Array(grid.formulas.length);
  grid.sumRangeData = new Float64Array(4 * Math.max(16, grid.formulas.length));
  return grid;
}

export function textAt(grid: Grid, i: number): string | undefined {
  const slot = grid.textSlot[i];
  return slot ? grid.texts[slot - 1] : undefined;
}

/** The formula of cell i; undefined outside the grid as well, so neighbours can be probed freely. */
export function formulaAt(grid: Grid, i: number): string | undefined {
  const slot = grid.formulaSlot[i];
  return slot ? grid.formulas[slot - 1] : undefined;
}

export function formatAt(grid: Grid, i: number): string | undefined {
  const slot = grid.formatSlot[i];
  return slot ? grid.formatList[slot - 1] : undefined;
}

function setText(grid: Grid, i: number, text: string): void {
  grid.texts.push(text);
  grid.textSlot[i] = grid.texts.length;
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
    setText(grid, i, value.toISOString().slice(0, 10));
    return;
  }
  const text = String(value).trim();
  if (text === "") return;
  setText(grid, i, text);
  // error values start with "#": skip the regex for every other text
  if (text.charCodeAt(0) === 35 && ERROR_VALUE.test(text)) {
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

/** Ranges of one formula as stored in the grid (see Grid.sumRangeData), 0 ≤ k < count. */
export class RangeList {
  constructor(
    private readonly data: Float64Array,
    private readonly first: number,
    readonly count: number,
  ) {}

  r1(k: number): number {
    return this.data[4 * (this.first + k)];
  }
  c1(k: number): number {
    return this.data[4 * (this.first + k) + 1];
  }
  r2(k: number): number {
    return this.data[4 * (this.first + k) + 2];
  }
  c2(k: number): number {
    return this.data[4 * (this.first + k) + 3];
  }
}

/** The ranges a summing formula in cell i adds up (see summedRanges), parsed once per formula. */
export function summedRangesAt(grid: Grid, i: number): RangeList | undefined {
  const first = firstSumRange(grid, i);
  if (first < 0) return undefined;
  return new RangeList(grid.sumRangeData, first, sumRangeCount(grid, i));
}

/**
 * summedRangesAt without the RangeList, for loops that visit a formula per row of a long sheet
 * and only test its ranges: the number of cell i's first range in the flat store (range k of
 * the cell is sumRangeData[4 × (first + k) …]), -1 when the cell holds no summing formula.
 */
export function firstSumRange(grid: Grid, i: number): number {
  const formula = grid.formulaSlot[i];
  if (formula === 0) return -1;
  let first = grid.sumRangeFirst[formula - 1];
  if (first === 0) {
    const count = readSummedRanges(grid.formulas[formula - 1], cornersRead);
    if (count < 0) {
      grid.sumRangeFirst[formula - 1] = -1;
      return -1;
    }
    first = storeRanges(grid, cornersRead, count) + 1;
    grid.sumRangeFirst[formula - 1] = first;
    grid.sumRangeCount[formula - 1] = count;
  }
  return first < 0 ? -1 : first - 1;
}

/** How many ranges cell i's summing formula adds up (after firstSumRange found it one). */
export function sumRangeCount(grid: Grid, i: number): number {
  return grid.sumRangeCount[grid.formulaSlot[i] - 1];
}

/** the corners readSummedRanges read last: one list, reused for every formula (see readSummedRanges) */
const cornersRead: number[] = [];

/** Appends `count` ranges (four corners each, as readSummedRanges writes them) to the flat store; returns the index of the first. */
function storeRanges(grid: Grid, corners: readonly number[], count: number): number {
  const at = grid.sumRangesStored;
  const needed = 4 * (at + count);
  if (needed > grid.sumRangeData.length) {
    const grown = new Float64Array(Math.max(needed, 2 * grid.sumRangeData.length));
    grown.set(grid.sumRangeData);
    grid.sumRangeData = grown;
  }
  // a loop, not set(): set() walks a plain array as an iterable, an object per element
  const data = grid.sumRangeData;
  for (let k = 0; k < 4 * count; k++) data[4 * at + k] = corners[k];
  grid.sumRangesStored = at + count;
  return at;
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
  return formatCell(grid.row0 + r, grid.col0 + c);
}
