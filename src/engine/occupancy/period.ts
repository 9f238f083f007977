/**
 * The period of an occupancy table: whole calendar months, from the first day of the month of
 * `from` through the last day of the month of `to` (the contract). Days are indexed
 * 0 … days−1 from the first day of the period so the engine can use flat typed arrays.
 */
import { EngineError } from "../shared/errors";
import { dayNumber, daysInMonth, formatDateNl, fromDayNumber } from "../shared/dates";

/** Longest period accepted: 20 years keeps groups × days arrays small. */
export const MAX_PERIOD_MONTHS = 240;

export interface PeriodMonth {
  /** "2024-03", the column header of the table */
  key: string;
  year: number;
  month: number;
  /** calendar days in the month (29 for a leap February) */
  days: number;
  /** index of the month's first day within the period */
  firstDay: number;
}

export interface Period {
  /** day number of the first day of the period */
  firstDay: number;
  /** day number of the last day of the period (inclusive) */
  lastDay: number;
  /** number of days in the period */
  days: number;
  months: PeriodMonth[];
  /** month index of each day index (length `days`) */
  monthOfDay: Int32Array;
}

export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** Builds the period from two day numbers (any day inside the first and the last month). */
export function buildPeriod(from: number, to: number): Period {
  if (!Number.isInteger(from) || !Number.isInteger(to)) {
    throw new EngineError("invalid-input", "De periode (van/tot) moet uit twee datums bestaan.");
  }
  const a = fromDayNumber(from);
  const b = fromDayNumber(to);
  const monthCount = (b.year - a.year) * 12 + (b.month - a.month) + 1;
  if (monthCount < 1) {
    throw new EngineError(
      "invalid-input",
      `De periode loopt achteruit: 'tot' (${formatDateNl(to)}) ligt vóór 'van' (${formatDateNl(from)}). Draai de datums om.`,
    );
  }
  if (monthCount > MAX_PERIOD_MONTHS) {
    throw new EngineError(
      "out-of-range",
      `De periode is ${monthCount} maanden lang; het maximum is ${MAX_PERIOD_MONTHS} maanden. Kies een kortere periode.`,
    );
  }
  const firstDay = dayNumber(a.year, a.month, 1);
  const months: PeriodMonth[] = [];
  let offset = 0;
  for (let i = 0; i < monthCount; i++) {
    const year = a.year + Math.floor((a.month - 1 + i) / 12);
    const month = ((a.month - 1 + i) % 12) + 1;
    const days = daysInMonth(year, month);
    months.push({ key: monthKey(year, month), year, month, days, firstDay: offset });
    offset += days;
  }
  const monthOfDay = new Int32Array(offset);
  for (let m = 0; m < months.length; m++) {
    monthOfDay.fill(m, months[m].firstDay, months[m].firstDay + months[m].days);
  }
  return { firstDay, lastDay: firstDay + offset - 1, days: offset, months, monthOfDay };
}
