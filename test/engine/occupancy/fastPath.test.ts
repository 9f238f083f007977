/**
 * The engine reads rows in two ways: a lean loop for plain rows (Excel serials, text group keys,
 * one grouping column, no exclusions/clients/registry check) and a general per-row path for the
 * rest. These tests hold both to the same answers, and the text-id cache to the Map behind it.
 */
import fc from "fast-check";
import { computeOccupancy, UNKNOWN_GROUP, type OccupancyResult, type StayColumns } from "../../../src/engine/occupancy";
import { StringIds } from "../../../src/engine/occupancy/stringIds";
import { dayNumber, dayNumberToExcelSerial } from "../../../src/engine/shared/dates";

const FROM = dayNumber(2024, 1, 1);
const TO = dayNumber(2024, 6, 30);
const serial = (y: number, m: number, d: number) => dayNumberToExcelSerial(dayNumber(y, m, d));

/** Same columns, once through the plain loop and once forced through the general path (an empty exclusion set). */
function bothWays(columns: StayColumns): [OccupancyResult, OccupancyResult] {
  const plain = computeOccupancy(columns, { from: FROM, to: TO });
  const general = computeOccupancy(columns, { from: FROM, to: TO, exclude: new Set<number>() });
  return [plain, general];
}

/** Client-days per group and month, computed the plain way: every day of every usable stay. */
function naive(columns: { municipality: string[]; start: number[]; end: (number | "")[] }): Map<string, number[]> {
  const months = [...Array(6)].map((_, m) => ({ first: dayNumber(2024, m + 1, 1), last: dayNumber(2024, m + 2, 1) - 1 }));
  const table = new Map<string, number[]>();
  columns.start.forEach((s, i) => {
    const start = s - 25569;
    const endValue = columns.end[i];
    const end = endValue === "" ? months[5].last : endValue - 25569;
    if (end < start) return;
    const key = columns.municipality[i].trim() === "" ? UNKNOWN_GROUP : columns.municipality[i].trim();
    let row = table.get(key);
    months.forEach((m, k) => {
      const days = Math.min(end, m.last) - Math.max(start, m.first) + 1;
      if (days > 0) {
        if (!row) table.set(key, (row = [0, 0, 0, 0, 0, 0]));
        row[k] += days;
      }
    });
  });
  return table;
}

describe("plain loop and general path agree", () => {
  test("a mix of plain and awkward rows gives the same table, problems and counts both ways", () => {
    const columns: StayColumns = {
      municipality: ["Venlo", "Weert", " Venlo ", "", "Venlo", 42, "Weert", "Venlo", "Weert", null, "Venlo", "  "],
      start: [
        serial(2024, 1, 10), // plain
        serial(2023, 12, 1) + 0.75, // plain, with a time of day
        serial(2024, 2, 1), // key with spaces: same group as "Venlo"
        serial(2024, 3, 1), // blank municipality: "(onbekend)" and a problem
        "15-02-2024", // text date
        serial(2024, 4, 1), // number as municipality
        serial(2024, 5, 10), // end before start
        serial(2022, 1, 1), // wholly before the period
        serial(2025, 1, 1), // wholly after the period
        serial(2024, 6, 1), // null municipality
        "", // no start: a problem
        serial(2024, 6, 29), // whitespace municipality
      ],
      end: [
        serial(2024, 2, 5),
        "",
        serial(2024, 2, 29),
        serial(2024, 3, 31),
        serial(2024, 3, 1),
        "",
        serial(2024, 5, 1),
        serial(2022, 12, 31),
        "",
        " ",
        serial(2024, 1, 1),
        "",
      ],
    };
    const [plain, general] = bothWays(columns);
    expect(plain).toEqual(general);
    expect(plain.counts).toEqual({ rows: 12, counted: 8, empty: 0, excluded: 0, invalid: 2, outsidePeriod: 2, openEnded: 4 });
    expect(plain.groups.map((g) => g.label)).toEqual(["42", "Venlo", "Weert", UNKNOWN_GROUP]);
    // Venlo: 10-01…05-02 (22 + 5), 01-02…29-02 (29), 15-02…01-03 (15 + 1)
    expect(plain.groups[1].clientDays).toEqual([22, 5 + 29 + 15, 1, 0, 0, 0]);
    expect(plain.problems.map((p) => [p.kind, p.rows])).toEqual([
      ["empty-municipality", [3, 9, 11]],
      ["end-before-start", [6]],
      ["missing-start", [10]],
    ]);
  });

  test("property: random plain columns give the naive per-day answer, the same both ways", () => {
    const names = ["Venlo", "Weert", "Roermond", "Echt-Susteren", "", "Peel en Maas", "Venray"];
    const row = fc.record({
      name: fc.constantFrom(...names),
      start: fc.integer({ min: serial(2023, 6, 1), max: serial(2024, 8, 1) }),
      length: fc.integer({ min: -5, max: 400 }),
      open: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const columns = {
          municipality: rows.map((r) => r.name),
          start: rows.map((r) => r.start),
          end: rows.map((r): number | "" => (r.open ? "" : r.start + r.length)),
        };
        const [plain, general] = bothWays(columns);
        expect(plain).toEqual(general);
        const expected = naive(columns);
        expect(new Map(plain.groups.map((g) => [g.label, g.clientDays]))).toEqual(expected);
      }),
      { seed: 20241122, numRuns: 200 },
    );
  });

  test("hundreds of groups (the group arrays grow mid-block) and texts that hash alike", () => {
    // "Product 000" … "Product 999": same length, first and middle character; many share a slot
    const municipality = Array.from({ length: 3000 }, (_, i) => `Product ${String(i % 1000).padStart(3, "0")}`);
    const start = municipality.map((_, i) => serial(2024, 1 + (i % 6), 1 + (i % 28)));
    const end = municipality.map((_, i) => (i % 7 === 0 ? "" : start[i] + (i % 40)));
    const [plain, general] = bothWays({ municipality, start, end });
    expect(plain).toEqual(general);
    expect(plain.groups).toHaveLength(1000);
    expect(plain.groups[0].label).toBe("Product 000");
    expect(plain.counts.counted).toBe(3000);
  });
});

describe("StringIds (the text → group id cache)", () => {
  test("remembers and finds; unknown texts answer −1", () => {
    const ids = new StringIds(100);
    expect(ids.find("Venlo")).toBe(-1);
    ids.remember("Venlo", 0);
    ids.remember("Weert", 1);
    expect(ids.find("Venlo")).toBe(0);
    expect(ids.find("Weert")).toBe(1);
    // equal text in another string object is the same key
    expect(ids.find(["Ven", "lo"].join(""))).toBe(0);
    expect(ids.find("Venl")).toBe(-1);
  });

  test("the empty text is a key like any other (empty slots never match it)", () => {
    const ids = new StringIds(100);
    expect(ids.find("")).toBe(-1);
    ids.remember("", 7);
    expect(ids.find("")).toBe(7);
  });

  test("many texts: grows, and every text it still knows has its own id", () => {
    const ids = new StringIds(100);
    const texts = Array.from({ length: 5000 }, (_, i) => `Aanbieder ${i}`);
    texts.forEach((t, i) => ids.remember(t, i));
    let known = 0;
    const wrong: string[] = [];
    texts.forEach((t, i) => {
      const id = ids.find(t);
      if (id >= 0) known++;
      if (id >= 0 && id !== i) wrong.push(t);
    });
    expect(wrong).toEqual([]);
    // a cache may drop texts from crowded neighbourhoods, but not most of them
    expect(known).toBeGreaterThan(4500);
  });
});
