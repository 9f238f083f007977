/**
 * Property of the occupancy engine (issue 5): client-days are conserved — for random stays
 * (dates as Excel serials, ISO text, Dutch text or JS Dates; open ends; stays before, across
 * and after the period) the engine's client-days per municipality per month equal a naive count
 * that walks every day of every stay, and average places = client-days / days in the month.
 */
import fc from "fast-check";
import { computeOccupancy } from "../../src/engine/occupancy";
import { dayNumber, dayNumberToExcelSerial, daysInMonth, fromDayNumber } from "../../src/engine/shared/dates";
import { PROPERTY_SEED, RUNS } from "./settings";

const FIRST = dayNumber(2022, 1, 1);
const LAST = dayNumber(2025, 12, 31);
const NAMES = ["Venlo", "Horst aan de Maas", "Peel en Maas", "Beesel", "Gennep", "Bergen (L.)", ""];

type DateFormat = "serial" | "iso" | "dutch" | "date";

function encode(day: number, format: DateFormat): unknown {
  const { year, month, day: d } = fromDayNumber(day);
  const two = (n: number) => String(n).padStart(2, "0");
  switch (format) {
    case "serial":
      return dayNumberToExcelSerial(day);
    case "iso":
      return `${year}-${two(month)}-${two(d)}`;
    case "dutch":
      return `${two(d)}-${two(month)}-${year}`;
    case "date":
      return new Date(year, month - 1, d);
  }
}

const stay = fc.record({
  name: fc.constantFrom(...NAMES),
  start: fc.integer({ min: FIRST, max: LAST }),
  length: fc.integer({ min: 0, max: 200 }),
  open: fc.boolean(),
  format: fc.constantFrom<DateFormat>("serial", "iso", "dutch", "date"),
});

const period = fc
  .record({ from: fc.integer({ min: dayNumber(2023, 1, 1), max: dayNumber(2024, 12, 31) }), months: fc.integer({ min: 1, max: 18 }) })
  .map(({ from, months }) => {
    const { year, month } = fromDayNumber(from);
    const last = new Date(Date.UTC(year, month - 1 + months - 1, 1));
    return { from, to: dayNumber(last.getUTCFullYear(), last.getUTCMonth() + 1, 1) };
  });

describe("occupancy properties", () => {
  test("client-days per group and month equal a naive per-day count", () => {
    fc.assert(
      fc.property(fc.array(stay, { minLength: 0, maxLength: 40 }), period, (stays, { from, to }) => {
        const result = computeOccupancy(
          {
            municipality: stays.map((s) => s.name),
            start: stays.map((s) => encode(s.start, s.format)),
            end: stays.map((s) => (s.open ? "" : encode(s.start + s.length, s.format))),
          },
          { from, to, onInvalidRow: "throw" },
        );
        const months = result.period.months;
        const first = result.period.firstDay;
        const last = result.period.lastDay;
        // month of each day of the period, built independently of the engine's own table
        const monthOfDay: number[] = [];
        months.forEach((m, index) => {
          for (let d = 0; d < daysInMonth(m.year, m.month); d++) monthOfDay.push(index);
        });
        // the naive count: every day of every stay, clipped to the period
        const naive = new Map<string, number[]>();
        for (const s of stays) {
          const end = s.open ? last : s.start + s.length;
          const label = s.name.trim() === "" ? "(onbekend)" : s.name;
          for (let day = Math.max(s.start, first); day <= Math.min(end, last); day++) {
            if (!naive.has(label)) naive.set(label, new Array<number>(months.length).fill(0));
            naive.get(label)![monthOfDay[day - first]]++;
          }
        }
        const engine = new Map(result.groups.map((g) => [g.label, g]));
        for (const [label, days] of naive) {
          const group = engine.get(label);
          if (!group || group.clientDays.some((d, m) => d !== days[m])) return false;
          if (group.average.some((a, m) => Math.abs(a - days[m] / daysInMonth(months[m].year, months[m].month)) > 1e-12)) return false;
        }
        const total = [...naive.values()].reduce((s, days) => s + days.reduce((a, b) => a + b, 0), 0);
        const groupsWithDays = result.groups.filter((g) => g.clientDays.some((d) => d > 0));
        return groupsWithDays.length === naive.size && result.total.clientDays.reduce((a, b) => a + b, 0) === total;
      }),
      { seed: PROPERTY_SEED, numRuns: RUNS.occupancy },
    );
  });
});
