/**
 * An Excel workbook on office-addin-mock, for driving ExcelWorkbookPort (and counting its
 * round trips) without Excel.
 *
 *   const mock = createExcelMock({ sheets: { Blad1: [["Gemeente", "Inwoners"], ["Venlo", 102000]] } });
 *   const port = new ExcelWorkbookPort(mock.run);
 *   await port.listSheets();   mock.syncCount() === 1
 *
 * How it stays faithful where it matters:
 * - The context is an `OfficeMockObject`, so a property read before `load` + `sync()` gives the
 *   mock's "Error, property was not loaded" text, never the value.
 * - Proxies created while a batch runs (ranges, sheets, tables, settings) are attached under the
 *   context, so the library's `sync()` reaches them and fills their loaded properties.
 * - Writes (property assignments and method calls) are queued in order and reach the workbook
 *   state only at `sync()`; a failing lookup (`getItem` of a missing sheet) fails that sync with
 *   Excel's error code ("ItemNotFound") and the rest of its batch is dropped.
 * - A batch that ends with queued writes it never synced fails the run, as those writes would
 *   be lost in Excel.
 * - A value or formula written to a cell is taken as Excel takes typed input (`typedInput`): in a
 *   cell formatted as text ("@") any text stays text; otherwise "=…" is a formula, "+…", "-…"
 *   and "@…" are formulas unless they read as a number, a number text becomes a number, and a
 *   leading apostrophe is the quote prefix. So a writer that forgets to protect user text
 *   shows up here as a formula.
 * The mock does not calculate formulas: a written formula is stored as formula with value "".
 */
import { OfficeMockObject } from "office-addin-mock";
import type { CellValue } from "../../src/excel/WorkbookPort";
import {
  containsRange,
  formatRange,
  intersectRanges,
  quoteSheetName,
  splitSheetAddress,
  tryParseRange,
  type RangeRef,
} from "../../src/engine/shared/a1";

export interface MockCell {
  value?: CellValue;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  fontColor?: string;
  fontSize?: number;
  alignment?: string;
}

export interface MockSheet {
  name: string;
  cells: Map<string, MockCell>;
  columnWidths: Map<number, number>;
  autofitted: string[];
}

export interface MockTable {
  name: string;
  sheet: string;
  /** header + body, without the total row */
  address: string;
  showTotals: boolean;
  style: string;
}

export interface MockSeries {
  name: string;
  values?: string;
  xAxis?: string;
  /** "#RRGGBB" from format.fill.setSolidColor; null after format.fill.clear() */
  fill?: string | null;
  hasDataLabels?: boolean;
  labelFormat?: string;
}

export interface MockChart {
  sheet: string;
  type: string;
  source: string;
  seriesBy: string;
  title: { text: string };
  series: MockSeries[];
  position?: [string, string | undefined];
  /** set when the add-in switched the legend on or off */
  legendVisible?: boolean;
}

export interface MockConditionalFormat {
  sheet: string;
  address: string;
  type: string;
  fill?: string;
  fontColor?: string;
  rule?: { formula1: string; operator: string };
}

export interface ExcelMockState {
  sheets: MockSheet[];
  active: string;
  selection: { sheet: string; address: string } | null;
  /** settings as stored; values are strings, numbers, booleans or arrays */
  settings: Map<string, unknown>;
  tables: MockTable[];
  charts: MockChart[];
  conditionalFormats: MockConditionalFormat[];
}

export interface ExcelMockOptions {
  /** values per sheet, from A1, in tab order */
  sheets?: Record<string, CellValue[][]>;
  /** extra cell content per sheet and A1 cell address: formulas, fills, formats */
  cells?: Record<string, Record<string, MockCell>>;
  tables?: { name: string; sheet: string; address: string; showTotals?: boolean }[];
  /** default: A1 of the active sheet; null: nothing usable selected (a chart, several areas) */
  selection?: { sheet: string; address: string } | null;
  active?: string;
  settings?: Record<string, string | number | boolean>;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelMock {
  /** the mock request context (an OfficeMockObject); spy on `context.sync` to count round trips */
  context: OfficeMockObject;
  /** drop-in for `Excel.run`: pass it to `new ExcelWorkbookPort(mock.run)` */
  run: <T>(batch: Batch<T>) => Promise<T>;
  /** number of `context.sync()` calls since the mock was made (or since `resetSyncCount`) */
  syncCount(): number;
  resetSyncCount(): void;
  state: ExcelMockState;
  sheet(name: string): MockSheet;
  values(sheet: string, address: string): CellValue[][];
  /** formula where there is one, else the value (as Office.js `Range.formulas`) */
  formulas(sheet: string, address: string): CellValue[][];
  numberFormats(sheet: string, address: string): string[][];
  /** fill per cell, null for no fill */
  fills(sheet: string, address: string): (string | null)[][];
  bold(sheet: string, address: string): boolean[][];
  setCells(sheet: string, cells: Record<string, MockCell>): void;
  /** makes the next context.sync() fail with this Office.js error code (e.g. a cell in edit mode) */
  failNextSync(code: string): void;
}

/** Internals of OfficeMockObject the mock relies on (private in its typings). */
interface MockInternals {
  addMock(name: string): void;
  populate(data: Record<string, unknown>): void;
  setValue(name: string, value: unknown): void;
  _properties: Map<string, unknown>;
}

type Op = { apply: () => void } | { fail: { code: string; message: string } };

const GENERAL = "General";
const key = (row: number, col: number) => `${row}:${col}`;

export function createExcelMock(options: ExcelMockOptions = {}): ExcelMock {
  const state: ExcelMockState = {
    sheets: [],
    active: "",
    selection: null,
    settings: new Map(Object.entries(options.settings ?? {})),
    tables: [],
    charts: [],
    conditionalFormats: [],
  };
  for (const [name, rows] of Object.entries(options.sheets ?? { Blad1: [] })) {
    const sheet = newSheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => value !== "" && sheet.cells.set(key(r, c), { value })));
    state.sheets.push(sheet);
  }
  state.active = options.active ?? state.sheets[0].name;
  state.selection = options.selection === undefined ? { sheet: state.active, address: "A1" } : options.selection;
  for (const t of options.tables ?? []) {
    state.tables.push({ name: t.name, sheet: t.sheet, address: t.address, showTotals: t.showTotals ?? false, style: "TableStyleMedium2" });
  }

  applySeedCells();

  let syncs = 0;
  let pending: Op[] = [];
  let serial = 0;
  const rangeOf = new WeakMap<object, { sheet: string; ref: RangeRef }>();

  // ---- state access -------------------------------------------------------------------------
  function newSheet(name: string): MockSheet {
    return { name, cells: new Map(), columnWidths: new Map(), autofitted: [] };
  }
  function findSheet(name: string): MockSheet | undefined {
    return state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  function sheetOrThrow(name: string): MockSheet {
    const sheet = findSheet(name);
    if (!sheet) throw mockError("ItemNotFound", `excelMock: blad "${name}" bestaat niet`);
    return sheet;
  }
  function cellAt(sheet: string, row: number, col: number): MockCell | undefined {
    return findSheet(sheet)?.cells.get(key(row, col));
  }
  function grid<T>(sheet: string, ref: RangeRef, pick: (cell: MockCell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = ref.top; r <= ref.bottom; r++) {
      const row: T[] = [];
      for (let c = ref.left; c <= ref.right; c++) row.push(pick(cellAt(sheet, r, c)));
      out.push(row);
    }
    return out;
  }
  const valueOf = (cell?: MockCell): CellValue => cell?.value ?? "";
  const formulaOf = (cell?: MockCell): CellValue => cell?.formula ?? cell?.value ?? "";
  const formatOf = (cell?: MockCell): string => cell?.numberFormat ?? GENERAL;
  const isFilled = (cell?: MockCell) => cell !== undefined && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== ""));

  function eachCell(sheet: string, ref: RangeRef, change: (cell: MockCell, r: number, c: number) => void): void {
    const target = sheetOrThrow(sheet);
    for (let r = ref.top; r <= ref.bottom; r++) {
      for (let c = ref.left; c <= ref.right; c++) {
        const k = key(r, c);
        const cell = target.cells.get(k) ?? {};
        change(cell, r - ref.top, c - ref.left);
        target.cells.set(k, cell);
      }
    }
  }
  function usedRange(sheet: string): RangeRef | undefined {
    let used: RangeRef | undefined;
    for (const [k, cell] of findSheet(sheet)?.cells ?? []) {
      if (!isFilled(cell)) continue;
      const [row, col] = k.split(":").map(Number);
      used = used
        ? { top: Math.min(used.top, row), left: Math.min(used.left, col), bottom: Math.max(used.bottom, row), right: Math.max(used.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return used;
  }
  /** Excel's current region: grow the box while a filled cell touches it (also diagonally). */
  function surroundingRegion(sheet: string, start: RangeRef): RangeRef {
    const filled = [...(findSheet(sheet)?.cells ?? [])].filter(([, c]) => isFilled(c)).map(([k]) => k.split(":").map(Number));
    const box = { ...start, bottom: start.top, right: start.left };
    for (let grown = true; grown; ) {
      grown = false;
      for (const [row, col] of filled) {
        const near = row >= box.top - 1 && row <= box.bottom + 1 && col >= box.left - 1 && col <= box.right + 1;
        const inside = row >= box.top && row <= box.bottom && col >= box.left && col <= box.right;
        if (near && !inside) {
          box.top = Math.min(box.top, row);
          box.bottom = Math.max(box.bottom, row);
          box.left = Math.min(box.left, col);
          box.right = Math.max(box.right, col);
          grown = true;
        }
      }
    }
    return box;
  }
  function tableRange(table: MockTable): RangeRef {
    const ref = parse(table.address);
    return table.showTotals ? { ...ref, bottom: ref.bottom + 1 } : ref;
  }

  // ---- the batch queue --------------------------------------------------------------------
  const queue = (apply: () => void) => pending.push({ apply });
  const queueFailure = (code: string, message: string) => pending.push({ fail: { code, message } });

  // ---- proxies ------------------------------------------------------------------------------
  const root = new OfficeMockObject({ workbook: {}, __live: {} });
  const rootInternals = root as unknown as MockInternals;

  function spawn(data: Record<string, unknown>): OfficeMockObject {
    const live = root.__live as unknown as MockInternals & Record<string, OfficeMockObject>;
    const id = `o${serial++}`;
    live.addMock(id);
    (live[id] as unknown as MockInternals).populate(data);
    return live[id] as OfficeMockObject;
  }

  /**
   * Makes a property of a spawned proxy writable the Office.js way: the mock library's own
   * assignments (made inside its `updatePropertyCall` during load and sync) pass through; any
   * other assignment is a write, queued to reach the workbook at the next sync — even when the
   * caller writes back the very array it loaded.
   */
  let libraryAssigning = false;
  function writable(owner: OfficeMockObject, name: string, onWrite: (value: unknown) => void): void {
    if (!Object.prototype.hasOwnProperty.call(owner, "updatePropertyCall")) {
      const update = (OfficeMockObject.prototype as unknown as { updatePropertyCall(name: string): void }).updatePropertyCall;
      (owner as unknown as { updatePropertyCall(property: string): void }).updatePropertyCall = function (this: OfficeMockObject, property: string) {
        libraryAssigning = true;
        try {
          update.call(this, property);
        } finally {
          libraryAssigning = false;
        }
      };
    }
    let current: unknown = owner[name];
    Object.defineProperty(owner, name, {
      configurable: true,
      enumerable: true,
      get: () => current,
      set: (value: unknown) => {
        current = value;
        if (!libraryAssigning) queue(() => onWrite(value));
      },
    });
  }

  /**
   * A child object made on first access and attached where the library's load and sync find it.
   * The library re-assigns loaded children after sync; that assignment is the same object.
   */
  function lazyChild(
    owner: OfficeMockObject,
    name: string,
    data: () => Record<string, unknown>,
    init?: (child: OfficeMockObject) => void,
  ): void {
    let child: OfficeMockObject | undefined;
    Object.defineProperty(owner, name, {
      configurable: true,
      enumerable: true,
      get: () => {
        if (!child) {
          const made = new OfficeMockObject(data());
          (made as unknown as { _isObject: boolean })._isObject = true;
          (owner as unknown as MockInternals)._properties.set(name, made);
          child = made;
          init?.(made);
        }
        return child;
      },
      set: () => undefined,
    });
  }

  function parse(address: string): RangeRef {
    const ref = tryParseRange(address);
    if (!ref) throw mockError("InvalidArgument", `excelMock: ongeldig adres "${address}"`);
    return ref;
  }

  function rangeProxy(sheet: string, ref: RangeRef): OfficeMockObject {
    const rows = ref.bottom - ref.top + 1;
    const cols = ref.right - ref.left + 1;
    const proxy = spawn({
      address: `${quoteSheetName(sheet)}!${formatRange(ref)}`,
      rowCount: rows,
      columnCount: cols,
      cellCount: rows * cols,
      values: grid(sheet, ref, valueOf),
      formulas: grid(sheet, ref, formulaOf),
      numberFormat: grid(sheet, ref, formatOf),
      getCellProperties: () => clientResult(() => grid(sheet, ref, (c) => ({ format: { fill: { color: c?.fill ?? "#FFFFFF" } } }))),
      setCellProperties: (props: { format?: { fill?: { color?: string } } }[][]) =>
        queue(() =>
          eachCell(sheet, ref, (cell, r, c) => {
            const color = props[r]?.[c]?.format?.fill?.color;
            if (color) cell.fill = color;
          }),
        ),
      select: () => queue(() => (state.selection = { sheet, address: formatRange(ref) })),
      getSurroundingRegion: () => rangeProxy(sheet, surroundingRegion(sheet, ref)),
      getTables: (fullyContained = false) =>
        collection(() =>
          state.tables
            .filter((t) => t.sheet === sheet)
            .filter((t) => (fullyContained ? containsRange(ref, tableRange(t)) : intersectRanges(ref, tableRange(t))))
            .map(tableProxy),
        ),
      getIntersectionOrNullObject: (other: OfficeMockObject | string) => {
        const otherRef = typeof other === "string" ? parse(other) : rangeOf.get(other)!.ref;
        const overlap = intersectRanges(ref, otherRef);
        return overlap ? rangeProxy(sheet, overlap) : nullObject({ address: "", values: [], formulas: [], numberFormat: [] });
      },
    });
    proxy.isNullObject = false;
    rangeOf.set(proxy, { sheet, ref });
    writable(proxy, "values", (v) => writeGrid(sheet, ref, v, "values"));
    writable(proxy, "formulas", (v) => writeGrid(sheet, ref, v, "formulas"));
    writable(proxy, "numberFormat", (v) => writeGrid(sheet, ref, v, "numberFormat"));
    // the rarely used parts are made on first use: 10,000 cell proxies stay cheap
    lazyChild(proxy, "worksheet", () => worksheetData(sheet));
    lazyChild(proxy, "conditionalFormats", () => ({ add: (type: string) => conditionalFormat(sheet, ref, type) }));
    lazyChild(
      proxy,
      "format",
      () => {
        const first = cellAt(sheet, ref.top, ref.left);
        return {
          fill: { color: first?.fill ?? "#FFFFFF", clear: () => queue(() => eachCell(sheet, ref, (c) => delete c.fill)) },
          font: { bold: first?.bold ?? false, color: first?.fontColor ?? "#000000", size: first?.fontSize ?? 11 },
          horizontalAlignment: first?.alignment ?? "General",
          columnWidth: 48,
          autofitColumns: () => queue(() => sheetOrThrow(sheet).autofitted.push(formatRange(ref))),
        };
      },
      (format) => {
        writable(format.fill as OfficeMockObject, "color", (v) => eachCell(sheet, ref, (c) => (c.fill = String(v))));
        writable(format.font as OfficeMockObject, "bold", (v) => eachCell(sheet, ref, (c) => (c.bold = Boolean(v))));
        writable(format.font as OfficeMockObject, "color", (v) => eachCell(sheet, ref, (c) => (c.fontColor = String(v))));
        writable(format.font as OfficeMockObject, "size", (v) => eachCell(sheet, ref, (c) => (c.fontSize = Number(v))));
        writable(format, "horizontalAlignment", (v) => eachCell(sheet, ref, (c) => (c.alignment = String(v))));
        writable(format, "columnWidth", (v) => {
          for (let c = ref.left; c <= ref.right; c++) sheetOrThrow(sheet).columnWidths.set(c, Number(v));
        });
      },
    );
    const load = proxy.load.bind(proxy);
    proxy.load = ((props: string | string[]) => {
      // touch navigation parts ("worksheet/name") so the lazy child exists before the library looks
      for (const path of Array.isArray(props) ? props : String(props).split(",")) {
        const head = path.trim().split("/")[0];
        if (path.includes("/")) void proxy[head];
      }
      return load(props);
    }) as OfficeMockObject["load"];
    return proxy;
  }

  function writeGrid(sheet: string, ref: RangeRef, data: unknown, what: "values" | "formulas" | "numberFormat"): void {
    const rows = ref.bottom - ref.top + 1;
    const cols = ref.right - ref.left + 1;
    if (!Array.isArray(data) || data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw mockError("InvalidArgument", `excelMock: ${what} past niet op ${formatRange(ref)} (${rows}×${cols})`);
    }
    const grid2 = data as unknown[][];
    eachCell(sheet, ref, (cell, r, c) => {
      const v = grid2[r][c];
      if (what === "numberFormat") {
        cell.numberFormat = String(v);
        return;
      }
      delete cell.formula;
      const typed = typedInput(v as CellValue, cell.numberFormat);
      if ("formula" in typed) {
        cell.formula = typed.formula;
        cell.value = "";
      } else {
        cell.value = typed.value;
      }
    });
  }

  function nullObject(data: Record<string, unknown>): OfficeMockObject {
    const proxy = spawn(data);
    proxy.isNullObject = true;
    return proxy;
  }

  function clientResult<T>(compute: () => T): { readonly value: T } {
    let ready = false;
    let value: T;
    queue(() => {
      value = compute();
      ready = true;
    });
    return {
      get value(): T {
        if (!ready) throw new Error("excelMock: ClientResult.value gelezen vóór context.sync()");
        return value;
      },
    };
  }

  /** A collection whose `load("items/…")` loads those properties on each item, as Office.js does. */
  function collection(items: () => OfficeMockObject[], extra: Record<string, unknown> = {}): OfficeMockObject {
    const coll: OfficeMockObject = spawn({ items: [], ...extra });
    coll.load = ((props?: string | string[]) => {
      const list = items();
      const paths = (Array.isArray(props) ? props : String(props ?? "items").split(","))
        .map((p) => p.trim())
        .filter((p) => p !== "")
        .map((p) => p.replace(/^items\/?/, ""))
        .filter((p) => p !== "");
      list.forEach((item) => (paths.length > 0 ? item.load(paths) : item.load("*")));
      (coll as unknown as MockInternals).setValue("items", list);
      OfficeMockObject.prototype.load.call(coll, "items");
      return coll;
    }) as OfficeMockObject["load"];
    return coll;
  }

  /** What a worksheet proxy offers; also the `worksheet` of every range. */
  function worksheetData(name: string): Record<string, unknown> {
    return {
      name,
      getRange: (address = "A1") => rangeProxy(name, parse(address)),
      getUsedRange: () => rangeProxy(name, usedRange(name) ?? { top: 0, left: 0, bottom: 0, right: 0 }),
      getUsedRangeOrNullObject: () => {
        const used = usedRange(name);
        return used ? rangeProxy(name, used) : nullObject({ address: "", values: [], formulas: [], numberFormat: [] });
      },
      activate: () => queue(() => (state.active = sheetOrThrow(name).name)),
    };
  }

  function worksheetProxy(name: string): OfficeMockObject {
    const proxy = spawn({
      ...worksheetData(name),
      tables: {
        add: (source: string | OfficeMockObject, hasHeaders: boolean) =>
          addTable(name, typeof source === "string" ? source : formatRange(rangeOf.get(source)!.ref), hasHeaders),
      },
      charts: { add: (type: string, source: OfficeMockObject, seriesBy: string) => addChart(name, type, source, seriesBy) },
    });
    proxy.isNullObject = false;
    return proxy;
  }

  function tableProxy(table: MockTable): OfficeMockObject {
    const proxy = spawn({
      name: table.name,
      showTotals: table.showTotals,
      worksheet: { name: table.sheet },
      getRange: () => rangeProxy(table.sheet, tableRange(table)),
      getHeaderRowRange: () => {
        const ref = parse(table.address);
        return rangeProxy(table.sheet, { ...ref, bottom: ref.top });
      },
      getTotalRowRange: () => {
        const ref = parse(table.address);
        return rangeProxy(table.sheet, { ...ref, top: ref.bottom + 1, bottom: ref.bottom + 1 });
      },
    });
    proxy.isNullObject = false;
    return proxy;
  }

  function addTable(sheet: string, address: string, hasHeaders: boolean) {
    const table: MockTable = { name: `Tabel${state.tables.length + 1}`, sheet, address: formatRange(parse(address)), showTotals: false, style: "TableStyleMedium2" };
    queue(() => {
      if (!hasHeaders) throw mockError("InvalidArgument", "excelMock: tabellen van de Rekenhulp hebben altijd een kopregel");
      if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(table.name) || state.tables.some((t) => t.name.toLowerCase() === table.name.toLowerCase())) {
        throw mockError("InvalidArgument", `excelMock: tabelnaam "${table.name}" is ongeldig of bestaat al`);
      }
      state.tables.push(table);
    });
    return {
      get name() {
        return table.name;
      },
      set name(v: string) {
        table.name = v;
      },
      get showTotals() {
        return table.showTotals;
      },
      set showTotals(v: boolean) {
        table.showTotals = v;
      },
      get style() {
        return table.style;
      },
      set style(v: string) {
        table.style = v;
      },
      getRange: () => rangeProxy(sheet, tableRange(table)),
      getTotalRowRange: () => {
        const ref = parse(table.address);
        return rangeProxy(sheet, { ...ref, top: ref.bottom + 1, bottom: ref.bottom + 1 });
      },
    };
  }

  function addressOf(range: OfficeMockObject): string {
    const r = rangeOf.get(range)!;
    return `${r.sheet}!${formatRange(r.ref)}`;
  }

  function addChart(sheet: string, type: string, source: OfficeMockObject, seriesBy: string) {
    const ref = rangeOf.get(source)!.ref;
    const chart: MockChart = { sheet, type, source: addressOf(source), seriesBy, title: { text: "" }, series: [] };
    if (seriesBy === "Rows") {
      for (let r = ref.top; r <= ref.bottom; r++) {
        chart.series.push({ name: `Reeks${r - ref.top + 1}`, values: `${sheet}!${formatRange({ ...ref, top: r, bottom: r })}` });
      }
    }
    queue(() => state.charts.push(chart));
    const seriesWriter = (s: MockSeries) => ({
      get name() {
        return s.name;
      },
      set name(v: string) {
        s.name = v;
      },
      setValues: (r: OfficeMockObject) => (s.values = addressOf(r)),
      setXAxisValues: (r: OfficeMockObject) => (s.xAxis = addressOf(r)),
      format: {
        fill: {
          clear: () => (s.fill = null),
          setSolidColor: (color: string) => (s.fill = color),
        },
      },
      get hasDataLabels() {
        return s.hasDataLabels ?? false;
      },
      set hasDataLabels(v: boolean) {
        s.hasDataLabels = v;
      },
      dataLabels: {
        set numberFormat(v: string) {
          s.labelFormat = v;
        },
      },
    });
    return {
      title: chart.title,
      series: {
        getItemAt: (i: number) => seriesWriter(chart.series[i]),
        add: (name: string) => {
          const s: MockSeries = { name };
          chart.series.push(s);
          return seriesWriter(s);
        },
      },
      setPosition: (start: string, end?: string) => (chart.position = [start, end]),
      legend: {
        set visible(v: boolean) {
          chart.legendVisible = v;
        },
      },
    };
  }

  function conditionalFormat(sheet: string, ref: RangeRef, type: string) {
    const cf: MockConditionalFormat = { sheet, address: formatRange(ref), type };
    queue(() => state.conditionalFormats.push(cf));
    return {
      cellValue: {
        format: {
          fill: {
            set color(v: string) {
              cf.fill = v;
            },
          },
          font: {
            set color(v: string) {
              cf.fontColor = v;
            },
          },
        },
        set rule(v: { formula1: string; operator: string }) {
          cf.rule = v;
        },
      },
    };
  }

  function settingProxy(name: string): OfficeMockObject {
    const exists = state.settings.has(name);
    const proxy = spawn({ key: name, value: exists ? state.settings.get(name) : "", delete: () => queue(() => state.settings.delete(name)) });
    proxy.isNullObject = !exists;
    return proxy;
  }

  // ---- the static object model ------------------------------------------------------------
  const workbook = root.workbook as unknown as MockInternals;
  workbook.populate({
    settings: {
      add: (name: string, value: unknown) => queue(() => state.settings.set(name, value)),
      getItemOrNullObject: (name: string) => settingProxy(name),
    },
    getSelectedRange: () => {
      const selection = state.selection;
      if (!selection) {
        queueFailure("InvalidSelection", "excelMock: er is geen bereik geselecteerd");
        return rangeProxy(state.active, { top: 0, left: 0, bottom: 0, right: 0 });
      }
      return rangeProxy(selection.sheet, parse(selection.address));
    },
  });

  function installCollections(): void {
    const model = root.workbook as OfficeMockObject;
    const sheets = collection(() => state.sheets.map((s) => worksheetProxy(s.name)), {
      getActiveWorksheet: () => worksheetProxy(state.active),
      getItem: (name: string) => {
        if (!findSheet(name)) queueFailure("ItemNotFound", `excelMock: blad "${name}" bestaat niet`);
        return worksheetProxy(findSheet(name)?.name ?? name);
      },
      add: (name: string) => {
        queue(() => {
          if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw mockError("InvalidArgument", `excelMock: bladnaam "${name}" is ongeldig`);
          if (findSheet(name)) throw mockError("ItemAlreadyExists", `excelMock: blad "${name}" bestaat al`);
          state.sheets.push(newSheet(name));
        });
        return worksheetProxy(name);
      },
    });
    const tables = collection(() => state.tables.map(tableProxy), {
      getItem: (name: string) => {
        const table = state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
        if (!table) {
          queueFailure("ItemNotFound", `excelMock: tabel "${name}" bestaat niet`);
          return tableProxy({ name, sheet: state.active, address: "A1", showTotals: false, style: "" });
        }
        return tableProxy(table);
      },
    });
    // plain fields, not library children: the collections are live proxies, re-made per batch so
    // nothing stays loaded from an earlier run
    model.worksheets = sheets;
    model.tables = tables;
  }

  function resetBatch(): void {
    pending = [];
    rootInternals._properties.delete("__live");
    delete root.__live;
    rootInternals.addMock("__live");
    installCollections();
  }

  const librarySync = root.sync.bind(root);
  let nextFailure: string | undefined;
  root.sync = async () => {
    syncs++;
    if (nextFailure) {
      const code = nextFailure;
      nextFailure = undefined;
      pending = [];
      throw mockError(code, `excelMock: ${code}`);
    }
    const ops = pending;
    pending = [];
    for (const op of ops) {
      if ("fail" in op) {
        await librarySync();
        throw mockError(op.fail.code, op.fail.message);
      }
      op.apply();
    }
    await librarySync();
  };

  async function run<T>(batch: Batch<T>): Promise<T> {
    resetBatch();
    try {
      const result = await batch(root as unknown as Excel.RequestContext);
      if (pending.length > 0) {
        throw new Error(`excelMock: de batch eindigde met ${pending.length} opdracht(en) zonder context.sync(); die zouden verloren gaan`);
      }
      return result;
    } finally {
      pending = [];
    }
  }

  const region = (sheet: string, address: string) => {
    const { sheetName, address: bare } = splitSheetAddress(address);
    return { sheet: sheetName ?? sheet, ref: parse(bare) };
  };

  return {
    context: root,
    run,
    syncCount: () => syncs,
    resetSyncCount: () => {
      syncs = 0;
    },
    state,
    sheet: (name) => sheetOrThrow(name),
    values: (sheet, address) => {
      const r = region(sheet, address);
      return grid(r.sheet, r.ref, valueOf);
    },
    formulas: (sheet, address) => {
      const r = region(sheet, address);
      return grid(r.sheet, r.ref, formulaOf);
    },
    numberFormats: (sheet, address) => {
      const r = region(sheet, address);
      return grid(r.sheet, r.ref, formatOf);
    },
    fills: (sheet, address) => {
      const r = region(sheet, address);
      return grid(r.sheet, r.ref, (c) => c?.fill ?? null);
    },
    bold: (sheet, address) => {
      const r = region(sheet, address);
      return grid(r.sheet, r.ref, (c) => c?.bold ?? false);
    },
    failNextSync: (code) => {
      nextFailure = code;
    },
    setCells: (sheet, cells) => {
      for (const [address, content] of Object.entries(cells)) {
        eachCell(sheet, parse(address), (cell) => Object.assign(cell, content));
      }
    },
  };

  function applySeedCells(): void {
    for (const [sheet, cells] of Object.entries(options.cells ?? {})) {
      for (const [address, content] of Object.entries(cells)) eachCell(sheet, parse(address), (cell) => Object.assign(cell, content));
    }
  }
}

/** The round trips one call costs (for tests and the benchmark's excel_syncs metrics). */
export async function countSyncs(mock: ExcelMock, act: () => Promise<unknown>): Promise<number> {
  const before = mock.syncCount();
  await act();
  return mock.syncCount() - before;
}

/** What Excel stores for a value written through Range.values or Range.formulas (as if typed). */
function typedInput(v: CellValue, numberFormat: string | undefined): { value: CellValue } | { formula: string } {
  if (typeof v !== "string" || v === "" || numberFormat === "@") return { value: v };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (v.startsWith("=")) return { formula: v };
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v.trim())) return { value: Number(v) };
  if (v.length > 1 && (v.startsWith("+") || v.startsWith("-"))) return { formula: `=${v}` };
  if (v.length > 1 && v.startsWith("@")) return { formula: `=${v.slice(1)}` };
  return { value: v };
}

/** An error shaped like OfficeExtension.Error: `code` is what callers branch on. */
function mockError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}
