/**
 * The workbook of the browser preview: an in-memory `WorkbookPort` with sheets of cells
 * (value, formula, number format, fill, bold), tables, line charts, conditional fills,
 * settings, the active sheet and the selection. It keeps the same rules as the Excel
 * implementation (see WorkbookPort.ts): writeTable only to a new sheet, updateCells checks
 * `expected` and writes nothing on a conflict, highlights restore the original fills.
 *
 * Formulas are stored as given; their values are what the caller said they compute
 * (writeTable) or what the small evaluator in formula.ts computes (updateCells).
 */
import {
  PortConflictError,
  PortError,
  SETTINGS_KEYS,
  type CellUpdate,
  type CellValue,
  type ConditionalFill,
  type Highlight,
  type SheetSnapshot,
  type SnapshotSource,
  type TableSpec,
  type WorkbookPort,
  type WrittenTable,
} from "../excel/WorkbookPort";
import { formatCell, formatRange, parseCell, parseRange, rangeContains, splitSheetAddress, type RangeRef } from "./a1";
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
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
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

interface StoredHighlight {
  sheetName: string;
  address: string;
  /** the fill before highlighting; null = no fill */
  original: string | null;
}

const EXCEL_SHEET_NAME_MAX = 31;
const EMPTY_SHEET_NAME = "Blad1";

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

  /** Every cell up to the used bounds, with conditional fills applied, for the sheet view. */
  display(sheetName: string): CellDisplay[][] {
    const sheet = this.sheet(sheetName);
    const bounds = usedBounds(sheet, true);
    if (!bounds) return [];
    const grid = readBlock(sheet, { top: 0, left: 0, bottom: bounds.bottom, right: bounds.right }, (c) => ({
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
    validateSpec(spec);
    const sheetName = this.uniqueSheetName(spec.sheetName);
    const tableName = this.uniqueTableName(spec.tableName ?? `SD_${sheetName}`);
    const cols = spec.columns.length;
    const cells: (MemoryCell | null)[][] = [];
    const top = spec.title ? 2 : 0;
    if (spec.title) cells[0] = [{ value: spec.title, bold: true }];

    cells[top] = spec.columns.map((c) => ({ value: c.header, bold: true }));
    spec.rows.forEach((row, r) => {
      cells[top + 1 + r] = row.map((value, c) => {
        const formula = spec.formulas?.[r]?.[c] ?? undefined;
        return withFormat({ value, ...(formula ? { formula } : {}) }, spec.columns[c].numberFormat);
      });
    });
    let bottom = top + spec.rows.length;
    if (spec.totalRow) {
      bottom += 1;
      cells[bottom] = spec.totalRow.values.map((value, c) => {
        const formula = spec.totalRow?.formulas?.[c] ?? undefined;
        return withFormat({ value, bold: true, ...(formula ? { formula } : {}) }, spec.columns[c].numberFormat);
      });
    }
    // one blank row between the table and its provenance block
    (spec.notes ?? []).forEach((line, i) => {
      cells[bottom + 2 + i] = line.map((value) => ({ value }));
    });

    const tableRange: RangeRef = { top, left: 0, bottom, right: cols - 1 };
    const tableAddress = formatRange(tableRange);
    const sheet: MemorySheet = {
      name: sheetName,
      cells: Array.from({ length: cells.length }, (_, r) => cells[r] ?? []),
      columnWidths: spec.columns.map((c) => c.width ?? null),
    };
    this.book.sheets.push(sheet);
    this.book.tables.push({ name: tableName, sheetName, address: tableAddress, showTotals: Boolean(spec.totalRow) });
    for (const rule of spec.conditionalFills ?? []) this.book.conditionalFills.push(toSheetRule(rule, sheetName, top + 1));
    if (spec.chart) {
      const [first, last] = spec.chart.columns;
      const categories = spec.columns.slice(first, last + 1).map((c) => c.header);
      this.book.charts.push({
        sheetName,
        title: spec.chart.title,
        categories,
        series: [
          ...spec.chart.seriesRows.map((r) => ({
            name: String(spec.rows[r][0]),
            values: spec.rows[r].slice(first, last + 1).map((v) => (typeof v === "number" ? v : 0)),
          })),
          ...(spec.chart.extraSeries ?? []).map((s) => ({ name: s.name, values: [...s.values] })),
        ],
      });
    }
    this.book.activeSheet = sheetName;
    this.book.selection = { sheetName, address: formatCell(top, 0) };
    this.changed();
    return {
      sheetName,
      tableName,
      tableAddress,
      headerAddress: formatRange({ top, left: 0, bottom: top, right: cols - 1 }),
    };
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
      const isFormula = typeof content === "string" && content.startsWith("=");
      const next: MemoryCell = { ...(previous ?? { value: "" }) };
      delete next.formula;
      if (isFormula) next.formula = content;
      else next.value = content;
      setCell(sheet, row, col, next);
    }
    // evaluated after all writes, so formulas may refer to cells changed in the same call
    for (const { row, col, content } of targets) {
      if (typeof content === "string" && content.startsWith("=")) {
        const value = evaluateFormula(content, (r, c) => sheet.cells[r]?.[c]?.value ?? "");
        (sheet.cells[row][col] as MemoryCell).value = value ?? "#NAME?";
      }
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
    const stored = this.storedHighlights();
    const list = stored[group] ?? [];
    const already = new Set(list.map((h) => `${h.sheetName.toLowerCase()}!${h.address}`));
    for (const { range, fill } of ranges) {
      for (let row = range.top; row <= range.bottom; row++) {
        for (let col = range.left; col <= range.right; col++) {
          const address = formatCell(row, col);
          const key = `${sheet.name.toLowerCase()}!${address}`;
          const cell = sheet.cells[row]?.[col] ?? null;
          // a cell highlighted twice in one group keeps its first (true) original fill
          if (!already.has(key)) {
            list.push({ sheetName: sheet.name, address, original: cell?.fill ?? null });
            already.add(key);
          }
          setCell(sheet, row, col, { ...(cell ?? { value: "" }), fill });
        }
      }
    }
    stored[group] = list;
    this.book.settings[SETTINGS_KEYS.highlights] = stored;
    this.changed();
  }

  async clearHighlights(group?: string): Promise<number> {
    const stored = this.storedHighlights();
    const groups = group === undefined ? Object.keys(stored) : group in stored ? [group] : [];
    let restored = 0;
    // restore newest first, so a cell in two groups ends with its true original
    for (const name of [...groups].reverse()) {
      for (const h of [...stored[name]].reverse()) {
        const sheet = this.book.sheets.find((s) => sameName(s.name, h.sheetName));
        if (!sheet) continue;
        const { row, col } = parseCell(h.address);
        const cell = sheet.cells[row]?.[col];
        if (!cell) continue;
        const next: MemoryCell = { ...cell };
        if (h.original === null) delete next.fill;
        else next.fill = h.original;
        setCell(sheet, row, col, next);
        restored++;
      }
      delete stored[name];
    }
    if (Object.keys(stored).length === 0) delete this.book.settings[SETTINGS_KEYS.highlights];
    else this.book.settings[SETTINGS_KEYS.highlights] = stored;
    if (groups.length > 0) this.changed();
    return restored;
  }

  async getSetting<T = unknown>(key: string): Promise<T | undefined> {
    const value = this.book.settings[key];
    return value === undefined ? undefined : clone(value as T);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    if (value === undefined) throw new PortError(`Instelling "${key}" heeft geen waarde; gebruik removeSetting om haar te wissen.`);
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
    return this.book.tables.find((t) => sameName(t.sheetName, sheetName) && rangeContains(parseRange(t.address), range));
  }

  private snapshot(sheet: MemorySheet, range: RangeRef): SheetSnapshot {
    const table = this.tableAt(sheet.name, range);
    return {
      sheetName: sheet.name,
      address: formatRange(range),
      topLeft: formatCell(range.top, range.left),
      values: readBlock(sheet, range, (c) => c?.value ?? ""),
      formulas: readBlock(sheet, range, (c) => c?.formula ?? c?.value ?? ""),
      numberFormat: readBlock(sheet, range, (c) => c?.numberFormat ?? "General"),
      ...(table ? { tableName: table.name } : {}),
    };
  }

  private storedHighlights(): Record<string, StoredHighlight[]> {
    const raw = this.book.settings[SETTINGS_KEYS.highlights];
    return raw && typeof raw === "object" ? clone(raw as Record<string, StoredHighlight[]>) : {};
  }

  private uniqueSheetName(preferred: string): string {
    const base = (preferred.replace(/[:\\/?*[\]]/g, "-").replace(/^'+|'+$/g, "").trim() || "Resultaat").slice(0, EXCEL_SHEET_NAME_MAX);
    const taken = (name: string) => this.book.sheets.some((s) => sameName(s.name, name));
    if (!taken(base)) return base;
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const candidate = base.slice(0, EXCEL_SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
      if (!taken(candidate)) return candidate;
    }
  }

  private uniqueTableName(preferred: string): string {
    let base = preferred.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9_.]/g, "_");
    if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
    base = base.slice(0, 250);
    const taken = (name: string) => this.book.tables.some((t) => sameName(t.name, name));
    if (!taken(base)) return base;
    for (let n = 2; ; n++) if (!taken(`${base}_${n}`)) return `${base}_${n}`;
  }
}

function withFormat(cell: MemoryCell, numberFormat: string | undefined): MemoryCell {
  return numberFormat ? { ...cell, numberFormat } : cell;
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

/** The smallest block holding every non-empty cell (with `formatted`, also cells that only carry formatting). */
function usedBounds(sheet: MemorySheet, formatted = false): RangeRef | undefined {
  let bounds: RangeRef | undefined;
  sheet.cells.forEach((line, row) => {
    line?.forEach((cell, col) => {
      if (isEmptyCell(cell) && !(formatted && cell && (cell.fill || cell.bold))) return;
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

/** Excel's "current region": grow the block while any cell bordering it (diagonals too) is filled. */
function currentRegion(sheet: MemorySheet, row: number, col: number): RangeRef {
  const r: RangeRef = { top: row, left: col, bottom: row, right: col };
  const filled = (y: number, x: number) => y >= 0 && x >= 0 && !isEmptyCell(sheet.cells[y]?.[x]);
  const rowHas = (y: number) => {
    for (let x = r.left - 1; x <= r.right + 1; x++) if (filled(y, x)) return true;
    return false;
  };
  const colHas = (x: number) => {
    for (let y = r.top - 1; y <= r.bottom + 1; y++) if (filled(y, x)) return true;
    return false;
  };
  for (let grew = true; grew; ) {
    grew = false;
    if (r.top > 0 && rowHas(r.top - 1)) (r.top--, (grew = true));
    if (rowHas(r.bottom + 1)) (r.bottom++, (grew = true));
    if (r.left > 0 && colHas(r.left - 1)) (r.left--, (grew = true));
    if (colHas(r.right + 1)) (r.right++, (grew = true));
  }
  return r;
}

function toSheetRule(rule: ConditionalFill, sheetName: string, firstBodyRow: number): MemoryConditionalFill {
  return {
    sheetName,
    address: formatRange({
      top: firstBodyRow + rule.rows[0],
      bottom: firstBodyRow + rule.rows[1],
      left: rule.columns[0],
      right: rule.columns[1],
    }),
    greaterThan: "value" in rule.greaterThan ? { value: rule.greaterThan.value } : { sheetColumn: rule.greaterThan.column },
    fill: rule.fill,
    ...(rule.fontColor ? { fontColor: rule.fontColor } : {}),
  };
}

/** Checks the whole spec before anything is written, so a bad spec leaves the workbook untouched. */
function validateSpec(spec: TableSpec): void {
  const cols = spec.columns.length;
  if (cols === 0) throw new PortError("De tabel heeft geen kolommen; er is niets geschreven.");
  spec.rows.forEach((row, r) => {
    if (row.length !== cols) {
      throw new PortError(`Rij ${r + 1} van de tabel heeft ${row.length} waarden, verwacht ${cols}; er is niets geschreven.`);
    }
    const formulas = spec.formulas?.[r];
    if (spec.formulas && (!formulas || formulas.length !== cols)) {
      throw new PortError(`Rij ${r + 1} van de formules heeft niet ${cols} kolommen; er is niets geschreven.`);
    }
  });
  if (spec.formulas && spec.formulas.length !== spec.rows.length) {
    throw new PortError("Het aantal formulerijen past niet bij het aantal tabelrijen; er is niets geschreven.");
  }
  if (spec.totalRow && spec.totalRow.values.length !== cols) {
    throw new PortError(`De Totaal-rij heeft ${spec.totalRow.values.length} waarden, verwacht ${cols}; er is niets geschreven.`);
  }
  for (const rule of spec.conditionalFills ?? []) {
    if (rule.rows[0] < 0 || rule.rows[1] >= spec.rows.length || rule.columns[0] < 0 || rule.columns[1] >= cols) {
      throw new PortError("Een voorwaardelijke opmaak valt buiten de tabel; er is niets geschreven.");
    }
  }
  if (spec.chart) {
    const [first, last] = spec.chart.columns;
    if (first < 0 || last >= cols || first > last || spec.chart.seriesRows.some((r) => r < 0 || r >= spec.rows.length)) {
      throw new PortError("De grafiek verwijst naar rijen of kolommen buiten de tabel; er is niets geschreven.");
    }
  }
}
