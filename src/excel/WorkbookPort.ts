/**
 * WorkbookPort: everything the add-in does to a workbook, as one small interface.
 *
 * Two implementations: `ExcelWorkbookPort` (Office.js, src/excel/ExcelWorkbookPort.ts) and the
 * in-memory workbook of the browser preview (src/preview/MemoryWorkbookPort.ts). Panes only
 * ever talk to this interface, so they run and are tested without Excel.
 *
 * Rules every implementation keeps:
 * - Each operation is one read–compute–write round: at most 3 `context.sync()` calls, whatever
 *   the size of the data (proved in test/excel/).
 * - `writeTable` only ever writes to a NEW sheet (unique name); nothing existing is touched.
 *   Text in a spec (labels, names, notes) is written as text, never as a formula: only the
 *   spec's `formulas` become formulas (see CellBlock in tableLayout.ts).
 * - `updateCells` changes only the listed cells, and only when each still holds the value the
 *   caller saw (`expected`); otherwise nothing is written and it throws `PortConflictError`.
 * - Highlights remember the original fill in the workbook settings and are removed by
 *   `clearHighlights`, which restores those fills exactly.
 */

import type { CellRef } from "../engine/shared/a1";

/** A cell value as Office.js returns it in `Range.values`. */
export type CellValue = string | number | boolean;

/** A rectangular block of a sheet, read in one go. */
export interface SheetSnapshot {
  /** name of the worksheet */
  sheetName: string;
  /** A1 address of the block without the sheet name, e.g. "B2:F9" (single cell: "B2") */
  address: string;
  /** top-left cell of the block, e.g. "B2" */
  topLeft: string;
  /** the same cell as numbers, set once by the port: 0-based row and column of values[0][0] */
  origin: CellRef;
  values: CellValue[][];
  /** formulas as Office.js returns them: "=SUM(B2:B6)" for formulas, the constant otherwise */
  formulas: CellValue[][];
  numberFormat: string[][];
  /** set when the block is (inside) an Excel table */
  tableName?: string;
}

/** What to read. */
export type SnapshotSource =
  /** the current selection; `expand` grows a single selected cell to its table or surrounding region */
  | { kind: "selection"; expand?: boolean }
  /** the used range of a sheet (default: the active sheet) */
  | { kind: "usedRange"; sheetName?: string }
  /** an explicit range */
  | { kind: "range"; sheetName: string; address: string }
  /** an Excel table by name */
  | { kind: "table"; tableName: string };

/** Horizontal alignment for a column of a written table. */
export type Alignment = "left" | "right" | "center";

/**
 * A cell of the notes beneath a table: text or a plain value (General format), or a number with
 * its own number format (€, %), so a figure in the provenance stays a number people can
 * calculate with.
 */
export type NoteCell = CellValue | { value: number; numberFormat: string };

export interface TableColumn {
  /** header text */
  header: string;
  /** Excel number format for the body cells, e.g. "€ #.##0" written as en-US "€ #,##0" (see formats.ts) */
  numberFormat?: string;
  alignment?: Alignment;
  /** column width in points (characters ≈ 7 pt); omitted = autofit */
  width?: number;
}

/** A conditional format on a block of the written table's body (0-based, body coordinates). */
export interface ConditionalFill {
  /** first and last body row (inclusive); with a total row, `rows.length` is the Totaal row */
  rows: [number, number];
  /** first and last column (inclusive) */
  columns: [number, number];
  /** cell value greater than this number, or than the value in the given body column of the same row */
  greaterThan: { value: number } | { column: number };
  /** fill colour, "#RRGGBB" */
  fill: string;
  fontColor?: string;
}

/** A native line chart built from the written table. */
export interface LineChartSpec {
  kind?: "line";
  title: string;
  /** body rows whose values are the series (each row is one series over `columns`) */
  seriesRows: number[];
  /** extra series given as values (e.g. contracted capacity), same length as `columns` */
  extraSeries?: { name: string; values: number[] }[];
  /** the columns that form the x axis (their headers are the categories) */
  columns: [number, number];
}

/** One bar of a bridge chart: a label ("Oud totaal", "Volume") and its amount. */
export interface BridgeBar {
  label: string;
  value: number;
}

/**
 * A bridge (waterfall) chart: the start total, the steps that change it and the end total, which
 * must equal start + the steps. Written as a stacked column chart with an invisible base series
 * (see bridgeChart.ts for why not Excel's own "Waterfall" type); its figures go in labelled cells
 * beneath the notes, because a chart series takes its values from cells only.
 */
export interface BridgeChartSpec {
  kind: "bridge";
  title: string;
  start: BridgeBar;
  steps: BridgeBar[];
  end: BridgeBar;
  /** number format of the amounts (cells and bar labels); default FORMATS.euro */
  numberFormat?: string;
  /** names of the helper rows and series; Dutch defaults (see bridgeChart.ts) */
  names?: Partial<BridgeNames>;
}

export interface BridgeNames {
  /** heading of the figures block */
  data: string;
  /** the row with the bars' own amounts */
  amount: string;
  /** the invisible series the visible bars stand on */
  base: string;
  total: string;
  increase: string;
  decrease: string;
}

export interface TableSpec {
  /** preferred sheet name; made unique (" (2)", " (3)" …) and cut to Excel's 31 characters */
  sheetName: string;
  /** optional title written in A1 above the table (bold); the table then starts at A3 */
  title?: string;
  columns: TableColumn[];
  /** body rows, values as they should be stored (numbers as numbers) */
  rows: CellValue[][];
  /**
   * optional formulas for body cells (same shape as rows; null = write the value). The value
   * in `rows` must be what the formula computes: the preview shows values, Excel recalculates.
   */
  formulas?: (string | null)[][];
  /** a Totaal row at the bottom of the table, bold; values and optional formulas as above */
  totalRow?: { values: CellValue[]; formulas?: (string | null)[] };
  /** lines written beneath the table (provenance): each inner array is one row of cells */
  notes?: NoteCell[][];
  /** Excel table name (unique; made unique by the implementation) */
  tableName?: string;
  conditionalFills?: ConditionalFill[];
  chart?: LineChartSpec | BridgeChartSpec;
}

export interface WrittenTable {
  sheetName: string;
  tableName: string;
  /** A1 address of the whole table incl. header and total row, e.g. "A3:I9" */
  tableAddress: string;
  /** A1 address of the header row */
  headerAddress: string;
}

/** One cell change for `updateCells`. */
export interface CellUpdate {
  /** A1 address of one cell, e.g. "D7" */
  address: string;
  /** what the cell must still hold (its formula if it had one, else its value); checked before writing */
  expected: CellValue;
  /** the new content: a value, or a formula starting with "=" (en-US) */
  content: CellValue;
}

export interface Highlight {
  /** A1 address of one cell or range */
  address: string;
  /** fill colour "#RRGGBB" */
  fill: string;
}

/** Thrown when a cell no longer holds what the user was shown; nothing was written. */
export class PortConflictError extends Error {
  readonly address: string;
  constructor(address: string, message: string) {
    super(message);
    this.name = "PortConflictError";
    this.address = address;
  }
}

/** Thrown when the workbook cannot do what was asked (sheet missing, nothing selected …). */
export class PortError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PortError";
  }
}

export interface WorkbookPort {
  /** names of all worksheets, in tab order, and which one is active */
  listSheets(): Promise<{ names: string[]; active: string }>;
  /** names of all Excel tables with their sheet */
  listTables(): Promise<{ name: string; sheetName: string; address: string }[]>;
  readSnapshot(source: SnapshotSource): Promise<SheetSnapshot>;
  /** the used range of every sheet (empty sheets left out) */
  readAllSheets(): Promise<SheetSnapshot[]>;
  /** writes a table to a new sheet, activates it and returns where it went */
  writeTable(spec: TableSpec): Promise<WrittenTable>;
  /** changes only the listed cells, after checking each still holds `expected` */
  updateCells(sheetName: string, updates: CellUpdate[]): Promise<void>;
  /** activates the sheet and selects the cell or range */
  select(sheetName: string, address: string): Promise<void>;
  /** fills cells, remembering the original fills under `group` so they can be restored */
  addHighlights(sheetName: string, highlights: Highlight[], group: string): Promise<void>;
  /** restores the original fills of every highlight in `group` (all groups when omitted) */
  clearHighlights(group?: string): Promise<number>;
  /** a JSON value stored in the workbook (colleagues opening the file see the same) */
  getSetting<T = unknown>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
  removeSetting(key: string): Promise<void>;
}

/** Settings keys used across the add-in, in one place so they never collide. */
export const SETTINGS_KEYS = {
  highlights: "sd.highlights",
  ignoredFindings: "sd.controleren.genegeerd",
  populationImports: "sd.verdelen.inwoners",
  indexOverrides: "sd.indexeren.reeks",
  language: "sd.taal",
} as const;
