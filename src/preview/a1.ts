/**
 * A1 address maths for the preview: the shared pure helpers of src/engine/shared/a1.ts, plus parsers
 * that throw a Dutch message for an address the in-memory workbook cannot use (the Excel
 * adapter gets that message from Excel itself).
 */
import { tryParseCell, tryParseRange, type CellRef, type RangeRef } from "../engine/shared/a1";

export {
  columnLetters,
  columnIndex,
  containsRange,
  formatCell,
  formatRange,
  splitSheetAddress,
  rangeRows,
  rangeColumns,
  type CellRef,
  type RangeRef,
} from "../engine/shared/a1";

export function parseCell(address: string): CellRef {
  const cell = tryParseCell(address);
  if (!cell) throw new Error(`Ongeldig celadres "${address}"; verwacht bijvoorbeeld B2.`);
  return cell;
}

/** Parses "B2", "B2:D9" or "$B$2:$D$9" (with or without a sheet prefix); corners may be in any order. */
export function parseRange(address: string): RangeRef {
  const range = tryParseRange(address);
  if (!range) throw new Error(`Ongeldig bereik "${address}"; verwacht bijvoorbeeld B2:D9.`);
  return range;
}
