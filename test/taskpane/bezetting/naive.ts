/**
 * An independent day-by-day count of client-days, for checking what the pane writes: walks
 * every day of every stay (slow, obviously right), unlike the engine's difference arrays.
 * With `once`, a day of one client at one provider counts only for the stay that began first
 * (in the period; ties by row), as the pane does after "exclude".
 *
 * One walk serves every municipality and month of the same rows and options (cached), so a
 * test can ask month by month without walking the sheet hundreds of times.
 */
import { parseDateValue, daysInMonth, fromDayNumber } from "../../../src/engine/shared/dates";

interface Once {
  client: number;
  provider: number;
  periodStart: number;
}

const walks = new WeakMap<readonly (readonly unknown[])[], Map<string, Map<string, number>>>();

function walk(
  rows: readonly (readonly unknown[])[],
  columns: { municipality: number; start: number; end: number },
  periodEnd: number,
  skip: ReadonlySet<number>,
  once: Once | undefined,
): Map<string, number> {
  const key = JSON.stringify([columns, periodEnd, [...skip].sort((a, b) => a - b), once ?? null]);
  let byOptions = walks.get(rows);
  if (!byOptions) walks.set(rows, (byOptions = new Map()));
  const cached = byOptions.get(key);
  if (cached) return cached;
  const stays = rows.flatMap((row, i) => {
    if (skip.has(i)) return [];
    const start = parseDateValue(row[columns.start]);
    const endCell = row[columns.end];
    const end = endCell === "" || endCell === null || endCell === undefined ? periodEnd : parseDateValue(endCell);
    if (start === undefined || end === undefined) return [];
    const from = once ? Math.max(start, once.periodStart) : start;
    const to = Math.min(end, periodEnd);
    return from <= to ? [{ row, i, from, to }] : [];
  });
  if (once) stays.sort((a, b) => a.from - b.from || a.i - b.i);
  const taken = new Set<string>();
  const days = new Map<string, number>();
  for (const { row, from, to } of stays) {
    const municipality = String(row[columns.municipality]).trim();
    for (let d = from; d <= to; d++) {
      if (once) {
        const dayKey = `${String(row[once.client])}|${String(row[once.provider])}|${d}`;
        if (taken.has(dayKey)) continue;
        taken.add(dayKey);
      }
      const { year, month } = fromDayNumber(d);
      const cell = `${municipality}|${year}|${month}`;
      days.set(cell, (days.get(cell) ?? 0) + 1);
    }
  }
  byOptions.set(key, days);
  return days;
}

export function naiveAverage(
  rows: readonly (readonly unknown[])[],
  columns: { municipality: number; start: number; end: number },
  municipality: string,
  year: number,
  month: number,
  periodEnd: number,
  skip: ReadonlySet<number> = new Set(),
  once?: Once,
): number {
  const clientDays = walk(rows, columns, periodEnd, skip, once).get(`${municipality}|${year}|${month}`) ?? 0;
  return clientDays / daysInMonth(year, month);
}
