/**
 * The controleer command's view of an .xlsx file: one validation-engine SheetInput per worksheet,
 * read by the one .xlsx reader (src/xlsx/sheetGrid.ts, also used by the Vergelijken pane and the
 * vergelijk command). This file only adds reading from disk and the conversion.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { formatCell } from "../../src/engine/shared/a1";
import type { SheetInput } from "../../src/engine/validation";
import { readSheetGrids, type SheetGrid } from "../../src/xlsx/sheetGrid";

export interface SheetSnapshot {
  name: string;
  /** undefined when the sheet holds no value or formula */
  input?: SheetInput;
  /** exceljs lists at least one row (the corpus scorer's definition of a non-empty sheet) */
  hasRows: boolean;
}

/** A grid as the validation engine takes it; undefined for a sheet without values or formulas. */
export function sheetInput(grid: SheetGrid): SheetInput | undefined {
  if (grid.values.length === 0) return undefined;
  return {
    values: grid.values,
    formulas: grid.formulas,
    numberFormat: grid.numberFormat,
    origin: { row: grid.origin.row, col: grid.origin.col },
    address: formatCell(grid.origin.row, grid.origin.col),
  };
}

/** Every worksheet, in workbook order. Throws when the file cannot be read as .xlsx. */
export async function readWorkbookSheets(file: string): Promise<SheetSnapshot[]> {
  const grids = await readSheetGrids(ExcelJS, new Uint8Array(fs.readFileSync(file)));
  return grids.map((grid) => {
    const input = sheetInput(grid);
    return input ? { name: grid.name, input, hasRows: grid.hasRows } : { name: grid.name, hasRows: grid.hasRows };
  });
}
