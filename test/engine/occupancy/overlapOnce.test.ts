/**
 * Issue 14: overlapping stays of one client can be counted once (the stay that began first keeps
 * the shared days, the later one loses only those); the total gets a capacity from the groups only
 * when every group has one; text dates read day-first are counted so the pane can say so.
 */
import fc from "fast-check";
import { computeOccupancy } from "../../../src/engine/occupancy";
import { dayNumber, formatDateNl } from "../../../src/engine/shared/dates";

const JAN_2024 = dayNumber(2024, 1, 1);
const APR_2024 = dayNumber(2024, 4, 30);

describe("overlapping stays counted once", () => {
  const columns = {
    municipality: ["Venlo", "Venlo", "Venray"],
    client: ["c1", "c1", "c2"],
    provider: ["P", "P", "P"],
    start: ["2024-01-01", "2024-01-20", "2024-02-01"],
    end: ["2024-01-31", "2024-02-10", "2024-02-29"],
  };

  test("by default the shared days count twice, as the rows say", () => {
    const r = computeOccupancy(columns, { from: JAN_2024, to: APR_2024 });
    expect(r.groups[0].clientDays).toEqual([31 + 12, 10, 0, 0]);
    expect(r.problems.map((p) => [p.kind, p.rows])).toEqual([["overlap", [0, 1]]]);
    expect(r.overlapDaysNotCounted).toBeUndefined();
  });

  test("counted once: the first stay keeps 20-01 … 31-01, the second counts from 01-02; nothing else changes", () => {
    const r = computeOccupancy(columns, { from: JAN_2024, to: APR_2024, countOverlapOnce: true });
    expect(r.groups.map((g) => [g.label, g.clientDays])).toEqual([
      ["Venlo", [31, 10, 0, 0]],
      ["Venray", [0, 29, 0, 0]],
    ]);
    expect(r.total.clientDays).toEqual([31, 39, 0, 0]);
    expect(r.overlapDaysNotCounted).toBe(12);
    expect(r.counts.counted).toBe(3);
    expect(r.counts.excluded).toBe(0);
    expect(r.problems.map((p) => p.message)).toEqual([
      "Rij 1 en rij 2: de verblijven van cliënt \"c1\" bij \"P\" overlappen; de overlappende dagen zijn één keer geteld, bij het verblijf dat het eerst begon.",
    ]);
  });

  test("a stay wholly inside an earlier one adds nothing; one that runs on keeps its own days", () => {
    const r = computeOccupancy(
      { municipality: ["Venlo", "Venlo", "Venlo"], client: ["a", "a", "a"], start: ["2024-01-01", "2024-01-05", "2024-01-08"], end: ["2024-01-10", "2024-01-06", "2024-01-20"] },
      { from: JAN_2024, to: APR_2024, countOverlapOnce: true },
    );
    expect(r.groups[0].clientDays).toEqual([20, 0, 0, 0]);
    expect(r.overlapDaysNotCounted).toBe(2 + 3);
  });

  const stayArb = fc.record({
    group: fc.constantFrom("Venlo", "Weert", "Beesel"),
    client: fc.constantFrom("a", "b", "c", ""),
    provider: fc.constantFrom("P", "Q", ""),
    startOffset: fc.integer({ min: -40, max: 200 }),
    length: fc.integer({ min: 0, max: 90 }),
  });

  test("property: every client-day at a provider is counted exactly once, for the stay that began first", () => {
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
          { from, to, countOverlapOnce: true },
        );
        const { months, firstDay, lastDay } = r.period;
        const monthOf = (d: number) => months.findIndex((m) => d - firstDay >= m.firstDay && d - firstDay < m.firstDay + m.days);
        // naive: stays by clipped start (then row); each day of a client at a provider goes to the first stay that has it
        const clipped = list.map((s, i) => ({ s, i, a: Math.max(from + s.startOffset, firstDay), b: Math.min(from + s.startOffset + s.length, lastDay) }));
        const ordered = clipped.filter((c) => c.a <= c.b).sort((x, y) => x.a - y.a || x.i - y.i);
        const taken = new Set<string>();
        const naive = new Map<string, number[]>();
        let dropped = 0;
        for (const { s, a, b } of ordered) {
          const row = naive.get(s.group) ?? new Array(months.length).fill(0);
          for (let d = a; d <= b; d++) {
            const key = `${s.client}|${s.provider}|${d}`;
            if (s.client !== "" && taken.has(key)) {
              dropped++;
              continue;
            }
            taken.add(key);
            row[monthOf(d)]++;
          }
          naive.set(s.group, row);
        }
        for (const g of r.groups) expect(g.clientDays).toEqual(naive.get(g.label));
        expect(r.overlapDaysNotCounted).toBe(dropped);
      }),
      { numRuns: 300 },
    );
  });
});

describe("text dates read day-first are counted", () => {
  test("three text dates like 15-03-2024, none for ISO text or Excel serials", () => {
    const r = computeOccupancy(
      { municipality: ["Venlo", "Venlo", "Venlo"], start: ["15-03-2024", "2024-03-01", 45352], end: ["16-03-2024", "5/4/2024", ""] },
      { from: JAN_2024, to: APR_2024 },
    );
    expect(r.textDates).toEqual({ count: 3, example: "15-03-2024" });
    expect(r.groups[0].clientDays[2]).toBe(2 + 31 + 31);
    const iso = computeOccupancy({ municipality: ["Venlo"], start: ["2024-03-01"], end: [45352] }, { from: JAN_2024, to: APR_2024 });
    expect(iso.textDates).toBeUndefined();
  });
});
