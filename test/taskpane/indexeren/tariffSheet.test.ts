import { indexSeries, indexTariffList, type IndexationMethod } from "../../../src/engine/indexation";
import { buildTariffSheet } from "../../../src/taskpane/panes/indexeren/tariffSheet";
import { translate } from "../../../src/taskpane/i18n/catalogue";
import { DEMO_TARIFFS } from "../../../src/preview/demo/tarieven";
import { displayValue } from "../../../src/preview/displayFormat";
import type { NoteCell } from "../../../src/excel/WorkbookPort";
import { otherColumns } from "../../../src/taskpane/panes/indexeren/tariffSheet";

const shown = (cell: NoteCell) => (typeof cell === "object" ? displayValue(cell.value, cell.numberFormat) : String(cell));

const t = (key: string, params?: Record<string, string | number>) => translate("nl", key, params);
const vng2024: IndexationMethod = { wageShare: 0.9, difference: "relatief", combination: "optellen", rounding: { decimals: 2, components: true } };

function demoRows() {
  return DEMO_TARIFFS.map((d) => [d.code, d.description, d.unit, d.tariff2024]);
}

describe("the written tariff sheet", () => {
  it("has old tariff, indexation, new tariff rounded to cents, a Totaal row, the VNG-style derivation and provenance", () => {
    const result = indexTariffList(indexSeries(), {
      rows: demoRows(),
      mapping: { code: 0, description: 1, tariff: 3 },
      origin: { row: 1, col: 0 },
      fromYear: 2023,
      toYear: 2024,
      method: vng2024,
      decimals: 2,
    });
    const spec = buildTariffSheet(
      { result, fromYear: 2023, toYear: 2024, sourceRange: "Tarieven!A1:D13", overrides: [], decimals: 2, now: new Date(2026, 10, 22) },
      t,
    );
    expect(spec.columns.map((c) => c.header)).toEqual(["Productcode", "Omschrijving", "Tarief 2023", "Indexatie 2023→2024", "Tarief 2024"]);
    // 58,45 × 1,063 = 62,13235 → 62,13; 398,20 × 1,063 = 423,2866 → 423,29
    expect(spec.rows[0]).toEqual(["02A01", "Begeleiding individueel basis", 58.45, 0.063, 62.13]);
    expect(spec.rows[11][4]).toBe(423.29);
    expect(spec.totalRow?.values.slice(0, 2)).toEqual(["Totaal", "12 producten"]);
    // note cells as Dutch Excel shows them; percentages are numbers with a % format, never text
    const notes = spec.notes!.map((line) => line.map(shown).join(" | "));
    expect(notes[0]).toBe("Afleiding indexatie aanbieder 2024");
    const total = spec.notes!.find((line) => line[0] === "Totaal")!;
    expect(total.slice(1).every((c) => typeof c === "object" && typeof c.value === "number" && /%$/.test(c.numberFormat))).toBe(true);
    expect(total[5]).toEqual({ value: 0.047, numberFormat: "0.00%" });
    // sources by title and date, never by a path in the add-in's repository
    expect(notes.join("\n")).not.toMatch(/SOURCES\.md|src\//);
    expect(notes).toContain("Totaal | 100% | 4,75% | 6,43% | 1,60% | 4,70% | 6,30%");
    expect(notes).toContain("OVA | 90% | 4,74% | 6,36% | 1,55% | 4,94% | 6,49%");
    expect(notes.some((n) => n.startsWith("Methode | ") && n.includes("weging 90% OVA / 10% PPC; verschil relatief ((1 + def) / (1 + voorl) − 1); opgeteld bij voorlopig t; componenten en uitkomst afgerond op 2 decimalen.") && n.includes("Dit is de methode van: VNG-advies 2024 (ambulant 90/10)"))).toBe(true);
    expect(notes.some((n) => n.startsWith("PPC 2023 definitief | 7,02% | VNG"))).toBe(true);
    expect(notes).toContain("Invoer | Tarieven!A1:D13");
    expect(notes.some((n) => /^Gemaakt met \| Sociaal Domein Rekenhulp .+, 22-11-2026$/.test(n))).toBe(true);
  });

  it("adds basis and settlement columns with their totals", () => {
    const result = indexTariffList(indexSeries(), {
      rows: [["A", "x", 100, 50], ["B", "y", 200, 25]],
      mapping: { code: 0, description: 1, basis: 2, tariff: 3 },
      origin: { row: 1, col: 0 },
      fromYear: 2024,
      toYear: 2025,
      method: vng2024,
      decimals: 2,
      basisKind: "volume",
    });
    const spec = buildTariffSheet({ result, fromYear: 2024, toYear: 2025, basisKind: "volume", sourceRange: "X!A1:D3", overrides: [], decimals: 2 }, t);
    expect(spec.columns.map((c) => c.header).slice(5)).toEqual(["Basis nacalculatie 2024", "Nacalculatie 2024"]);
    // basis 5.000 each; factor 1,0571/1,04697 − 1 → 48,38 each
    expect(spec.rows.map((r) => r.slice(5))).toEqual([[5000, 48.38], [5000, 48.38]]);
    expect(spec.totalRow?.values.slice(5)).toEqual([10000, 96.76]);
  });
});

describe("the other columns of the tariff list (issue 14)", () => {
  it("keeps every column the indexation does not use, with its values per row and its number format", () => {
    const snapshot = {
      values: [
        ["Code", "Omschrijving", "Eenheid", "Tarief 2024", "Budget", "", "Opmerking"],
        ["A", "x", "uur", 50, 1000, "", "=fout"],
        ["B", "y", "etmaal", 60, 2000, "", ""],
      ],
      numberFormat: [["General", "General", "General", "General", "General", "General", "General"], ...Array.from({ length: 2 }, () => ["@", "General", "General", "0.00", '"€" #,##0', "General", "General"])],
    };
    const others = otherColumns(snapshot, { code: 0, description: 1, tariff: 3 });
    expect(others).toEqual([
      { header: "Eenheid", values: ["uur", "etmaal"] },
      { header: "Budget", values: [1000, 2000], numberFormat: '"€" #,##0' },
      { header: "Opmerking", values: ["=fout", ""] },
    ]);
    const result = indexTariffList(indexSeries(), {
      rows: snapshot.values.slice(1),
      mapping: { code: 0, description: 1, tariff: 3 },
      origin: { row: 1, col: 0 },
      fromYear: 2024,
      toYear: 2025,
      method: vng2024,
      decimals: 2,
    });
    const spec = buildTariffSheet({ result, fromYear: 2024, toYear: 2025, sourceRange: "Blad1!A1:G3", overrides: [], decimals: 2, otherColumns: others }, t);
    expect(spec.columns.map((c) => c.header).slice(0, 5)).toEqual(["Productcode", "Omschrijving", "Eenheid", "Budget", "Opmerking"]);
    expect(spec.rows[1].slice(0, 5)).toEqual(["B", "y", "etmaal", 2000, ""]);
    expect(spec.columns[3].numberFormat).toBe('"€" #,##0');
    expect(spec.totalRow!.values).toHaveLength(spec.columns.length);
  });
});
