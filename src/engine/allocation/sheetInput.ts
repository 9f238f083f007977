/**
 * Reading allocation input from a selected block of cells: municipalities (with an optional
 * weight column) and cost lines (name + amount). A header row is recognised when its amount
 * cell is text that is not a number. Problems name the cell, e.g. "B5"; `origin` is the sheet
 * position of the block's top-left cell (0-based, as the port read it).
 */
import { isBlankCell } from "../shared/cells";
import { EngineError } from "../shared/errors";
import { quoteInput } from "../shared/text";
import { readNumberCell } from "../shared/numbers";
import { cellAt, type CellRef } from "../shared/a1";

type Cell = string | number | boolean;

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
export function readMunicipalityRange(values: readonly Cell[][], origin: CellRef): { names: string[]; weights?: number[] } {
  const rows = bodyRows(values);
  if (rows.length === 0) throw new EngineError("invalid-input", "De selectie bevat geen gemeentenamen; selecteer een kolom met namen (en eventueel een kolom met gewichten ernaast).");
  const names = rows.map(({ row }) => String(row[0]).trim());
  const hasWeights = rows.some(({ row }) => row.length > 1 && !isBlankCell(row[1]));
  if (!hasWeights) return { names };
  const weights = rows.map(({ row, r }) => {
    const w = isBlankCell(row[1]) ? undefined : readNumberCell(row[1]);
    if (w === undefined || w < 0) {
      throw new EngineError("invalid-input", `${cellAt(origin, r, 1)}: ${quoteInput(row[1] ?? "")} is geen gewicht van 0 of meer.`, cellAt(origin, r, 1));
    }
    return w;
  });
  return { names, weights };
}

/** Cost lines: name in the first column, amount in the second. */
export function readCostLines(values: readonly Cell[][], origin: CellRef): { name: string; total: number }[] {
  if (values.length > 0 && values[0].length < 2) {
    throw new EngineError("invalid-input", "Selecteer twee kolommen: de naam van de kostenpost en het bedrag.");
  }
  const rows = bodyRows(values);
  if (rows.length === 0) throw new EngineError("invalid-input", "De selectie bevat geen kostenposten.");
  return rows.map(({ row, r }) => {
    const total = readNumberCell(row[1]);
    if (total === undefined) {
      throw new EngineError("invalid-input", `${cellAt(origin, r, 1)}: ${quoteInput(row[1] ?? "")} is geen bedrag.`, cellAt(origin, r, 1));
    }
    const name = String(row[0]).trim() || `Kostenpost ${cellAt(origin, r, 0)}`;
    return { name, total };
  });
}
