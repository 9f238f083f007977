/**
 * Seed 000, "Gerealiseerde plekbezetting per gemeente" (MO, 2022-01 … 2023-03): the printed
 * table is reproduced cell for cell — every monthly value, every Gemiddeld (blanks = 0, mean
 * over all 15 months) and the Totaal row with its printed rounding drift — from stays built
 * with whole client-days per month.
 */
import fixture from "../../fixtures/000-plekbezetting-per-gemeente.json";
import { computeOccupancy, UNKNOWN_GROUP } from "../../../src/engine/occupancy";
import { dayNumber, daysInMonth, dayNumberToExcelSerial } from "../../../src/engine/shared/dates";

const cells = fixture.cells as (string | number | null)[][];
const header = cells[0] as string[];
const bodyRows = cells.slice(1, -1);
const printedTotal = cells[cells.length - 1];
const months = header.slice(1, 16).map((_, j) => ({ year: 2022 + Math.floor(j / 12), month: (j % 12) + 1 }));

/** Stays giving exactly round(value × days) client-days in each month of a row. */
function staysFor(name: string | null, values: (number | null)[]) {
  const municipality: unknown[] = [];
  const start: unknown[] = [];
  const end: unknown[] = [];
  values.forEach((value, j) => {
    const { year, month } = months[j];
    const days = daysInMonth(year, month);
    let clientDays = Math.round((value ?? 0) * days);
    while (clientDays > 0) {
      const length = Math.min(days, clientDays);
      municipality.push(name ?? "");
      // alternate the ways dates arrive: Excel serials and Dutch text
      start.push(dayNumberToExcelSerial(dayNumber(year, month, 1)));
      end.push(`${String(length).padStart(2, "0")}-${String(month).padStart(2, "0")}-${year}`);
      clientDays -= length;
    }
  });
  return { municipality, start, end };
}

describe("seed 000 plekbezetting per gemeente", () => {
  const columns = { municipality: [] as unknown[], start: [] as unknown[], end: [] as unknown[] };
  for (const row of bodyRows) {
    const s = staysFor(row[0] as string | null, row.slice(1, 16) as (number | null)[]);
    columns.municipality.push(...s.municipality);
    columns.start.push(...s.start);
    columns.end.push(...s.end);
  }
  const result = computeOccupancy(columns, { from: dayNumber(2022, 1, 1), to: dayNumber(2023, 3, 31) });
  const near = (value: number, printed: number | string | null) => Math.abs(value - Number(printed ?? 0)) <= 0.005 + 1e-9;

  test("fifteen month columns 2022-01 … 2023-03", () => {
    expect(result.period.months.map((m) => m.key)).toEqual(["2022-01", ...header.slice(2, 16)]);
  });

  test.each(bodyRows.map((row) => [row[0] ?? UNKNOWN_GROUP, row] as const))("%s: every month and Gemiddeld as printed", (label, row) => {
    const series = result.groups.find((g) => g.label === label);
    expect(series).toBeDefined();
    series!.average.forEach((value, j) => expect(near(value, row[j + 1])).toBe(true));
    expect(near(series!.mean, row[16])).toBe(true);
  });

  test("Totaal row reproduces the printed totals, including 91,71 where the rounded cells add to 91,70", () => {
    result.total.average.forEach((value, j) => expect(near(value, printedTotal[j + 1])).toBe(true));
    expect(near(result.total.mean, printedTotal[16])).toBe(true);
    expect(result.total.clientDays[0]).toBe(2843); // 91,71 × 31 days
  });

  test("Bergen: 0,61 in 2022-10 is 19 client-days / 31, Gemiddeld 5,42 / 15 = 0,36", () => {
    const bergen = result.groups.find((g) => g.label === "Bergen")!;
    expect(bergen.clientDays[9]).toBe(19);
    expect(bergen.average[9]).toBeCloseTo(19 / 31, 12);
    expect(bergen.clientDays.slice(0, 9)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(bergen.mean).toBeCloseTo(bergen.average.reduce((a, b) => a + b, 0) / 15, 12);
    expect(Math.round(bergen.mean * 100) / 100).toBe(0.36);
  });

  test("the unlabeled first row becomes (onbekend), sorted last, and is reported", () => {
    expect(result.groups[result.groups.length - 1].label).toBe(UNKNOWN_GROUP);
    expect(result.groups.map((g) => g.label).slice(0, 3)).toEqual(["Beesel", "Bergen", "Echt-Susteren"]);
    expect(result.problems.map((p) => p.kind)).toEqual(["empty-municipality"]);
  });
});
