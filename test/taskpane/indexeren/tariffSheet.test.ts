import { indexSeries, indexTariffList, type IndexationMethod } from "../../../src/engine/indexation";
import { buildTariffSheet } from "../../../src/taskpane/panes/indexeren/tariffSheet";
import { translate } from "../../../src/taskpane/i18n/catalogue";
import { DEMO_TARIFFS } from "../../../src/preview/demo/tarieven";

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
      origin: { column: 0, row: 2 },
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
    const notes = spec.notes!.map((line) => line.join(" | "));
    expect(notes[0]).toBe("Afleiding indexatie aanbieder 2024");
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
      origin: { column: 0, row: 2 },
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
