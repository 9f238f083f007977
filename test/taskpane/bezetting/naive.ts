/**
 * An independent day-by-day count of client-days, for checking what the pane writes: walks
 * every day of every stay (slow, obviously right), unlike the engine's difference arrays.
 */
import { parseDateValue, dayNumber, daysInMonth } from "../../../src/engine/shared/dates";

export function naiveAverage(
  rows: readonly (readonly unknown[])[],
  columns: { municipality: number; start: number; end: number },
  municipality: string,
  year: number,
  month: number,
  periodEnd: number,
  skip: ReadonlySet<number> = new Set(),
): number {
  const first = dayNumber(year, month, 1);
  const last = first + daysInMonth(year, month) - 1;
  let clientDays = 0;
  rows.forEach((row, i) => {
    if (skip.has(i) || String(row[columns.municipality]).trim() !== municipality) return;
    const start = parseDateValue(row[columns.start]);
    const endCell = row[columns.end];
    const end = endCell === "" || endCell === null || endCell === undefined ? periodEnd : parseDateValue(endCell);
    if (start === undefined || end === undefined) return;
    for (let d = start; d <= end; d++) if (d >= first && d <= last) clientDays++;
  });
  return clientDays / daysInMonth(year, month);
}
