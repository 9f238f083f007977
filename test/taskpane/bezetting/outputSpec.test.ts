import { computeOccupancy } from "../../../src/engine/occupancy";
import { dayNumber } from "../../../src/engine/shared/dates";
import { FORMATS } from "../../../src/excel/formats";
import { translate } from "../../../src/taskpane/i18n/catalogue";
import { outputSpec } from "../../../src/taskpane/panes/bezetting/outputSpec";

const t = (key: string, params?: Record<string, string | number>) => translate("nl", key, params);

describe("the occupancy sheet spec", () => {
  const result = computeOccupancy(
    {
      municipality: ["Venlo", "Venlo", "Weert", "kapot"],
      provider: ["A", "B", "A", "A"],
      start: ["2024-01-01", "2024-02-01", "2024-01-15", "x"],
      end: ["2024-02-29", "", "2024-01-16", ""],
    },
    { from: dayNumber(2024, 1, 1), to: dayNumber(2024, 3, 31), groupBy: ["gemeente", "aanbieder"], capacity: { perGroup: { "Venlo · A": 0.5 }, total: 2 } },
  );
  const spec = outputSpec({ result, sourceRange: "Blad1!A1:D5", excluded: [3], rowLabel: (i) => `rij ${i + 2}`, t, now: new Date(2026, 10, 22) });

  test("two label columns, months and Gemiddeld in 2 decimals, Capaciteit; Totaal padded", () => {
    expect(spec.columns.map((c) => c.header)).toEqual(["Gemeente", "Aanbieder", "2024-01", "2024-02", "2024-03", "Gemiddeld", "Capaciteit"]);
    expect(spec.columns.slice(2).every((c) => c.numberFormat === FORMATS.decimal2)).toBe(true);
    expect(spec.rows.map((r) => r.slice(0, 2))).toEqual([["Venlo", "A"], ["Venlo", "B"], ["Weert", "A"]]);
    expect(spec.rows[0]).toEqual(["Venlo", "A", 1, 1, 0, 2 / 3, 0.5]);
    expect(spec.rows[1][6]).toBe("");
    expect(spec.totalRow!.values.slice(0, 2)).toEqual(["Totaal", ""]);
    expect(spec.totalRow!.values[6]).toBe(2);
    expect(spec.sheetName).toBe("Bezetting 2024-01 tm 2024-03");
    expect(spec.title).toBe("Gemiddeld bezette plekken per gemeente en aanbieder per maand, januari 2024 t/m maart 2024");
  });

  test("in English the title names the months in English", () => {
    const en = (key: string, params?: Record<string, string | number>) => translate("en", key, params);
    const english = outputSpec({ result, sourceRange: "Blad1!A1:D5", excluded: [3], rowLabel: (i) => `rij ${i + 2}`, t: en, language: "en", now: new Date(2026, 10, 22) });
    expect(english.title).toMatch(/per month, January 2024 through March 2024$/);
    expect(english.sheetName).toBe("Bezetting 2024-01 tm 2024-03");
  });

  test("only groups with a capacity get a fill rule, over their month columns; the Totaal row (after the 3 groups) against the total capacity", () => {
    expect(spec.conditionalFills).toEqual([
      { rows: [0, 0], columns: [2, 4], greaterThan: { value: 0.5 }, fill: "#F8CBAD", fontColor: "#9C0006" },
      { rows: [3, 3], columns: [2, 4], greaterThan: { value: 2 }, fill: "#F8CBAD", fontColor: "#9C0006" },
    ]);
    expect(spec.rows).toHaveLength(3);
  });

  test("chart: the total against the given capacity over the month columns", () => {
    expect(spec.chart).toEqual({
      title: "Totaal bezette plekken per maand tegenover de capaciteit",
      seriesRows: [],
      extraSeries: [
        { name: "Totaal", values: result.total.average },
        { name: "Capaciteit", values: [2, 2, 2] },
      ],
      columns: [2, 4],
    });
  });

  test("provenance names source, period, definitions, exclusions and the unreadable row", () => {
    const lines = spec.notes!.map((n) => n.join(" | "));
    expect(lines).toContain("Bron | Blad1!A1:D5");
    expect(lines).toContain("Periode | 01-01-2024 t/m 31-03-2024 (3 maanden)");
    expect(lines).toContain("Capaciteit | totaal 2,00 plekken (opgegeven)");
    expect(lines).toContain("Uitgesloten rijen | rij 5");
    expect(lines).toContain("Niet te tellen rijen | rij 5");
    expect(lines).toContain("Open einddatums | 1 verblijf zonder einddatum, geteld t/m 31-03-2024");
    expect(lines.at(-1)).toMatch(/^Gemaakt met \| Sociaal Domein Rekenhulp \S+, 22-11-2026$/);
  });
});
