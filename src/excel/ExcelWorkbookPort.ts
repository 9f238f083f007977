/**
 * WorkbookPort on Office.js: the only place the add-in talks to Excel.
 *
 * Every operation is one round: queue the loads → sync → compute in JavaScript → queue whole-range
 * writes → sync. Never a sync inside a loop, so an operation costs the same number of round trips
 * (at most 3) on 10 rows as on 10,000 (proved with office-addin-mock in test/excel/).
 *
 * Sheet and table lookups use `getItem` and turn Excel's "ItemNotFound" into a Dutch PortError:
 * that saves the extra round trip an existence check would cost, and a failed batch writes nothing.
 */
import {
  PortConflictError,
  SETTINGS_KEYS,
  type CellUpdate,
  type CellValue,
  type Highlight,
  type PortError,
  type SheetSnapshot,
  type SnapshotSource,
  type TableSpec,
  type WorkbookPort,
  type WrittenTable,
} from "./WorkbookPort";
import { containsRange, formatCell, formatRange, stripSheet, tryParseRange } from "../engine/shared/a1";
import { uniqueSheetName, uniqueTableName } from "./names";
import { isFormulaContent, layoutTable, textNeedsTextFormat } from "./tableLayout";
import { FORMATS } from "./formats";
import { indexOtherGroups, normaliseFill, parseHighlightStore, planClear, recordKey } from "./highlightStore";
import { restoreFills, writeLayout } from "./excelWrites";
import { decodeSettingValue } from "./settingValue";
import {
  checkCellAddress,
  checkRangeAddress,
  emptyRange,
  emptySheet,
  excelMissing,
  generalFailures,
  noSelection,
  sheetMissing,
  tableMissing,
} from "./portMessages";

/** Runs one batch against a workbook; `Excel.run` inside Excel, the mock's `run` in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const SNAPSHOT_PROPS = "address, values, formulas, numberFormat";

const runInExcel: ExcelRunner = (batch) => {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") {
    return Promise.reject(excelMissing());
  }
  return Excel.run(batch);
};

export class ExcelWorkbookPort implements WorkbookPort {
  private readonly run: ExcelRunner;

  constructor(run: ExcelRunner = runInExcel) {
    this.run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
      run(batch).catch((error: unknown) => {
        const code = (error as { code?: unknown } | null)?.code;
        const failure = typeof code === "string" ? generalFailures[code] : undefined;
        throw failure ? failure() : error;
      });
  }

  listSheets(): Promise<{ names: string[]; active: string }> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return { names: sheets.items.map((s) => s.name), active: active.name };
    });
  }

  listTables(): Promise<{ name: string; sheetName: string; address: string }[]> {
    return this.run(async (context) => {
      const tables = context.workbook.tables.load("items/name, items/worksheet/name");
      await context.sync();
      const ranges = tables.items.map((t) => t.getRange().load("address"));
      await context.sync();
      return tables.items.map((t, i) => ({ name: t.name, sheetName: t.worksheet.name, address: stripSheet(ranges[i].address) }));
    });
  }

  readSnapshot(source: SnapshotSource): Promise<SheetSnapshot> {
    switch (source.kind) {
      case "selection":
        return this.readSelection(source.expand === true);
      case "usedRange":
        return this.readUsedRange(source.sheetName);
      case "range":
        return this.readRange(source.sheetName, source.address);
      case "table":
        return this.readTable(source.tableName);
    }
  }

  private readSelection(expand: boolean): Promise<SheetSnapshot> {
    return this.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address, cellCount");
      const sheet = selected.worksheet.load("name");
      const tables = selected.getTables(false).load("items/name");
      await syncOr(context, { InvalidSelection: noSelection, InvalidOperation: noSelection });

      const table = tables.items.length === 1 ? tables.items[0] : undefined;
      let target: Excel.Range;
      let tableName: string | undefined;
      let tableRange: Excel.Range | undefined;
      if (expand && selected.cellCount === 1 && table) {
        target = table.getRange();
        tableName = table.name;
      } else if (expand && selected.cellCount === 1) {
        target = selected.getSurroundingRegion();
      } else {
        // a selection of whole columns would otherwise read a million empty rows
        target = selected.getIntersectionOrNullObject(sheet.getUsedRange(true));
        tableRange = table?.getRange().load("address");
      }
      target.load("address, values, formulas, numberFormat");
      await context.sync();
      if (target.isNullObject) throw emptyRange(sheet.name, stripSheet(selected.address));
      if (table && tableRange && containsAddress(tableRange.address, target.address)) tableName = table.name;
      return snapshotOf(sheet.name, target, tableName);
    });
  }

  private readUsedRange(sheetName?: string): Promise<SheetSnapshot> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = (sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheetName)).load("name");
      const used = sheet.getUsedRangeOrNullObject(true).load(SNAPSHOT_PROPS);
      await syncOr(context, { ItemNotFound: () => sheetMissing(sheetName ?? "") });
      if (used.isNullObject) throw emptySheet(sheet.name);
      return snapshotOf(sheet.name, used);
    });
  }

  private async readRange(sheetName: string, address: string): Promise<SheetSnapshot> {
    checkRangeAddress(address);
    return this.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheetName).getRange(stripSheet(address)).load(SNAPSHOT_PROPS);
      await syncOr(context, { ItemNotFound: () => sheetMissing(sheetName) });
      return snapshotOf(sheetName, range);
    });
  }

  private readTable(tableName: string): Promise<SheetSnapshot> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItem(tableName);
      const sheet = table.worksheet.load("name");
      const range = table.getRange().load(SNAPSHOT_PROPS);
      await syncOr(context, { ItemNotFound: () => tableMissing(tableName) });
      return snapshotOf(sheet.name, range, tableName);
    });
  }

  readAllSheets(): Promise<SheetSnapshot[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load(SNAPSHOT_PROPS));
      await context.sync();
      return sheets.items.flatMap((s, i) => (used[i].isNullObject ? [] : [toSnapshot(s.name, used[i])]));
    });
  }

  async writeTable(spec: TableSpec): Promise<WrittenTable> {
    const layout = layoutTable(spec);
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      const sheetName = uniqueSheetName(spec.sheetName, sheets.items.map((s) => s.name));
      // same default as the preview's in-memory workbook, so both name their tables alike
      const tableName = uniqueTableName(spec.tableName ?? `SD_${sheetName}`, tables.items.map((t) => t.name));
      const sheet = sheets.add(sheetName);
      writeLayout(sheet, layout, spec, tableName);
      sheet.activate();
      await context.sync();
      return {
        sheetName,
        tableName,
        tableAddress: formatRange(layout.table),
        headerAddress: formatRange(layout.header),
      };
    });
  }

  async updateCells(sheetName: string, updates: CellUpdate[]): Promise<void> {
    updates.forEach((u) => checkCellAddress(u.address));
    if (updates.length === 0) return;
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const cells = updates.map((u) => sheet.getRange(stripSheet(u.address)).load("formulas"));
      await syncOr(context, { ItemNotFound: () => sheetMissing(sheetName) });
      updates.forEach((u, i) => {
        const now = cells[i].formulas[0][0] as CellValue;
        if (!sameContent(now, u.expected)) {
          throw new PortConflictError(
            u.address,
            `Cel ${u.address} op blad "${sheetName}" is gewijzigd sinds het lezen (verwacht ${show(u.expected)}, nu ${show(now)}). ` +
              "Er is niets geschreven; lees de gegevens opnieuw en probeer het nog eens.",
          );
        }
      });
      updates.forEach((u, i) => {
        if (isFormulaContent(u.content)) {
          cells[i].formulas = [[u.content]];
        } else {
          // text (a suggested name) is written as text, never as a formula (see tableLayout.ts)
          if (typeof u.content === "string" && textNeedsTextFormat(u.content)) cells[i].numberFormat = [[FORMATS.text]];
          cells[i].values = [[u.content]];
        }
      });
      await context.sync();
    });
  }

  async select(sheetName: string, address: string): Promise<void> {
    checkRangeAddress(address);
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(stripSheet(address)).select();
      await syncOr(context, { ItemNotFound: () => sheetMissing(sheetName) });
    });
  }

  async addHighlights(sheetName: string, highlights: Highlight[], group: string): Promise<void> {
    highlights.forEach((h) => checkRangeAddress(h.address));
    if (highlights.length === 0) return;
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const ranges = highlights.map((h) => sheet.getRange(stripSheet(h.address)));
      const originals = ranges.map((r) => r.getCellProperties({ format: { fill: { color: true } } }));
      const stored = context.workbook.settings.getItemOrNullObject(SETTINGS_KEYS.highlights).load("value");
      await syncOr(context, { ItemNotFound: () => sheetMissing(sheetName) });

      const store = parseHighlightStore(stored.isNullObject ? undefined : stored.value);
      const records = store[group] ?? [];
      const known = new Map(records.map((r) => [recordKey(r.sheet, r.address), r]));
      const others = indexOtherGroups(store, [group]);
      highlights.forEach((h, i) => {
        const address = formatRange(tryParseRange(h.address)!);
        const key = recordKey(sheetName, address);
        const mine = known.get(key);
        if (mine) {
          // highlighted again in the same group: keep the fill it had before the first time
          mine.highlight = h.fill;
        } else {
          // cells another group already highlighted: their original is in that group's record
          const other = others.get(key);
          const fills = other?.fills ?? originals[i].value.map((row) => row.map((c) => normaliseFill(c.format?.fill?.color)));
          const record = { sheet: sheetName, address, fills, highlight: h.fill };
          records.push(record);
          known.set(key, record);
        }
        ranges[i].format.fill.color = h.fill;
      });
      store[group] = records;
      context.workbook.settings.add(SETTINGS_KEYS.highlights, JSON.stringify(store));
      await context.sync();
    });
  }

  clearHighlights(group?: string): Promise<number> {
    return this.run(async (context) => {
      const stored = context.workbook.settings.getItemOrNullObject(SETTINGS_KEYS.highlights).load("value");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      if (stored.isNullObject) return 0;
      const { restores, remaining } = planClear(parseHighlightStore(stored.value), group);
      const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));
      let restored = 0;
      for (const { record, stayingHighlight } of restores) {
        // a sheet deleted since has nothing left to restore
        const sheetName = existing.get(record.sheet.toLowerCase());
        if (sheetName === undefined) continue;
        const range = sheets.getItem(sheetName).getRange(record.address);
        if (stayingHighlight) range.format.fill.color = stayingHighlight;
        else restoreFills(range, record);
        restored++;
      }
      if (Object.keys(remaining).length === 0) stored.delete();
      else context.workbook.settings.add(SETTINGS_KEYS.highlights, JSON.stringify(remaining));
      await context.sync();
      return restored;
    });
  }

  getSetting<T = unknown>(key: string): Promise<T | undefined> {
    return this.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(key).load("value");
      await context.sync();
      if (item.isNullObject) return undefined;
      return decodeSettingValue(item.value) as T;
    });
  }

  setSetting(key: string, value: unknown): Promise<void> {
    if (value === undefined) return this.removeSetting(key);
    return this.run(async (context) => {
      // stored as JSON text so every value comes back exactly as it went in
      context.workbook.settings.add(key, JSON.stringify(value));
      await context.sync();
    });
  }

  removeSetting(key: string): Promise<void> {
    return this.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(key).load("key");
      await context.sync();
      if (item.isNullObject) return;
      item.delete();
      await context.sync();
    });
  }
}

async function syncOr(context: Excel.RequestContext, failures: Record<string, () => PortError>): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const failure = typeof code === "string" ? failures[code] : undefined;
    throw failure ? failure() : error;
  }
}

function snapshotOf(sheetName: string, range: Excel.Range, tableName?: string): SheetSnapshot {
  const snapshot = toSnapshot(sheetName, range, tableName);
  if (snapshot.values.every((row) => row.every((v) => v === "" || v === null))) {
    throw emptyRange(sheetName, snapshot.address);
  }
  return snapshot;
}

function toSnapshot(sheetName: string, range: Excel.Range, tableName?: string): SheetSnapshot {
  const address = stripSheet(range.address);
  // Excel's own address: always a valid range; read once here, so no one downstream parses it again
  const block = tryParseRange(address) ?? { top: 0, left: 0 };
  const snapshot: SheetSnapshot = {
    sheetName,
    address,
    topLeft: formatCell(block.top, block.left),
    origin: { row: block.top, col: block.left },
    values: range.values as CellValue[][],
    formulas: range.formulas as CellValue[][],
    numberFormat: range.numberFormat as string[][],
  };
  if (tableName !== undefined) snapshot.tableName = tableName;
  return snapshot;
}

function containsAddress(outer: string, inner: string): boolean {
  const a = tryParseRange(outer);
  const b = tryParseRange(inner);
  return !!a && !!b && containsRange(a, b);
}

/** "numbers equal, text equal after trim": the check that a cell still holds what the user saw */
function sameContent(now: CellValue, expected: CellValue): boolean {
  if (typeof now === "string" && typeof expected === "string") return now.trim() === expected.trim();
  return now === expected;
}

function show(value: CellValue): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

