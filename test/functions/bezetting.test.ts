import { occupancy } from "../../src/functions/functions";
import { dayNumber, dayNumberToExcelSerial } from "../../src/engine/shared/dates";

const serial = (y: number, m: number, d: number) => dayNumberToExcelSerial(dayNumber(y, m, d));
const col = (values: unknown[]) => values.map((v) => [v]);

function thrown(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected an error");
}

describe("SD.BEZETTING", () => {
  // Bergen in seed 000: 19 client-days in 2022-10 (0,61), 30 in November, 25 in December (0,81)
  const gemeenten = col([" Bergen", "Venlo", "Bergen", "", "Beesel"]);
  const begin = col([serial(2022, 10, 13), "2022-10-01", "01-01-2023", "2022-11-01", "2021-01-01"]);
  const eind = col([serial(2022, 12, 25), "31-10-2022", "", "2022-11-30", "2021-12-31"]);

  test("spills Gemeente | months | Gemiddeld, rows sorted, (onbekend) last, Totaal at the bottom", () => {
    const table = occupancy(gemeenten, begin, eind, serial(2022, 1, 1), "2023-03-31");
    expect(table[0]).toEqual(["Gemeente", "2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06", "2022-07", "2022-08", "2022-09", "2022-10", "2022-11", "2022-12", "2023-01", "2023-02", "2023-03", "Gemiddeld"]);
    expect(table.map((r) => r[0])).toEqual(["Gemeente", "Bergen", "Venlo", "(onbekend)", "Totaal"]);
    const bergen = table[1] as number[];
    expect(bergen.slice(1, 10)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(bergen.slice(10, 16)).toEqual([19 / 31, 1, 25 / 31, 1, 1, 1]);
    expect(Math.round(bergen[16] * 100) / 100).toBe(0.36);
    expect(table[4][10]).toBe(19 / 31 + 1);
    expect(table[4][11]).toBe(2);
  });

  test("works on row ranges too; a one-month period", () => {
    const table = occupancy([["Venlo", "Venlo"]], [["2024-02-01", "2024-02-15"]], [["2024-02-29", null]], "15-02-2024", "2024-02-01");
    expect(table).toEqual([
      ["Gemeente", "2024-02", "Gemiddeld"],
      ["Venlo", 44 / 29, 44 / 29],
      ["Totaal", 44 / 29, 44 / 29],
    ]);
  });

  test("end date before start date → #VALUE! naming the row", () => {
    const error = thrown(() => occupancy(col(["Venlo", "Weert"]), col(["2024-01-01", "2024-03-10"]), col(["", "2024-03-01"]), "2024-01-01", "2024-12-31"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("Rij 2: de einddatum (01-03-2024) ligt vóór de begindatum (10-03-2024). Controleer beide datums.");
  });

  test("an unreadable date → #VALUE! naming the row (kolom for row ranges)", () => {
    const error = thrown(() => occupancy([["Venlo", "Weert", "Venray"]], [["2024-01-01", "2024-01-01", "1 maart"]], [["", "", ""]], "2024-01-01", "2024-12-31"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^Kolom 3: begindatum "1 maart" is geen datum/);
    expect(thrown(() => occupancy(col(["Venlo"]), col(["2024-01-01"]), col(["31-13-2024"]), "2024-01-01", "2024-12-31")).message).toMatch(/^Rij 1: einddatum "31-13-2024"/);
  });

  test("ranges of different lengths → #VALUE!", () => {
    const error = thrown(() => occupancy(col(["Venlo", "Weert"]), col(["2024-01-01"]), col(["", ""]), "2024-01-01", "2024-12-31"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/begindata heeft 1 rij en de kolom gemeenten 2/);
    // plural from 2 on (issue 14: "heeft 1 rijen")
    expect(thrown(() => occupancy(col(["Venlo", "Weert", "Venray"]), col(["2024-01-01", "2024-01-01"]), col(["", "", ""]), "2024-01-01", "2024-12-31")).message).toBe(
      "De kolom begindata heeft 2 rijen en de kolom gemeenten 3; alle kolommen moeten even lang zijn. Selecteer bereiken met dezelfde rijen.",
    );
    expect(thrown(() => occupancy(col(["Venlo", "Weert"]), col(["2024-01-01", "2024-01-01"]), col([""]), "2024-01-01", "2024-12-31")).message).toMatch(/^De kolom einddata heeft 1 rij en de kolom gemeenten 2;/);
  });

  test("bad period arguments", () => {
    expect(thrown(() => occupancy(col(["Venlo"]), col(["2024-01-01"]), col([""]), "gisteren", "2024-12-31")).message).toMatch(/^van: "gisteren" is geen datum/);
    const backwards = thrown(() => occupancy(col(["Venlo"]), col(["2024-01-01"]), col([""]), "2024-12-31", "2024-01-01"));
    expect(backwards.code).toBe("#VALUE!");
    expect(backwards.message).toMatch(/achteruit/);
    expect(thrown(() => occupancy(col(["Venlo"]), col(["2024-01-01"]), col([""]), "2000-01-01", "2024-12-31")).code).toBe("#NUM!");
  });
});
