/**
 * The workbook of the browser preview: an in-memory `WorkbookPort` with sheets of cells
 * (value, formula, number format, fill, bold), tables, line and stacked column charts, conditional fills,
 * settings, the active sheet and the selection. It keeps the same rules as the Excel
 * implementation (see WorkbookPort.ts): writeTable only to a new sheet, updateCells checks
 * `expected` and writes nothing on a conflict, highlights restore the original fills.
 *
 * Written values are taken the way Excel takes them (excelInput.ts): text starting with "=" in a
 * cell not formatted as text becomes a formula, as it would in Excel. Formulas are stored as
 * given; their values are what the caller said they compute (the spec's formulas in writeTable)
 * or what the small evaluator in formula.ts computes (anything else).
 */
import {
  PortConflictError,
  PortError,
  SETTINGS_KEYS,
  type CellUpdate,
  type CellValue,
  type Highlight,
  type SheetSnapshot,
  type SnapshotSource,
  type TableSpec,
  type WorkbookPort,
  type WrittenTable,
} from "../excel/WorkbookPort";
import { parseHighlightStore, planClear } from "../excel/highlightStore";
import { uniqueSheetName, uniqueTableName } from "../excel/names";
import { isFormulaContent, layoutTable, textNeedsTextFormat, type CellBlock } from "../excel/tableLayout";
import { FORMATS } from "../excel/formats";
import { cellFromWrite } from "./excelInput";
import { containsRange, formatCell, formatRange, parseRange, splitSheetAddress, tryParseRange, type RangeRef } from "../engine/shared/a1";
import { evaluateFormula } from "./formula";

export interface MemoryCell {
  value: CellValue;
  /** en-US formula starting with "=" */
  formula?: string;
  numberFormat?: string;
  /** "#RRGGBB" */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface MemorySheet {
  name: string;
  /** row-major, ragged; null/undefined = empty cell */
  cells: (MemoryCell | null)[][];
  /** column widths in points (index = column); omitted = default */
  columnWidths?: (number | null)[];
}

export interface MemoryTable {
  name: string;
  sheetName: string;
  /** whole table incl. header and total row, e.g. "A3:I9" */
  address: string;
  showTotals: boolean;
}

export interface MemoryChart {
  sheetName: string;
  /** absent: a line chart; "columnStacked": stacked columns (the bridge chart) */
  type?: "columnStacked";
  title: string;
  categories: string[];
  series: MemoryChartSeries[];
  /** false: Excel shows no legend */
  legend?: false;
  /** top-left and bottom-right cells the chart is placed over (as in Excel); the saved picture goes there */
  position?: [string, string];
}

export interface MemoryChartSeries {
  name: string;
  values: number[];
  /** "#RRGGBB"; null: not drawn (the base a bridge's bars stand on) */
  fill?: string | null;
  /** number format of the bar labels; absent: no labels */
  labelFormat?: string;
}

/** A conditional fill as stored: absolute sheet cells, compared per cell. */
export interface MemoryConditionalFill {
  sheetName: string;
  address: string;
  /** cell > value, or cell > the cell in this (absolute, 0-based) sheet column of the same row */
  greaterThan: { value: number } | { sheetColumn: number };
  fill: string;
  fontColor?: string;
}

export interface MemoryWorkbook {
  sheets: MemorySheet[];
  tables: MemoryTable[];
  charts: MemoryChart[];
  conditionalFills: MemoryConditionalFill[];
  settings: Record<string, unknown>;
  activeSheet: string;
  selection: { sheetName: string; address: string };
}

/** How the sheet view shows one cell: stored formatting plus conditional fills applied. */
export interface CellDisplay {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

const EMPTY_SHEET_NAME = "Blad1";
const GENERAL = "General";

export function emptyWorkbook(): MemoryWorkbook {
  return {
    sheets: [{ name: EMPTY_SHEET_NAME, cells: [] }],
    tables: [],
    charts: [],
    conditionalFills: [],
    settings: {},
    activeSheet: EMPTY_SHEET_NAME,
    selection: { sheetName: EMPTY_SHEET_NAME, address: "A1" },
  };
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function isEmptyCell(cell: MemoryCell | null | undefined): boolean {
  return !cell || (cell.value === "" && !cell.formula);
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("nl") === b.toLocaleLowerCase("nl");
}

/** JSON with object keys sorted, so equal workbooks give equal strings. */
function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

export class MemoryWorkbookPort implements WorkbookPort {
  private book: MemoryWorkbook;
  private readonly listeners = new Set<() => void>();
  private revision = 0;

  constructor(workbook?: MemoryWorkbook) {
    this.book = clone(workbook ?? emptyWorkbook());
    if (this.book.sheets.length === 0) throw new PortError("Een werkmap heeft minstens één werkblad nodig.");
  }

  // ---- preview-only API (sheet view, tests, load/save) ----

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Replaces the whole workbook (demo reset, opened .xlsx). */
  load(workbook: MemoryWorkbook): void {
    if (workbook.sheets.length === 0) throw new PortError("Een werkmap heeft minstens één werkblad nodig.");
    this.book = clone(workbook);
    this.changed();
  }

  /**
   * Replaces the whole workbook with one the caller hands over and no longer touches (a file
   * just parsed): no copy, which for a large file would pause the page.
   */
  adopt(workbook: MemoryWorkbook): void {
    if (workbook.sheets.length === 0) throw new PortError("Een werkmap heeft minstens één werkblad nodig.");
    this.book = workbook;
    this.changed();
  }

  /** A deep copy of the whole workbook. */
  toWorkbook(): MemoryWorkbook {
    return clone(this.book);
  }

  /** Deterministic JSON of the whole workbook, for "nothing changed" checks. */
  serialize(): string {
    return stableStringify(this.book);
  }

  /** Grows with every change (not part of the workbook); lets views re-render cheaply. */
  get version(): number {
    return this.revision;
  }

  get activeSheet(): string {
    return this.book.activeSheet;
  }

  get selection(): { sheetName: string; address: string } {
    return { ...this.book.selection };
  }

  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  /** Selects a cell or range (and activates its sheet) synchronously, as a click in the sheet view does. */
  setSelection(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const range = this.range(address);
    this.book.activeSheet = sheet.name;
    this.book.selection = { sheetName: sheet.name, address: formatRange(range) };
    this.changed();
  }

  /** Activates a sheet, keeping its top-left cell selected. */
  activate(sheetName: string): void {
    const sheet = this.sheet(sheetName);
    if (this.book.activeSheet === sheet.name) return;
    this.book.activeSheet = sheet.name;
    this.book.selection = { sheetName: sheet.name, address: "A1" };
    this.changed();
  }

  /** The values of the used block starting at A1 (rows × columns up to the last used cell). */
  values(sheetName: string): CellValue[][] {
    const sheet = this.sheet(sheetName);
    const bounds = usedBounds(sheet);
    if (!bounds) return [];
    return readBlock(sheet, { top: 0, left: 0, bottom: bounds.bottom, right: bounds.right }, (c) => c?.value ?? "");
  }

  /**
   * The cells of the first `maxRows` rows (up to the last used row and column), with conditional
   * fills applied, for the sheet view. Limited so a 100.000-row result sheet stays quick to show.
   */
  display(sheetName: string, maxRows = Number.POSITIVE_INFINITY): CellDisplay[][] {
    const sheet = this.sheet(sheetName);
    const rows = Math.min(this.rowCount(sheetName), maxRows);
    if (rows === 0) return [];
    let cols = 0;
    for (let row = 0; row < rows; row++) cols = Math.max(cols, sheet.cells[row]?.length ?? 0);
    const grid = readBlock(sheet, { top: 0, left: 0, bottom: rows - 1, right: Math.max(cols - 1, 0) }, (c) => ({
      ...(c ?? { value: "" as CellValue }),
    }));
    for (const rule of this.book.conditionalFills) {
      if (!sameName(rule.sheetName, sheet.name)) continue;
      const r = parseRange(rule.address);
      for (let row = r.top; row <= Math.min(r.bottom, grid.length - 1); row++) {
        for (let col = r.left; col <= Math.min(r.right, grid[row].length - 1); col++) {
          const value = grid[row][col].value;
          const limit = "value" in rule.greaterThan ? rule.greaterThan.value : grid[row][rule.greaterThan.sheetColumn]?.value;
          if (typeof value === "number" && typeof limit === "number" && value > limit) {
            grid[row][col] = { ...grid[row][col], fill: rule.fill, fontColor: rule.fontColor ?? grid[row][col].fontColor };
          }
        }
      }
    }
    return grid;
  }

  /** Number of rows up to the last one holding a value or formatting (scans from the bottom). */
  rowCount(sheetName: string): number {
    const cells = this.sheet(sheetName).cells;
    for (let row = cells.length - 1; row >= 0; row--) {
      if (cells[row]?.some((c) => !isEmptyCell(c) || Boolean(c?.fill || c?.bold))) return row + 1;
    }
    return 0;
  }

  /** The formula in one cell ("=…"), or undefined when it holds a constant or nothing. */
  formulaAt(sheetName: string, address: string): string | undefined {
    const { row, col } = this.cell(address);
    return this.sheet(sheetName).cells[row]?.[col]?.formula;
  }

  columnWidths(sheetName: string): (number | null)[] {
    return [...(this.sheet(sheetName).columnWidths ?? [])];
  }

  charts(sheetName: string): MemoryChart[] {
    return clone(this.book.charts.filter((c) => sameName(c.sheetName, sheetName)));
  }

  // ---- WorkbookPort ----

  async listSheets(): Promise<{ names: string[]; active: string }> {
    return { names: this.sheetNames(), active: this.book.activeSheet };
  }

  async listTables(): Promise<{ name: string; sheetName: string; address: string }[]> {
    return this.book.tables.map((t) => ({ name: t.name, sheetName: t.sheetName, address: t.address }));
  }

  async readSnapshot(source: SnapshotSource): Promise<SheetSnapshot> {
    switch (source.kind) {
      case "selection": {
        const { sheetName, address } = this.book.selection;
        const sheet = this.sheet(sheetName);
        let range = this.range(address);
        if (source.expand && range.top === range.bottom && range.left === range.right) {
          const table = this.tableAt(sheet.name, range);
          range = table ? parseRange(table.address) : currentRegion(sheet, range.top, range.left);
        }
        return this.snapshot(sheet, range);
      }
      case "usedRange": {
        const sheet = this.sheet(source.sheetName ?? this.book.activeSheet);
        const bounds = usedBounds(sheet);
        return this.snapshot(sheet, bounds ?? { top: 0, left: 0, bottom: 0, right: 0 });
      }
      case "range": {
        const split = splitSheetAddress(source.address);
        return this.snapshot(this.sheet(split.sheetName ?? source.sheetName), this.range(split.address));
      }
      case "table": {
        const table = this.book.tables.find((t) => sameName(t.name, source.tableName));
        if (!table) throw new PortError(`Tabel "${source.tableName}" bestaat niet in deze werkmap.`);
        return this.snapshot(this.sheet(table.sheetName), parseRange(table.address));
      }
    }
  }

  async readAllSheets(): Promise<SheetSnapshot[]> {
    const out: SheetSnapshot[] = [];
    for (const sheet of this.book.sheets) {
      const bounds = usedBounds(sheet);
      if (bounds) out.push(this.snapshot(sheet, bounds));
    }
    return out;
  }

  async writeTable(spec: TableSpec): Promise<WrittenTable> {
    // the same layout and names as the Excel adapter, so both give the same sheet; each block is
    // written the way Excel takes it (formats, then values as typed input, then formula runs)
    const layout = layoutTable(spec);
    const sheetName = uniqueSheetName(spec.sheetName, this.sheetNames());
    const tableName = uniqueTableName(spec.tableName ?? `SD_${sheetName}`, this.book.tables.map((t) => t.name));
    const sheet: MemorySheet = { name: sheetName, cells: [], columnWidths: spec.columns.map((c) => c.width ?? null) };
    const typedFormulas: { row: number; col: number }[] = [];
    const write = (block: CellBlock | undefined, style: (row: number) => Partial<MemoryCell> = () => ({})) => {
      if (!block) return;
      block.values.forEach((line, r) =>
        line.forEach((value, c) => {
          const row = block.range.top + r;
          const col = block.range.left + c;
          const format = block.formats[r][c];
          const extra = style(row);
          if (value === "" && format === GENERAL && Object.keys(extra).length === 0) return;
          const written = cellFromWrite(value, format);
          if (written.formula) typedFormulas.push({ row, col });
          setCell(sheet, row, col, { ...written, ...(format !== GENERAL ? { numberFormat: format } : {}), ...extra });
        }),
      );
      // the spec's own formulas; their value is what the spec says they compute
      for (const run of block.formulas) {
        run.formulas.forEach(([formula], i) => {
          const row = run.range.top + i;
          const value = block.values[row - block.range.top][run.range.left - block.range.left];
          setCell(sheet, row, run.range.left, { ...(sheet.cells[row]?.[run.range.left] ?? {}), value, formula });
        });
      }
    };
    const { header } = layout;
    write(layout.title, () => ({ bold: true }));
    write(layout.headerBodyCells, (row) => (row === header.top ? { bold: true } : {}));
    write(layout.total, () => ({ bold: true }));
    write(layout.notes);
    write(layout.chartData);
    // text that Excel would have turned into a formula gets that formula's value, as in Excel
    for (const { row, col } of typedFormulas) {
      const cell = sheet.cells[row][col] as MemoryCell;
      cell.value = evaluateFormula(cell.formula as string, (r, c) => sheet.cells[r]?.[c]?.value ?? "") ?? "#NAME?";
    }

    this.book.sheets.push(sheet);
    this.book.tables.push({ name: tableName, sheetName, address: formatRange(layout.table), showTotals: Boolean(spec.totalRow) });
    (spec.conditionalFills ?? []).forEach((rule, i) => {
      this.book.conditionalFills.push({
        sheetName,
        address: formatRange(layout.conditionalFills[i].range),
        greaterThan: "value" in rule.greaterThan ? { value: rule.greaterThan.value } : { sheetColumn: rule.greaterThan.column },
        fill: rule.fill,
        ...(rule.fontColor ? { fontColor: rule.fontColor } : {}),
      });
    });
    if (layout.chart) {
      const numbers = (range: RangeRef) => readBlock(sheet, range, (c) => (typeof c?.value === "number" ? c.value : 0))[0];
      const chart = layout.chart;
      this.book.charts.push({
        sheetName,
        ...(chart.type === "ColumnStacked" ? { type: "columnStacked" as const } : {}),
        title: chart.title,
        categories: readBlock(sheet, chart.categories, (c) => String(c?.value ?? ""))[0],
        series: chart.series.map((s) => ({
          name: s.name,
          values: numbers(s.values),
          ...(s.fill !== undefined ? { fill: s.fill } : {}),
          ...(s.labelFormat !== undefined ? { labelFormat: s.labelFormat } : {}),
        })),
        ...(chart.legend ? {} : { legend: false as const }),
        position: [...chart.position],
      });
    }
    this.book.activeSheet = sheetName;
    this.book.selection = { sheetName, address: formatCell(header.top, 0) };
    this.changed();
    return { sheetName, tableName, tableAddress: formatRange(layout.table), headerAddress: formatRange(header) };
  }

  async updateCells(sheetName: string, updates: CellUpdate[]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const targets = updates.map((u) => {
      const { row, col } = this.cell(u.address);
      const current = sheet.cells[row]?.[col];
      const seen: CellValue = current?.formula ?? current?.value ?? "";
      if (seen !== u.expected) {
        throw new PortConflictError(
          u.address,
          `Cel ${sheet.name}!${u.address} is gewijzigd sinds de controle (nu: ${String(seen) || "leeg"}). ` +
            "Er is niets aangepast; controleer opnieuw.",
        );
      }
      return { row, col, content: u.content };
    });
    for (const { row, col, content } of targets) {
      const previous = sheet.cells[row]?.[col] ?? null;
      const next: MemoryCell = { ...(previous ?? { value: "" }) };
      delete next.formula;
      if (isFormulaContent(content)) {
        next.formula = content;
      } else {
        // text is written as text, as the Excel adapter does: the cell gets the text format first
        if (typeof content === "string" && textNeedsTextFormat(content)) next.numberFormat = FORMATS.text;
        Object.assign(next, cellFromWrite(content, next.numberFormat));
      }
      setCell(sheet, row, col, next);
    }
    // evaluated after all writes, so formulas may refer to cells changed in the same call
    for (const { row, col } of targets) {
      const cell = sheet.cells[row][col] as MemoryCell;
      if (cell.formula) cell.value = evaluateFormula(cell.formula, (r, c) => sheet.cells[r]?.[c]?.value ?? "") ?? "#NAME?";
    }
    if (targets.length > 0) this.changed();
  }

  async select(sheetName: string, address: string): Promise<void> {
    const split = splitSheetAddress(address);
    this.setSelection(split.sheetName ?? sheetName, split.address);
  }

  async addHighlights(sheetName: string, highlights: Highlight[], group: string): Promise<void> {
    const sheet = this.sheet(sheetName);
    const ranges = highlights.map((h) => ({ range: this.range(h.address), fill: h.fill }));
    if (ranges.length === 0) return;
    // the record has the Excel adapter's format (src/excel/highlightStore.ts)
    const store = parseHighlightStore(this.book.settings[SETTINGS_KEYS.highlights]);
    const records = store[group] ?? [];
    const known = new Set(records.map((r) => `${r.sheet}!${r.address}`));
    for (const { range, fill } of ranges) {
      const address = formatRange(range);
      // a range highlighted twice in one group keeps the fills it had before the first time
      if (!known.has(`${sheet.name}!${address}`)) {
        records.push({ sheet: sheet.name, address, fills: readBlock(sheet, range, (c) => c?.fill ?? null) });
        known.add(`${sheet.name}!${address}`);
      }
      for (let row = range.top; row <= range.bottom; row++) {
        for (let col = range.left; col <= range.right; col++) {
          setCell(sheet, row, col, { ...(sheet.cells[row]?.[col] ?? { value: "" }), fill });
        }
      }
    }
    store[group] = records;
    this.book.settings[SETTINGS_KEYS.highlights] = store;
    this.changed();
  }

  /** Restores the fills and returns how many highlighted ranges were put back. */
  async clearHighlights(group?: string): Promise<number> {
    // the same plan as the Excel adapter: newest first, a group that stays keeps its colour
    const { cleared, restores, remaining } = planClear(parseHighlightStore(this.book.settings[SETTINGS_KEYS.highlights]), group);
    let restored = 0;
    for (const { record, stayingHighlight } of restores) {
      const sheet = this.book.sheets.find((s) => sameName(s.name, record.sheet));
      const range = tryParseRange(record.address);
      // a sheet deleted since has nothing left to restore
      if (!sheet || !range) continue;
      for (let row = range.top; row <= range.bottom; row++) {
        for (let col = range.left; col <= range.right; col++) {
          const next: MemoryCell = { ...(sheet.cells[row]?.[col] ?? { value: "" }) };
          const fill = stayingHighlight ?? record.fills[row - range.top]?.[col - range.left] ?? null;
          if (fill === null) delete next.fill;
          else next.fill = fill;
          setCell(sheet, row, col, next);
        }
      }
      restored++;
    }
    if (Object.keys(remaining).length === 0) delete this.book.settings[SETTINGS_KEYS.highlights];
    else this.book.settings[SETTINGS_KEYS.highlights] = remaining;
    if (cleared.length > 0) this.changed();
    return restored;
  }

  async getSetting<T = unknown>(key: string): Promise<T | undefined> {
    const value = this.book.settings[key];
    return value === undefined ? undefined : clone(value as T);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    if (value === undefined) return this.removeSetting(key);
    this.book.settings[key] = clone(value);
    this.changed();
  }

  async removeSetting(key: string): Promise<void> {
    if (!(key in this.book.settings)) return;
    delete this.book.settings[key];
    this.changed();
  }

  // ---- internals ----

  private changed(): void {
    this.revision++;
    for (const listener of [...this.listeners]) listener();
  }

  private sheet(name: string): MemorySheet {
    const sheet = this.book.sheets.find((s) => sameName(s.name, name));
    if (!sheet) throw new PortError(`Werkblad "${name}" bestaat niet in deze werkmap.`);
    return sheet;
  }

  private range(address: string): RangeRef {
    try {
      return parseRange(address);
    } catch (error) {
      throw new PortError((error as Error).message);
    }
  }

  private cell(address: string): { row: number; col: number } {
    const range = this.range(address);
    if (range.top !== range.bottom || range.left !== range.right) {
      throw new PortError(`"${address}" is een bereik; geef één cel op, bijvoorbeeld D7.`);
    }
    return { row: range.top, col: range.left };
  }

  private tableAt(sheetName: string, range: RangeRef): MemoryTable | undefined {
    return this.book.tables.find((t) => sameName(t.sheetName, sheetName) && containsRange(parseRange(t.address), range));
  }

  private snapshot(sheet: MemorySheet, range: RangeRef): SheetSnapshot {
    const table = this.tableAt(sheet.name, range);
    return {
      sheetName: sheet.name,
      address: formatRange(range),
      topLeft: formatCell(range.top, range.left),
      origin: { row: range.top, col: range.left },
      values: readBlock(sheet, range, (c) => c?.value ?? ""),
      formulas: readBlock(sheet, range, (c) => c?.formula ?? c?.value ?? ""),
      numberFormat: readBlock(sheet, range, (c) => c?.numberFormat ?? "General"),
      ...(table ? { tableName: table.name } : {}),
    };
  }
}

function setCell(sheet: MemorySheet, row: number, col: number, cell: MemoryCell): void {
  while (sheet.cells.length <= row) sheet.cells.push([]);
  const line = sheet.cells[row] ?? (sheet.cells[row] = []);
  while (line.length < col) line.push(null);
  line[col] = cell;
}

function readBlock<T>(sheet: MemorySheet, range: RangeRef, pick: (cell: MemoryCell | null | undefined) => T): T[][] {
  const out: T[][] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const line = sheet.cells[row];
    const values: T[] = [];
    for (let col = range.left; col <= range.right; col++) values.push(pick(line?.[col]));
    out.push(values);
  }
  return out;
}

/** The smallest block holding every non-empty cell, as Excel's used range of values. */
function usedBounds(sheet: MemorySheet): RangeRef | undefined {
  let bounds: RangeRef | undefined;
  sheet.cells.forEach((line, row) => {
    line?.forEach((cell, col) => {
      if (isEmptyCell(cell)) return;
      if (!bounds) bounds = { top: row, left: col, bottom: row, right: col };
      else {
        bounds.top = Math.min(bounds.top, row);
        bounds.left = Math.min(bounds.left, col);
        bounds.bottom = Math.max(bounds.bottom, row);
        bounds.right = Math.max(bounds.right, col);
      }
    });
  });
  return bounds;
}

type Side = "top" | "bottom" | "left" | "right";

/**
 * Excel's "current region": grow the block while any cell bordering it (diagonals too) is filled.
 * Each side remembers the stretch of the line just outside it that is already known to be empty,
 * so a cell is inspected at most once per position of that line. Rescanning whole sides after
 * every step made a one-cell selection in a 100.000-row block quadratic.
 */
function currentRegion(sheet: MemorySheet, row: number, col: number): RangeRef {
  const r: RangeRef = { top: row, left: col, bottom: row, right: col };
  const filled = (y: number, x: number) => y >= 0 && x >= 0 && !isEmptyCell(sheet.cells[y]?.[x]);
  const knownEmpty = new Map<Side, { from: number; to: number }>();

  const hasFilledNeighbour = (side: Side): boolean => {
    if ((side === "top" && r.top === 0) || (side === "left" && r.left === 0)) return false;
    const horizontal = side === "top" || side === "bottom";
    const line = side === "top" ? r.top - 1 : side === "bottom" ? r.bottom + 1 : side === "left" ? r.left - 1 : r.right + 1;
    const from = horizontal ? r.left - 1 : r.top - 1;
    const to = horizontal ? r.right + 1 : r.bottom + 1;
    const known = knownEmpty.get(side);
    for (let i = from; i <= to; i++) {
      if (known && i >= known.from && i <= known.to) {
        i = known.to;
        continue;
      }
      if (horizontal ? filled(line, i) : filled(i, line)) return true;
    }
    knownEmpty.set(side, { from, to });
    return false;
  };

  const grow = (side: Side): void => {
    if (side === "top") r.top -= 1;
    else if (side === "bottom") r.bottom += 1;
    else if (side === "left") r.left -= 1;
    else r.right += 1;
    knownEmpty.delete(side);
  };

  // Done once all four sides in a row have an empty line outside them.
  const sides: Side[] = ["top", "bottom", "left", "right"];
  for (let i = 0, settled = 0; settled < sides.length; i = (i + 1) % sides.length) {
    const side = sides[i];
    if (hasFilledNeighbour(side)) {
      grow(side);
      settled = 0;
    } else {
      settled += 1;
    }
  }
  return r;
}

