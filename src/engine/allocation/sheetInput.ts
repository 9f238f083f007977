/**
 * Reading allocation input from a selected block of cells: municipalities (with an optional
 * weight column) and cost lines (name + amount). A header row is recognised when its amount
 * cell is text that is not a number. Problems name the cell, e.g. "B5".
 */
import { isBlankCell } from "../shared/cells";
import { EngineError } from "../shared/errors";
import { quoteInput } from "../shared/text";
import { readNumberCell } from "../shared/numbers";

type Cell = string | number | boolean;

export interface RangeOrigin {
  /** 0-based sheet row and column of the block's top-left cell */
  row: number;
  column: number;
}

function cellName(origin: RangeOrigin, r: number, c: number): string {
  let col = origin.column + c;
  let letters = "";
  do {
    letters = String.fromCharCode(65 + (col % 26)) + letters;
    col = Math.floor(col / 26) - 1;
  } while (col >= 0);
  return `${letters}${origin.row + r + 1}`;
}

/** The body rows of a two-column block: drops a header row and blank rows, keeps the sheet row number. */
function bodyRows(values: readonly Cell[][]): { row: Cell[]; r: number }[] {
  const rows = values.map((row, r) => ({ row, r })).filter(({ row }) => !row.every(isBlankCell));
  if (rows.length > 0 && rows[0].row.length > 1 && !isBlankCell(rows[0].row[1]) && readNumberCell(rows[0].row[1]) === undefined) rows.shift();
  if (rows.length > 0 && rows[0].row.length === 1 && /^gemeente/i.test(String(rows[0].row[0]).trim())) rows.shift();
  const last = rows[rows.length - 1];
  if (last && /^totaal/i.test(String(last.row[0]).trim())) rows.pop();
  return rows;
}

/** Municipality names from the first column, weights from the second when it has numbers. */
export function readMunicipalityRange(values: readonly Cell[][], origin: RangeOrigin): { names: string[]; weights?: number[] } {
  const rows = bodyRows(values);
  if (rows.length === 0) throw new EngineError("invalid-input", "De selectie bevat geen gemeentenamen; selecteer een kolom met namen (en eventueel een kolom met gewichten ernaast).");
  const names = rows.map(({ row }) => String(row[0]).trim());
  const hasWeights = rows.some(({ row }) => row.length > 1 && !isBlankCell(row[1]));
  if (!hasWeights) return { names };
  const weights = rows.map(({ row, r }) => {
    const w = isBlankCell(row[1]) ? undefined : readNumberCell(row[1]);
    if (w === undefined || w < 0) {
      throw new EngineError("invalid-input", `${cellName(origin, r, 1)}: ${quoteInput(row[1] ?? "")} is geen gewicht van 0 of meer.`, cellName(origin, r, 1));
    }
    return w;
  });
  return { names, weights };
}

/** Cost lines: name in the first column, amount in the second. */
export function readCostLines(values: readonly Cell[][], origin: RangeOrigin): { name: string; total: number }[] {
  if (values.length > 0 && values[0].length < 2) {
    throw new EngineError("invalid-input", "Selecteer twee kolommen: de naam van de kostenpost en het bedrag.");
  }
  const rows = bodyRows(values);
  if (rows.length === 0) throw new EngineError("invalid-input", "De selectie bevat geen kostenposten.");
  return rows.map(({ row, r }) => {
    const total = readNumberCell(row[1]);
    if (total === undefined) {
      throw new EngineError("invalid-input", `${cellName(origin, r, 1)}: ${quoteInput(row[1] ?? "")} is geen bedrag.`, cellName(origin, r, 1));
    }
    const name = String(row[0]).trim() || `Kostenpost ${cellName(origin, r, 0)}`;
    return { name, total };
  });
}

/** "B2" → { row: 1, column: 1 } */
export function originOf(topLeft: string): RangeOrigin {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(topLeft.trim());
  if (!match) return { row: 0, column: 0 };
  const column = match[1].toUpperCase().split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}
