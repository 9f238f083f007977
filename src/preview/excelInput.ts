/**
 * What Excel makes of a value written through `Range.values`: the same as if the user typed it.
 * The in-memory workbook applies this to every write, so the preview (and its tests) see what
 * Excel would store — in particular that text starting with "=" becomes a live formula unless
 * the cell is formatted as text ("@"). The parts that matter for the add-in's writes:
 * - a Text-formatted cell ("@") keeps any text exactly as written;
 * - "=…" is a formula; "+…", "-…" and "@…" that are not a plain number are formulas too
 *   (Excel completes "+A1" to "=+A1" and "@SUM(A1)" to "=SUM(A1)");
 * - text that reads as an (en-US) number becomes that number ("-2", "+1", "0012" → 12);
 * - a leading apostrophe is Excel's quote prefix: the cell holds the rest as text.
 * Dates typed as text and locale-specific numbers are left as text here.
 */
import type { CellValue } from "../excel/WorkbookPort";
import { FORMATS } from "../excel/formats";

export interface WrittenCell {
  value: CellValue;
  /** set when Excel would store a formula; the caller computes its value */
  formula?: string;
}

const PLAIN_NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

export function cellFromWrite(value: CellValue, numberFormat: string | undefined): WrittenCell {
  if (typeof value !== "string" || value === "") return { value };
  if (numberFormat === FORMATS.text) return { value };
  if (value.startsWith("'")) return { value: value.slice(1) };
  if (value.startsWith("=") && value.length > 1) return { value: "", formula: value };
  if (PLAIN_NUMBER.test(value)) return { value: Number(value) };
  if (value.length > 1 && (value.startsWith("+") || value.startsWith("-"))) return { value: "", formula: `=${value}` };
  if (value.length > 1 && value.startsWith("@")) return { value: "", formula: `=${value.slice(1)}` };
  return { value };
}
