import fc from "fast-check";
import { computeOccupancy, occupancyTable, UNKNOWN_GROUP, type StayColumns } from "../../../src/engine/occupancy";
import { dayNumber, dayNumberToExcelSerial, formatDateNl } from "../../../src/engine/shared/dates";
import { EngineError } from "../../../src/engine/shared/errors";

const JAN_2024 = dayNumber(2024, 1, 1);
const APR_2024 = dayNumber(2024, 4, 30);

function stays(rows: [string, unknown, unknown][]): StayColumns {
  return { municipality: rows.map((r) => r[0]), start: rows.map((r) => r[1]), end: rows.map((r) => r[2]) };
}

describe("hand-checked stays (period 2024-01 … 2024-04)", () => {
  const run = (rows: [string, unknown, unknown][]) => computeOccupancy(stays(rows), { from: JAN_2024, to: APR_2024 });

  test("a stay over a month boundary counts both days: 31-01 and 01-02", () => {
    const r = run([["Venlo", "2024-01-31", "2024-02-01"]]);
    expect(r.groups[0].clientDays).toEqual([1, 1, 0, 0]);
    expect(r.groups[0].average).toEqual([1 / 31, 1 / 29, 0, 0]);
  });

  test("leap February: 01-02-2024 … 29-02-2024 is 29 client-days, exactly one place", () => {
    const r = run([["Venlo", "01-02-2024", "29-02-2024"]]);
    expect(r.groups[0].clientDays[1]).toBe(29);
    expect(r.groups[0].average[1]).toBe(1);
  });

  test("February 2023 has 28 days", () => {
    const r = computeOccupancy(stays([["Venlo", "2023-02-01", "2023-02-28"]]), { from: dayNumber(2023, 2, 10), to: dayNumber(2023, 2, 10) });
    expect(r.period.months).toEqual([expect.objectContaining({ key: "2023-02", days: 28 })]);
    expect(r.groups[0].average).toEqual([1]);
  });

  test("a one-day stay is one client-day", () => {
    const r = run([["Weert", "2024-03-10", "2024-03-10"]]);
    expect(r.groups[0].clientDays).toEqual([0, 0, 1, 0]);
    expect(r.groups[0].mean).toBe(1 / 31 / 4);
  });

  test("an open end counts through the end of the period", () => {
    const r = run([["Weert", "2024-03-15", ""]]);
    expect(r.groups[0].clientDays).toEqual([0, 0, 17, 30]);
    expect(r.counts.openEnded).toBe(1);
  });

  test("stays are clipped to the period; stays outside it add nothing and make no row", () => {
    const r = run([
      ["Venlo", "2023-12-20", "2024-01-02"],
      ["Venlo", "2024-04-29", "2024-05-31"],
      ["Beesel", "2023-01-01", "2023-12-31"],
      ["Beesel", "2024-05-01", null],
    ]);
    expect(r.groups.map((g) => g.label)).toEqual(["Venlo"]);
    expect(r.groups[0].clientDays).toEqual([2, 0, 0, 2]);
    expect(r.counts.outsidePeriod).toBe(2);
    expect(r.problems).toEqual([]);
  });

  test("the period runs from the first day of the month of van to the last day of the month of tot", () => {
    const r = computeOccupancy(stays([["Venlo", "2024-01-01", "2024-04-30"]]), { from: dayNumber(2024, 1, 20), to: dayNumber(2024, 4, 3) });
    expect(r.period.firstDay).toBe(JAN_2024);
    expect(r.period.lastDay).toBe(APR_2024);
    expect(r.groups[0].average).toEqual([1, 1, 1, 1]);
  });

  test("Excel serials, ISO text, Dutch text and JS Dates all read as the same day", () => {
    const serial = dayNumberToExcelSerial(dayNumber(2024, 2, 10));
    const r = run([
      ["A", serial, serial],
      ["A", "2024-02-10", "2024-02-10T00:00:00"],
      ["A", "10-02-2024", "10/2/2024"],
      ["A", new Date(2024, 1, 10), new Date(2024, 1, 10)],
    ]);
    expect(r.groups[0].clientDays).toEqual([0, 4, 0, 0]);
  });

  test("Gemiddeld counts months without stays as 0; Totaal = sum of groups", () => {
    const r = run([
      ["Bergen", "2024-01-01", "2024-01-31"],
      ["Venlo", "2024-01-01", "2024-04-30"],
      ["Venlo", "2024-02-01", "2024-02-29"],
    ]);
    const bergen = r.groups[0];
    expect(bergen.mean).toBe(0.25);
    expect(r.total.average).toEqual([2, 2, 1, 1]);
    expect(r.total.mean).toBe(1.5);
  });

  test("names are trimmed and sorted with Dutch collation, (onbekend) last", () => {
    const r = run([
      ["Venlo ", "2024-01-01", "2024-01-01"],
      ["", "2024-01-01", "2024-01-01"],
      ["echt-Susteren", "2024-01-01", "2024-01-01"],
      [" Venlo", "2024-01-01", "2024-01-01"],
      ["Ééntje", "2024-01-01", "2024-01-01"],
      ["Beesel", "2024-01-01", "2024-01-01"],
    ]);
    expect(r.groups.map((g) => g.label)).toEqual(["Beesel", "echt-Susteren", "Ééntje", "Venlo", UNKNOWN_GROUP]);
    expect(r.groups[3].clientDays[0]).toBe(2);
  });

  test("fully empty rows are skipped (not data), not reported", () => {
    const r = run([["Venlo", "2024-01-01", "2024-01-01"], ["", "", null]]);
    expect(r.counts.empty).toBe(1);
    expect(r.problems).toEqual([]);
  });

  test("occupancyTable: header, one row per group, Totaal, unrounded values", () => {
    const table = occupancyTable(run([["Venlo", "2024-01-31", "2024-02-01"]]));
    expect(table[0]).toEqual(["Gemeente", "2024-01", "2024-02", "2024-03", "2024-04", "Gemiddeld"]);
    expect(table[1]).toEqual(["Venlo", 1 / 31, 1 / 29, 0, 0, (1 / 31 + 1 / 29) / 4]);
    expect(table[2][0]).toBe("Totaal");
  });

  test("a period that runs backwards or is over 20 years is refused", () => {
    expect(() => computeOccupancy(stays([]), { from: APR_2024, to: JAN_2024 })).toThrow(/achteruit/);
    expect(() => computeOccupancy(stays([]), { from: dayNumber(2000, 1, 1), to: dayNumber(2030, 1, 1) })).toThrow(EngineError);
  });
});

describe("grouping, unique clients and capacity", () => {
  const columns: StayColumns = {
    municipality: ["Venlo", "Venlo", "Weert", "Venlo"],
    provider: ["Moveoo", "Leger des Heils", "Moveoo", "Moveoo"],
    product: ["MO", "MO", "BW", "MO"],
    client: ["c1", "c1", "c2", "c3"],
    start: ["2024-01-01", "2024-01-20", "2024-02-01", "2024-03-01"],
    end: ["2024-01-10", "2024-02-05", "", "2024-03-31"],
  };

  test("by municipality and provider", () => {
    const r = computeOccupancy(columns, { from: JAN_2024, to: APR_2024, groupBy: ["gemeente", "aanbieder"] });
    expect(r.groups.map((g) => g.label)).toEqual(["Venlo · Leger des Heils", "Venlo · Moveoo", "Weert · Moveoo"]);
    expect(r.groups[0].clientDays).toEqual([12, 5, 0, 0]);
    expect(r.groups[1].clientDays).toEqual([10, 0, 31, 0]);
    expect(occupancyTable(r)[0].slice(0, 3)).toEqual(["Gemeente", "Aanbieder", "2024-01"]);
    expect(occupancyTable(r).at(-1)!.slice(0, 2)).toEqual(["Totaal", ""]);
  });

  test("unique clients per month: a client with two stays in a month counts once", () => {
    const r = computeOccupancy(columns, { from: JAN_2024, to: APR_2024 });
    const venlo = r.groups.find((g) => g.label === "Venlo")!;
    expect(venlo.uniqueClients).toEqual([1, 1, 1, 0]);
    expect(r.total.uniqueClients).toEqual([1, 2, 2, 1]);
  });

  test("by product", () => {
    const r = computeOccupancy(columns, { from: JAN_2024, to: APR_2024, groupBy: ["product"] });
    expect(r.groups.map((g) => [g.label, g.clientDays])).toEqual([
      ["BW", [0, 29, 31, 30]],
      ["MO", [22, 5, 31, 0]],
    ]);
  });

  test("capacity per group gives over/under per month; a group with capacity but no stays still shows", () => {
    const r = computeOccupancy(columns, { from: JAN_2024, to: APR_2024, capacity: { perGroup: { Weert: 0.5, Venray: 2 } } });
    const weert = r.groups.find((g) => g.label === "Weert")!;
    expect(weert.overCapacity).toEqual([-0.5, 0.5, 0.5, 0.5]);
    const venray = r.groups.find((g) => g.label === "Venray")!;
    expect(venray.average).toEqual([0, 0, 0, 0]);
    expect(venray.overCapacity).toEqual([-2, -2, -2, -2]);
    // Venlo has no capacity: the sum of Weert and Venray is no capacity for the whole region
    expect(r.total.capacity).toBeUndefined();
    expect(r.totalCapacitySource).toBeUndefined();
    const all = computeOccupancy(columns, { from: JAN_2024, to: APR_2024, capacity: { perGroup: { Weert: 0.5, Venray: 2, Venlo: 1 } } });
    expect(all.total.capacity).toBe(3.5);
    expect(all.totalCapacitySource).toBe("sum-of-groups");
  });

  test("a total capacity is compared with the Totaal row", () => {
    const r = computeOccupancy(columns, { from: JAN_2024, to: APR_2024, capacity: { total: 1 } });
    expect(r.total.overCapacity![2]).toBeCloseTo(1, 12);
    expect(r.totalCapacitySource).toBe("given");
    expect(() => computeOccupancy(columns, { from: JAN_2024, to: APR_2024, capacity: { total: -1 } })).toThrow(/Capaciteit/);
  });

  test("grouping on a missing column is refused with a message", () => {
    const { municipality, start, end } = columns;
    expect(() => computeOccupancy({ municipality, start, end }, { from: JAN_2024, to: APR_2024, groupBy: ["aanbieder"] })).toThrow(/aanbieder/);
  });
});

describe("property: client-days are conserved against a day-by-day count", () => {
  const stayArb = fc.record({
    group: fc.constantFrom("Venlo", "Weert", "", "Beesel"),
    startOffset: fc.integer({ min: -60, max: 480 }),
    length: fc.integer({ min: 0, max: 200 }),
    open: fc.boolean(),
  });

  test("every group and month equals the naive per-day loop", () => {
    fc.assert(
      fc.property(fc.array(stayArb, { maxLength: 60 }), fc.integer({ min: 1, max: 14 }), (list, monthCount) => {
        const from = dayNumber(2023, 11, 1);
        // Date.UTC rolls month 13 over to January of the next year
        const to = dayNumber(2023, 11 + monthCount - 1, 1);
        const columns = {
          municipality: list.map((s) => s.group),
          start: list.map((s) => formatDateNl(from + s.startOffset)),
          end: list.map((s) => (s.open ? "" : dayNumberToExcelSerial(from + s.startOffset + s.length))),
        };
        const r = computeOccupancy(columns, { from, to });
        const naive = new Map<string, number[]>();
        const { months, firstDay, lastDay } = r.period;
        for (const s of list) {
          const first = from + s.startOffset;
          const last = s.open ? lastDay : first + s.length;
          for (let d = first; d <= last; d++) {
            if (d < firstDay || d > lastDay) continue;
            const m = months.findIndex((mm) => d - firstDay >= mm.firstDay && d - firstDay < mm.firstDay + mm.days);
            const label = s.group || UNKNOWN_GROUP;
            const row = naive.get(label) ?? new Array(months.length).fill(0);
            row[m]++;
            naive.set(label, row);
          }
        }
        for (const g of r.groups) expect(g.clientDays).toEqual(naive.get(g.label));
        expect(r.groups.length).toBe(naive.size);
        const naiveTotal = [...naive.values()].flat().reduce((a, b) => a + b, 0);
        expect(r.total.clientDays.reduce((a, b) => a + b, 0)).toBe(naiveTotal);
      }),
      { numRuns: 200 },
    );
  });
});

describe("property: unique clients and overlaps against brute force", () => {
  const stayArb = fc.record({
    group: fc.constantFrom("Venlo", "Weert", "Beesel"),
    client: fc.constantFrom("a", "b", "c", "d", ""),
    provider: fc.constantFrom("P", "Q", ""),
    startOffset: fc.integer({ min: -40, max: 200 }),
    length: fc.integer({ min: 0, max: 90 }),
  });

  test("distinct clients per group and month; overlap pairs per client and provider", () => {
    fc.assert(
      fc.property(fc.array(stayArb, { maxLength: 40 }), (list) => {
        const from = dayNumber(2024, 1, 1);
        const to = dayNumber(2024, 6, 1);
        const r = computeOccupancy(
          {
            municipality: list.map((s) => s.group),
            client: list.map((s) => s.client),
            provider: list.map((s) => s.provider),
            start: list.map((s) => formatDateNl(from + s.startOffset)),
            end: list.map((s) => formatDateNl(from + s.startOffset + s.length)),
          },
          { from, to },
        );
        const { months, firstDay, lastDay } = r.period;
        const clip = (s: (typeof list)[number]) => [Math.max(from + s.startOffset, firstDay), Math.min(from + s.startOffset + s.length, lastDay)];
        const monthOf = (d: number) => months.findIndex((m) => d - firstDay >= m.firstDay && d - firstDay < m.firstDay + m.days);
        for (const g of [...r.groups, r.total]) {
          const expected = months.map((_, m) => {
            const ids = new Set<string>();
            list.forEach((s, i) => {
              if (g !== r.total && s.group !== g.label) return;
              const [a, b] = clip(s);
              if (a > b || monthOf(a) > m || monthOf(b) < m) return;
              ids.add(s.client === "" ? `row${i}` : s.client);
            });
            return ids.size;
          });
          expect(g.uniqueClients).toEqual(expected);
        }
        // every reported overlap is real, and every overlapping client-provider pair is reported at least once
        const overlapping = (i: number, j: number) => {
          const [a1, b1] = clip(list[i]);
          const [a2, b2] = clip(list[j]);
          return a1 <= b1 && a2 <= b2 && a1 <= b2 && a2 <= b1;
        };
        const reported = r.problems.filter((p) => p.kind === "overlap");
        for (const p of reported) {
          const [i, j] = p.rows;
          expect(list[i].client).toBe(list[j].client);
          expect(list[i].provider).toBe(list[j].provider);
          expect(overlapping(i, j)).toBe(true);
        }
        const flagged = new Set(reported.flatMap((p) => p.rows));
        list.forEach((s, i) => {
          list.forEach((t, j) => {
            if (i < j && s.client !== "" && s.client === t.client && s.provider === t.provider && overlapping(i, j)) {
              expect(flagged.has(i) || flagged.has(j)).toBe(true);
            }
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
