/**
 * The engine adds each stay to per-group month counters (days in its first and last month, whole
 * months in between through a month-level difference array) instead of a per-day difference array.
 * These tests hold that arithmetic to a per-day walk over every day of every stay, on the cases
 * where it could go wrong: stays inside one month, stays ending on the last or starting on the first
 * day of a month, one-day stays, leap Februaries, stays wholly outside the period, open ends, long
 * periods (up to the 240-month maximum) and long stays — through the plain loop and the general path.
 */
import fc from "fast-check";
import { computeOccupancy, MAX_PERIOD_MONTHS, type StayColumns } from "../../../src/engine/occupancy";
import { dayNumber, dayNumberToExcelSerial, fromDayNumber } from "../../../src/engine/shared/dates";

const NAMES = ["Venlo", "Weert", "Roermond"];

interface Stay {
  name: string;
  start: number;
  /** inclusive last day, or null for an open end */
  end: number | null;
}

/** Client-days per group per month by walking every day: the definition, with nothing clever in it. */
function perDayCount(stays: Stay[], from: number, to: number): Map<string, number[]> {
  const first = fromDayNumber(from);
  const last = fromDayNumber(to);
  const monthCount = (last.year - first.year) * 12 + (last.month - first.month) + 1;
  const periodFirst = dayNumber(first.year, first.month, 1);
  const periodLast = dayNumber(last.year, last.month + 1, 1) - 1;
  const monthIndex = (day: number) => {
    const d = fromDayNumber(day);
    return (d.year - first.year) * 12 + (d.month - first.month);
  };
  const table = new Map<string, number[]>();
  for (const stay of stays) {
    const end = stay.end ?? periodLast;
    for (let day = Math.max(stay.start, periodFirst); day <= Math.min(end, periodLast); day++) {
      let row = table.get(stay.name);
      if (!row) table.set(stay.name, (row = new Array<number>(monthCount).fill(0)));
      row[monthIndex(day)]++;
    }
  }
  return table;
}

function columnsOf(stays: Stay[]): StayColumns {
  return {
    municipality: stays.map((s) => s.name),
    start: stays.map((s) => dayNumberToExcelSerial(s.start)),
    end: stays.map((s) => (s.end === null ? "" : dayNumberToExcelSerial(s.end))),
  };
}

/** Engine client-days per group, through the plain loop and (an empty exclusion set) the general path. */
function engineBothWays(stays: Stay[], from: number, to: number): [Map<string, number[]>, Map<string, number[]>] {
  const columns = columnsOf(stays);
  const plain = computeOccupancy(columns, { from, to, onInvalidRow: "throw" });
  const general = computeOccupancy(columns, { from, to, onInvalidRow: "throw", exclude: new Set<number>() });
  const table = (r: typeof plain) => new Map(r.groups.filter((g) => g.clientDays.some((d) => d > 0)).map((g) => [g.label, g.clientDays]));
  return [table(plain), table(general)];
}

describe("month counters equal a per-day count", () => {
  test("hand-picked boundary cases in a period with a leap February", () => {
    const d = dayNumber;
    const stays: Stay[] = [
      { name: "Venlo", start: d(2024, 2, 10), end: d(2024, 2, 20) }, // inside one month: 11 days
      { name: "Venlo", start: d(2024, 2, 29), end: d(2024, 2, 29) }, // one day, leap day
      { name: "Venlo", start: d(2024, 1, 31), end: d(2024, 2, 1) }, // across one month boundary
      { name: "Weert", start: d(2024, 3, 1), end: d(2024, 3, 31) }, // exactly one whole month
      { name: "Weert", start: d(2023, 6, 1), end: d(2024, 1, 1) }, // from before the period, one day in it
      { name: "Weert", start: d(2024, 4, 30), end: null }, // last day of a month, open end
      { name: "Roermond", start: d(2023, 1, 1), end: d(2023, 12, 31) }, // wholly before the period
      { name: "Roermond", start: d(2025, 1, 1), end: null }, // wholly after the period, open end
      { name: "Roermond", start: d(2023, 12, 31), end: d(2025, 1, 1) }, // covers the whole period
      // a group's first row goes the general way; these later rows outside the period take the plain loop
      { name: "Venlo", start: d(2023, 3, 1), end: d(2023, 9, 30) },
      { name: "Weert", start: d(2025, 2, 1), end: d(2025, 3, 1) },
    ];
    const from = d(2024, 1, 15);
    const to = d(2024, 12, 1);
    const expected = perDayCount(stays, from, to);
    const [plain, general] = engineBothWays(stays, from, to);
    expect(plain).toEqual(expected);
    expect(general).toEqual(expected);
    // published-style spot checks: February 2024 has 29 days
    expect(expected.get("Venlo")?.[1]).toBe(11 + 1 + 1);
    expect(expected.get("Roermond")).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(plain.get("Weert")?.slice(0, 5)).toEqual([1, 0, 31, 1, 31]);
  });

  test("a 240-month period with stays over many years", () => {
    const from = dayNumber(2001, 1, 1);
    const to = dayNumber(2001 + MAX_PERIOD_MONTHS / 12 - 1, 12, 1);
    const stays: Stay[] = [
      { name: "Venlo", start: dayNumber(1999, 5, 17), end: dayNumber(2020, 12, 31) },
      { name: "Venlo", start: dayNumber(2004, 2, 29), end: dayNumber(2016, 2, 28) },
      { name: "Weert", start: dayNumber(2012, 7, 1), end: null },
      { name: "Weert", start: dayNumber(2020, 12, 31), end: dayNumber(2030, 1, 1) },
    ];
    const expected = perDayCount(stays, from, to);
    const [plain, general] = engineBothWays(stays, from, to);
    expect(plain).toEqual(expected);
    expect(general).toEqual(expected);
    expect(plain.get("Venlo")?.length).toBe(MAX_PERIOD_MONTHS);
  });

  test("random stays of any length, in random periods of 1 to 240 months", () => {
    const stay = fc.record({
      name: fc.constantFrom(...NAMES),
      start: fc.integer({ min: dayNumber(1998, 1, 1), max: dayNumber(2023, 12, 31) }),
      length: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 4000 })),
      open: fc.boolean(),
    });
    const period = fc.record({ from: fc.integer({ min: dayNumber(2000, 1, 1), max: dayNumber(2010, 12, 31) }), months: fc.integer({ min: 1, max: MAX_PERIOD_MONTHS }) });
    fc.assert(
      fc.property(fc.array(stay, { maxLength: 25 }), period, (raw, p) => {
        const first = fromDayNumber(p.from);
        const to = dayNumber(first.year, first.month + p.months - 1, 1);
        const stays: Stay[] = raw.map((s) => ({ name: s.name, start: s.start, end: s.open ? null : s.start + s.length }));
        const expected = perDayCount(stays, p.from, to);
        const [plain, general] = engineBothWays(stays, p.from, to);
        expect(plain).toEqual(expected);
        expect(general).toEqual(expected);
      }),
      { seed: 20261122, numRuns: 150 },
    );
  });
});
