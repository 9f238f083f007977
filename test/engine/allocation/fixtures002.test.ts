/**
 * Reproduces the three "Totaaloverzicht kosten per gemeente" tables of seed 002 §6.4: every
 * amount within €1 of the printed one, and every row and column adding up exactly where the
 * printed tables drift by a euro (their `audit_discrepancies`).
 */
import { buildAllocationTable, type AllocationTable } from "../../../src/engine/allocation";
import { defaultRegistry } from "../../../src/engine/municipalities";
import table2022 from "../../fixtures/002-kosten-per-gemeente-2022-2023.json";
import table2024 from "../../fixtures/002-kosten-per-gemeente-2024.json";
import table2025 from "../../fixtures/002-kosten-per-gemeente-2025.json";

interface Fixture {
  cells: (string | number | null)[][];
  audit_discrepancies: { cell: string; diff_value: number | null }[];
}

const fixtures: [string, Fixture][] = [
  ["2022+2023", table2022 as Fixture],
  ["2024", table2024 as Fixture],
  ["2025", table2025 as Fixture],
];

function reproduce(fixture: Fixture): { table: AllocationTable; body: number[][]; printedTotal: number[] } {
  const header = fixture.cells[0] as string[];
  const body = fixture.cells.slice(1, 6).map((row) => row.slice(1) as number[]);
  const printedTotal = fixture.cells[6].slice(1) as number[];
  const table = buildAllocationTable({
    municipalities: fixture.cells.slice(1, 6).map((row) => ({ name: String(row[0]), weight: row[1] as number })),
    lines: [3, 4, 5].map((c) => ({ name: header[c], total: printedTotal[c - 1] })),
    vatRate: 0.21,
    decimals: 0,
  });
  return { table, body, printedTotal };
}

describe.each(fixtures)("seed 002 kosten per gemeente %s", (_, fixture) => {
  const { table, body, printedTotal } = reproduce(fixture);

  test("every amount within €1 of the printed one", () => {
    table.rows.forEach((row, i) => {
      const ours = [...row.lines, row.excl, row.vat, row.incl];
      const printed = body[i].slice(2);
      ours.forEach((value, c) => expect(Math.abs(value - printed[c])).toBeLessThanOrEqual(1));
    });
  });

  test("the Totaal row is the printed Totaal row, and every column adds up to it exactly", () => {
    expect([table.total.weight, ...table.total.lines, table.total.excl, table.total.vat, table.total.incl]).toEqual([
      printedTotal[0],
      ...printedTotal.slice(2),
    ]);
    const columnSums = table.total.lines.map((_, j) => table.rows.reduce((s, r) => s + r.lines[j], 0));
    expect(columnSums).toEqual(table.total.lines);
    expect(table.rows.reduce((s, r) => s + r.excl, 0)).toBe(table.total.excl);
    expect(table.rows.reduce((s, r) => s + r.vat, 0)).toBe(table.total.vat);
    expect(table.rows.reduce((s, r) => s + r.incl, 0)).toBe(table.total.incl);
  });

  test("every row adds up exactly (excl = Σ lines, incl = excl + BTW), where the printed rows drift", () => {
    for (const row of table.rows) {
      expect(row.excl).toBe(row.lines.reduce((s, v) => s + v, 0));
      expect(row.incl).toBe(row.excl + row.vat);
      expect(Math.abs(row.vat - 0.21 * row.excl)).toBeLessThan(1);
    }
    // the printed table does drift: the audit lists one-euro differences
    expect(fixture.audit_discrepancies.some((d) => Math.abs(d.diff_value ?? 0) === 1)).toBe(true);
  });

  test("Aandeel rounded to whole percents adds up to 100% and matches the printed 11/4/32/21/32", () => {
    const shares = buildAllocationTable({
      municipalities: body.map((row, i) => ({ name: `g${i}`, weight: row[0] })),
      lines: [{ name: "x", total: 1 }],
      shareDecimals: 2,
    }).rows.map((r) => r.share);
    expect(shares).toEqual(body.map((row) => row[1] / 100));
  });
});

describe("seed 002 against the embedded CBS figures per 1-1-2022", () => {
  test("Bernheze, Boekel, Land van Cuijk and Maashorst match; Oss is printed with its 1-1-2020 figure", () => {
    const printed = (table2024 as Fixture).cells.slice(1, 6).map((row) => row[1]);
    const names = ["Bernheze", "Boekel", "Land van Cuijk", "Maashorst", "Oss"];
    const embedded2022 = names.map((n) => defaultRegistry.population(n, 2022).value);
    expect(embedded2022.slice(0, 4)).toEqual(printed.slice(0, 4));
    expect(embedded2022[4]).toBe(93_307);
    expect(defaultRegistry.population("Oss", 2020).value).toBe(printed[4]);
  });

  test("the printed name 'Bemheze' is refused with Bernheze as suggestion", () => {
    const result = defaultRegistry.lookup(String((table2024 as Fixture).cells[1][0]), 2022);
    expect(result).toMatchObject({ ok: false, reason: "unknown", suggestions: expect.arrayContaining(["Bernheze"]) });
  });
});
