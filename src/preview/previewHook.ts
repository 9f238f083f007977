/**
 * `window.__sdPreview`: the handle end-to-end tests use to drive and read the preview's
 * in-memory workbook (select a range as a user would, read a sheet's values, compare the whole
 * workbook before and after an action). Only installed by the preview page.
 */
import type { CellValue } from "../excel/WorkbookPort";
import type { MemoryWorkbookPort } from "./MemoryWorkbookPort";

export interface PreviewHook {
  port: MemoryWorkbookPort;
  select(sheet: string, address: string): void;
  cells(sheet: string): CellValue[][];
  /** the formula in one cell ("=…"), or null when it holds a constant or nothing */
  formula(sheet: string, address: string): string | null;
  serialize(): string;
}

declare global {
  interface Window {
    __sdPreview: PreviewHook;
  }
}

export function installPreviewHook(port: MemoryWorkbookPort): void {
  window.__sdPreview = {
    port,
    select: (sheet, address) => port.setSelection(sheet, address),
    cells: (sheet) => port.values(sheet),
    formula: (sheet, address) => port.formulaAt(sheet, address) ?? null,
    serialize: () => port.serialize(),
  };
}
