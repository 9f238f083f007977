/**
 * Generated stay records for the occupancy benchmarks: a region's year-and-more of stays over
 * all 342 municipalities of 2024, as column arrays (the shape the engine and a sheet hold).
 * Stays start up to a year before the period (so many are running on 1 January), last 1 to
 * 500 days, and some run on past its end; `openShare` of them have no end date (still in care).
 */
import { defaultRegistry } from "../../../src/engine/municipalities";
import { dayNumber, daysInMonth, fromDayNumber } from "../../../src/engine/shared/dates";
import { seededRandom } from "./measure";

export const PERIOD = { from: dayNumber(2023, 1, 1), to: dayNumber(2024, 12, 31), months: 24 };

export interface GeneratedStays {
  municipalities: string[];
  /** day numbers (days since 1970-01-01) */
  starts: Int32Array;
  /** day numbers; -1 = no end date */
  ends: Int32Array;
}

export function municipalityNames(year = 2024): string[] {
  return defaultRegistry.all(year).map((m) => m.name);
}

export function generateStays(count: number, seed: number, openShare: number): GeneratedStays {
  const random = seededRandom(seed);
  const names = municipalityNames();
  const municipalities = new Array<string>(count);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const earliest = PERIOD.from - 365;
  const span = PERIOD.to - earliest + 30;
  for (let i = 0; i < count; i++) {
    municipalities[i] = names[Math.floor(random() * names.length)];
    const start = earliest + Math.floor(random() * span);
    starts[i] = start;
    ends[i] = random() < openShare ? -1 : start + Math.floor(random() * 500);
  }
  return { municipalities, starts, ends };
}

/** The months of the period with their first and last day numbers. */
export function periodMonths(): { key: string; first: number; last: number; days: number }[] {
  const result = [];
  const { year, month } = fromDayNumber(PERIOD.from);
  for (let i = 0; i < PERIOD.months; i++) {
    const y = year + Math.floor((month - 1 + i) / 12);
    const m = ((month - 1 + i) % 12) + 1;
    const days = daysInMonth(y, m);
    const first = dayNumber(y, m, 1);
    result.push({ key: `${y}-${String(m).padStart(2, "0")}`, first, last: first + days - 1, days });
  }
  return result;
}

/**
 * Average places per municipality per month computed the plain way: for each stay, the overlap
 * with each month it touches. Used to check the spreadsheet peer's answers, not for timing.
 */
export function naiveOccupancy(stays: GeneratedStays): Map<string, number[]> {
  const months = periodMonths();
  const table = new Map<string, number[]>();
  for (let i = 0; i < stays.starts.length; i++) {
    const start = stays.starts[i];
    const end = stays.ends[i] < 0 ? PERIOD.to : stays.ends[i];
    let row = table.get(stays.municipalities[i]);
    if (!row) table.set(stays.municipalities[i], (row = new Array<number>(months.length).fill(0)));
    for (let m = 0; m < months.length; m++) {
      const overlap = Math.min(end, months[m].last) - Math.max(start, months[m].first) + 1;
      if (overlap > 0) row[m] += overlap;
    }
  }
  for (const row of table.values()) for (let m = 0; m < months.length; m++) row[m] /= months[m].days;
  return table;
}
