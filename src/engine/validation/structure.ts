/**
 * Structure detection from the values themselves: blocks (tables), header rows, the label
 * column, numeric columns and what each one means (amount, total, BTW, Aandeel …), row roles
 * (data, total, saldo, section heading) and sections (Lasten/Baten).
 */
import { CellKind, formatAt, isNumeric, textAt, type Grid } from "./grid";
import {
  AVERAGE_WORDS,
  BALANCE_WORDS,
  EXCL_WORDS,
  INCL_WORDS,
  POPULATION_WORDS,
  RATIO_WORDS,
  SECTION_COST_WORDS,
  SECTION_INCOME_WORDS,
  SHARE_WORDS,
  TOTAL_WORDS,
  VARIANCE_WORDS,
  VAT_WORDS,
} from "./keywords";
import { parsePeriod, type Period } from "./periods";
import { excelSerialToDayNumber, fromDayNumber } from "../shared/dates";
import { KeywordLists, hasKeyword, normalise, wordsHaveKeyword, wordsOfKey } from "./text";
import { columnUnitFromDecimals, unitFromFormat } from "./tolerance";

export type ColumnRole = "amount" | "total" | "excl" | "incl" | "vat" | "share" | "population" | "variance" | "average" | "period";
export type RowRole = "data" | "total" | "balance" | "section" | "heading" | "average" | "variance" | "ratio";
export type SectionKind = "lasten" | "baten" | "none";

export interface Column {
  index: number;
  header: string;
  role: ColumnRole;
  /** unit from the decimals the column's values carry */
  unit: number;
  percentFormat: boolean;
  /** BTW rate named in the header (0.21, 0.09) */
  vatRate?: number;
  /** for variance columns: the two columns it is the difference of */
  varianceOf?: [number, number];
  period?: Period;
  /** role found from the values, not the header */
  byValue?: boolean;
}

export interface Row {
  index: number;
  label: string;
  /** the label normalised (see normalise): compared for duplicates, split for keywords */
  key: string;
  role: RowRole;
  section: number;
  /** true when the row holds at least one number (or "-") in a numeric column */
  hasNumbers: boolean;
  /** the role came from the label (Totaal, Saldo, Gemiddeld …), not from the figures */
  labelled?: boolean;
}

export interface Section {
  kind: SectionKind;
  label: string;
  /** row of its heading (-1 for the part before any heading) */
  headingRow: number;
}

export interface Block {
  top: number;
  bottom: number;
  headerRows: number[];
  /** -1 when the block has no label column */
  labelCol: number;
  columns: Column[];
  rows: Row[];
  sections: Section[];
  /** the header row holding month/period headers, when any */
  periodRow?: number;
}

export interface Structure {
  blocks: Block[];
  /** texts of title rows (rows without numbers above the first block) */
  titles: string[];
}

export function detectStructure(grid: Grid): Structure {
  const { rows, cols, kind } = grid;
  const titles: string[] = [];
  const blocks: Block[] = [];
  let r = 0;
  while (r < rows) {
    if (isEmptyRow(grid, r)) {
      r++;
      continue;
    }
    let end = r;
    while (end + 1 < rows && !isEmptyRow(grid, end + 1)) end++;
    let hasNumber = false;
    for (let rr = r; rr <= end && !hasNumber; rr++) {
      for (let c = 0; c < cols; c++) {
        const k = kind[rr * cols + c];
        if (k === CellKind.Number || k === CellKind.NumericText || k === CellKind.Error) {
          hasNumber = true;
          break;
        }
      }
    }
    if (!hasNumber) {
      // only lines above the first table are titles; text below is notes and sources
      if (blocks.length === 0) for (let rr = r; rr <= end; rr++) titles.push(rowText(grid, rr));
    } else {
      const previous = blocks[blocks.length - 1];
      // a band that starts with figures continues the table above a blank spacer row
      if (previous && rowHasNumbers(grid, r) && previous.bottom >= r - 3) {
        previous.bottom = end;
      } else {
        blocks.push({ top: r, bottom: end, headerRows: [], labelCol: -1, columns: [], rows: [], sections: [] });
      }
    }
    r = end + 1;
  }
  for (const block of blocks) analyseBlock(grid, block);
  return { blocks, titles };
}

function isEmptyRow(grid: Grid, r: number): boolean {
  const base = r * grid.cols;
  for (let c = 0; c < grid.cols; c++) if (grid.kind[base + c] !== CellKind.Empty) return false;
  return true;
}

function rowHasNumbers(grid: Grid, r: number): boolean {
  const base = r * grid.cols;
  for (let c = 0; c < grid.cols; c++) {
    const k = grid.kind[base + c];
    if (k === CellKind.Number || k === CellKind.NumericText) return true;
  }
  return false;
}

function rowText(grid: Grid, r: number): string {
  const parts: string[] = [];
  for (let c = 0; c < grid.cols; c++) {
    const t = textAt(grid, r * grid.cols + c);
    if (t) parts.push(t);
  }
  return parts.join(" ");
}

function isYearLike(grid: Grid, i: number): boolean {
  const v = grid.num[i];
  return (Number.isInteger(v) && v >= 1990 && v <= 2100) || isDateCell(grid, i);
}

/** A number shown as a date (format with d/m/y and no digit placeholders): month headers are often real dates. */
function isDateCell(grid: Grid, i: number): boolean {
  const fmt = formatAt(grid, i);
  if (!fmt || grid.kind[i] !== CellKind.Number) return false;
  const bare = fmt.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return /[dmy]/i.test(bare) && !/[0#]/.test(bare);
}

/** The month a date-formatted header cell stands for. */
function periodOfDateCell(grid: Grid, i: number): Period | undefined {
  if (!isDateCell(grid, i)) return undefined;
  const day = fromDayNumber(excelSerialToDayNumber(grid.num[i]));
  return { ok: true, year: day.year, month: day.month };
}

/** A header row: no figures, text beyond its first used cell; or a row of year numbers. */
function isHeaderRow(grid: Grid, r: number, seenHeader: boolean): boolean {
  const base = r * grid.cols;
  let firstUsed = -1;
  let firstIsText = false;
  let textBeyondFirst = false;
  let numbers = 0;
  let years = 0;
  for (let c = 0; c < grid.cols; c++) {
    const k = grid.kind[base + c];
    if (k === CellKind.Empty) continue;
    if (firstUsed < 0) {
      firstUsed = c;
      firstIsText = k === CellKind.Text;
    }
    if (k === CellKind.Number || k === CellKind.NumericText || k === CellKind.Dash) {
      numbers++;
      if (isYearLike(grid, base + c)) years++;
    } else if (c !== firstUsed) textBeyondFirst = true;
  }
  // year numbers (2023) in a header line: "Begroting | 2023 | 2024" or under a text header
  if (numbers > 0) return numbers === years && (years >= 2 || textBeyondFirst || (!seenHeader && firstIsText));
  return textBeyondFirst || !seenHeader;
}

function analyseBlock(grid: Grid, block: Block): void {
  const { cols } = grid;
  let r = block.top;
  let seenHeader = false;
  while (r < block.bottom && isHeaderRow(grid, r, seenHeader)) {
    block.headerRows.push(r);
    seenHeader = true;
    r++;
  }
  // a block that is only a header plus one line keeps that line as data
  const dataTop = r;
  const { num, txt, maxDec, percent } = columnFigures(grid, dataTop, block.bottom);
  let firstNumeric = -1;
  for (let c = 0; c < cols; c++) {
    if (num[c] > 0 && txt[c] * 2 <= num[c]) {
      firstNumeric = c;
      break;
    }
  }
  // the label column: of the text columns before the figures, the one with the most distinct texts (rightmost on a tie)
  let bestDistinct = 0;
  let candidates = 0;
  for (let c = 0; c < firstNumeric; c++) if (txt[c] > 0) candidates++;
  for (let c = 0; c < firstNumeric; c++) {
    if (txt[c] === 0) continue;
    // a single text column is the label column whatever its count: skip a set of every label
    if (candidates === 1) {
      block.labelCol = c;
      break;
    }
    const distinct = new Set<string>();
    for (let rr = dataTop; rr <= block.bottom; rr++) {
      const t = textAt(grid, rr * cols + c);
      if (t !== undefined && grid.kind[rr * cols + c] === CellKind.Text) distinct.add(t);
    }
    if (distinct.size >= bestDistinct) {
      bestDistinct = distinct.size;
      block.labelCol = c;
    }
  }
  if (firstNumeric < 0) return;
  for (let c = Math.max(firstNumeric, block.labelCol + 1); c < cols; c++) {
    if (num[c] === 0 || txt[c] * 2 > num[c]) continue;
    const header = block.headerRows.map((hr) => textAt(grid, hr * cols + c) ?? (isYearLike(grid, hr * cols + c) ? String(grid.num[hr * cols + c]) : "")).filter((t) => t).join(" ");
    block.columns.push({
      index: c,
      header,
      role: roleFromHeader(header),
      unit: columnUnitFromDecimals(maxDec[c]),
      percentFormat: percent[c] === 1,
      vatRate: vatRateFromHeader(header),
    });
  }
  detectPeriods(grid, block);
  classifyRows(grid, block, dataTop);
}

/** Per column of the rows top … bottom: figures, texts, the most decimals a figure shows, whether any is a percentage. */
interface ColumnFigures {
  num: Int32Array;
  txt: Int32Array;
  maxDec: Int8Array;
  percent: Uint8Array;
}

/** One pass over every cell of a block's data rows (its own function: the rest of analyseBlock runs once per block). */
function columnFigures(grid: Grid, top: number, bottom: number): ColumnFigures {
  const { cols, kind } = grid;
  const num = new Int32Array(cols);
  const txt = new Int32Array(cols);
  const maxDec = new Int8Array(cols);
  const percent = new Uint8Array(cols);
  // per format slot (0 = none): the decimals it prints (-1 none: the value's own count) and whether it scales by 100
  const slots = grid.formatList.length + 1;
  const formatDecimals = new Int8Array(slots).fill(-1);
  const formatPercent = new Uint8Array(slots);
  for (let k = 0; k < grid.formatList.length; k++) {
    const info = formatInfo(grid.formatList[k]);
    formatDecimals[k + 1] = info.decimals;
    formatPercent[k + 1] = info.percent ? 1 : 0;
  }
  for (let rr = top; rr <= bottom; rr++) {
    const base = rr * cols;
    for (let c = 0; c < cols; c++) {
      const i = base + c;
      const k = kind[i];
      if (k === CellKind.Number || k === CellKind.NumericText || k === CellKind.Dash) {
        num[c]++;
        const slot = grid.formatSlot[i];
        const decimals = formatDecimals[slot] >= 0 ? formatDecimals[slot] : grid.decimals[i];
        if (decimals > maxDec[c]) maxDec[c] = decimals;
        if (formatPercent[slot] === 1 || (k === CellKind.NumericText && textAt(grid, i)!.includes("%"))) percent[c] = 1;
      } else if (k === CellKind.Text) txt[c]++;
    }
  }
  return { num, txt, maxDec, percent };
}

/** Decimals a number format prints (-1 when it prints no digits) and whether it scales by 100. */
interface FormatInfo {
  decimals: number;
  percent: boolean;
}

function formatInfo(format: string): FormatInfo {
  const unit = unitFromFormat(format);
  return {
    decimals: unit === undefined ? -1 : Math.max(0, Math.round(-Math.log10(unit))),
    // '0"%"' prints percentage points with a literal sign: only an unquoted % scales by 100
    percent: format.replace(/"[^"]*"/g, "").includes("%"),
  };
}

export function roleFromHeader(header: string): ColumnRole {
  if (header === "") return "amount";
  const hasVat = hasKeyword(header, VAT_WORDS);
  if (hasVat && hasKeyword(header, INCL_WORDS)) return "incl";
  if (hasVat && hasKeyword(header, EXCL_WORDS)) return "excl";
  if (hasKeyword(header, TOTAL_WORDS, true)) return "total";
  if (hasVat) return "vat";
  if (hasKeyword(header, POPULATION_WORDS)) return "population";
  if (hasKeyword(header, VARIANCE_WORDS)) return "variance";
  if (hasKeyword(header, AVERAGE_WORDS)) return "average";
  if (hasKeyword(header, SHARE_WORDS) || header.includes("%")) return "share";
  return "amount";
}

function vatRateFromHeader(header: string): number | undefined {
  const m = /(\d{1,2})\s*%/.exec(header);
  if (!m || !hasKeyword(header, VAT_WORDS)) return undefined;
  return Number(m[1]) / 100;
}

function detectPeriods(grid: Grid, block: Block): void {
  for (const hr of block.headerRows) {
    const parsed = block.columns.map((col) => {
      const i = hr * grid.cols + col.index;
      const t = textAt(grid, i);
      return t ? parsePeriod(t) : periodOfDateCell(grid, i);
    });
    const count = parsed.filter((p) => p !== undefined).length;
    if (count >= 3) {
      block.periodRow = hr;
      block.columns.forEach((col, k) => {
        const p = parsed[k];
        if (p && col.role === "amount") {
          col.role = "period";
          col.period = p;
        }
      });
      return;
    }
  }
}

/** The keyword lists that give a row with figures its role, as bits of KeywordLists.keywordHits. */
const BALANCE = 1;
const TOTAL = 2;
const AVERAGE = 4;
const RATIO = 8;
const VARIANCE = 16;
const ROW_ROLE_LISTS = new KeywordLists([
  { keywords: BALANCE_WORDS },
  { keywords: TOTAL_WORDS, allowCompound: true },
  { keywords: AVERAGE_WORDS },
  // "per" and "%" ("Kosten per jeugdige", "% van de begroting") are in the list
  { keywords: RATIO_WORDS },
  { keywords: VARIANCE_WORDS },
]);

function classifyRows(grid: Grid, block: Block, dataTop: number): void {
  const sections: Section[] = [{ kind: "none", label: "", headingRow: -1 }];
  for (let r = dataTop; r <= block.bottom; r++) {
    const label = block.labelCol >= 0 ? (textAt(grid, r * grid.cols + block.labelCol) ?? "") : "";
    let hasNumbers = false;
    for (let n = 0; n < block.columns.length; n++) {
      const k = grid.kind[r * grid.cols + block.columns[n].index];
      if (isNumeric(k) || k === CellKind.Error) {
        hasNumbers = true;
        break;
      }
    }
    // normalised once per row: every keyword list below reads the same words
    const key = normalise(label);
    let role: RowRole;
    if (!hasNumbers) {
      const kindOfSection = sectionKind(wordsOfKey(key));
      if (kindOfSection !== "none") {
        sections.push({ kind: kindOfSection, label, headingRow: r });
        role = "section";
      } else role = "heading";
    } else {
      // the first list in this order that a word of the label matches gives the role
      const hits = ROW_ROLE_LISTS.keywordHits(key);
      if (hits & BALANCE) role = "balance";
      else if (hits & TOTAL) role = "total";
      else if (hits & AVERAGE) role = "average";
      else if (hits & RATIO) role = "ratio";
      else if (hits & VARIANCE) role = "variance";
      else role = "data";
    }
    block.rows.push({ index: r, label, key, role, section: sections.length - 1, hasNumbers, labelled: role !== "data" });
  }
  block.sections = sections;
}

/** Only short Lasten/Baten-type headings start a section. */
function sectionKind(ws: readonly string[]): SectionKind {
  if (ws.length === 0 || ws.length > 3) return "none";
  if (wordsHaveKeyword(ws, SECTION_INCOME_WORDS)) return "baten";
  if (wordsHaveKeyword(ws, SECTION_COST_WORDS)) return "lasten";
  return "none";
}
