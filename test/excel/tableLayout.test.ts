import { layoutTable } from "../../src/excel/tableLayout";
import { formatRange } from "../../src/engine/shared/a1";
import { PortError, type TableSpec } from "../../src/excel/WorkbookPort";

const base: TableSpec = {
  sheetName: "Tarieven 2025",
  columns: [{ header: "Productcode" }, { header: "Tarief 2024" }, { header: "Tarief 2025" }],
  rows: [
    ["45A01", 61.2, 64.3],
    ["45A02", 70.05, 73.6],
  ],
};

describe("table layout", () => {
  test("without title the table starts in A1; without Totaal row there is none", () => {
    const layout = layoutTable(base);
    expect([formatRange(layout.table), formatRange(layout.header), formatRange(layout.body)]).toEqual(["A1:C3", "A1:C1", "A2:C3"]);
    expect(layout.title).toBeUndefined();
    expect(layout.total).toBeUndefined();
    expect(layout.headerBodyCells.formulas).toEqual([]);
    // text cells are formatted as text ("@"), so Excel stores them as written
    expect(layout.headerBodyCells.formats).toEqual([
      ["@", "@", "@"],
      ["@", "General", "General"],
      ["@", "General", "General"],
    ]);
  });

  test("notes are padded to one rectangle; a fixed-number rule is written as its number", () => {
    const layout = layoutTable({
      ...base,
      notes: [["Bron"], ["Index", "OVA 2025", "definitief"]],
      conditionalFills: [{ rows: [1, 1], columns: [1, 2], greaterThan: { value: 70.5 }, fill: "#FFC7CE", fontColor: "#9C0006" }],
    });
    expect(formatRange(layout.notes!.range)).toBe("A5:C6");
    expect(layout.notes!.values).toEqual([["Bron", "", ""], ["Index", "OVA 2025", "definitief"]]);
    expect(layout.notes!.formats).toEqual([["@", "General", "General"], ["@", "@", "@"]]);
    expect(layout.conditionalFills).toEqual([
      { range: { top: 2, bottom: 2, left: 1, right: 2 }, formula1: "70.5", fill: "#FFC7CE", fontColor: "#9C0006" },
    ]);
  });

  test("a rule may mark the Totaal row (body row rows.length) when there is one", () => {
    const fill = { rows: [2, 2] as [number, number], columns: [1, 2] as [number, number], greaterThan: { value: 100 }, fill: "#F8CBAD" };
    const layout = layoutTable({ ...base, totalRow: { values: ["Totaal", 131.25, 137.9] }, conditionalFills: [fill] });
    expect(formatRange(layout.conditionalFills[0].range)).toBe("B4:C4");
    expect(formatRange(layout.total!.range)).toBe("A4:C4");
    expect(() => layoutTable({ ...base, conditionalFills: [fill] })).toThrow("Een voorwaardelijke opmaak verwijst naar cellen buiten de tabel");
  });

  test("formulas come only from the spec, in one run per column; numbers in notes keep their format", () => {
    const layout = layoutTable({
      ...base,
      rows: [
        ["=HYPERLINK(\"http://x\")", 1, 2],
        ["+1", 3, 4],
        ["-2", 5, 6],
      ],
      formulas: [
        [null, null, "=B2*2"],
        [null, null, "=B3*2"],
        [null, null, null],
      ],
      totalRow: { values: ["Totaal", 9, 6], formulas: [null, "=SUM(B2:B4)", "=SUM(C2:C4)"] },
      notes: [["Effect", { value: 18835, numberFormat: '"€" #,##0' }]],
    });
    expect(layout.headerBodyCells.formats.slice(1).map((r) => r[0])).toEqual(["@", "@", "@"]);
    expect(layout.headerBodyCells.formulas).toEqual([{ range: { top: 1, bottom: 2, left: 2, right: 2 }, formulas: [["=B2*2"], ["=B3*2"]] }]);
    expect(layout.total!.formulas.map((r) => formatRange(r.range))).toEqual(["B5", "C5"]);
    expect(layout.total!.formats).toEqual([["@", "General", "General"]]);
    expect(layout.notes!.values).toEqual([["Effect", 18835]]);
    expect(layout.notes!.formats).toEqual([["@", '"€" #,##0']]);
  });

  test.each([
    [{ ...base, rows: [] }, "De tabel heeft geen rijen; er is niets geschreven."],
    [{ ...base, columns: [] }, "De tabel heeft geen kolommen; er is niets geschreven."],
    [{ ...base, formulas: [[null, null, null]] }, "Er zijn 1 rij formules voor 2 rijen; er is niets geschreven."],
    [{ ...base, totalRow: { values: ["Totaal"] } }, "De Totaal-rij heeft 1 cel, de tabel heeft 3 kolommen; er is niets geschreven."],
    [
      { ...base, conditionalFills: [{ rows: [0, 2], columns: [1, 1], greaterThan: { value: 0 }, fill: "#FF0000" }] },
      "Een voorwaardelijke opmaak verwijst naar cellen buiten de tabel; er is niets geschreven.",
    ],
    [{ ...base, chart: { title: "x", seriesRows: [0], columns: [1, 3] } }, "De grafiek verwijst naar cellen buiten de tabel; er is niets geschreven."],
    [
      { ...base, chart: { title: "x", seriesRows: [0], columns: [1, 2], extraSeries: [{ name: "Plafond", values: [1] }] } },
      'De reeks "Plafond" heeft 1 waarde, de grafiek heeft 2 kolommen; er is niets geschreven.',
    ],
  ] as [TableSpec, string][])("a wrong spec is refused: %#", (spec, message) => {
    expect(() => layoutTable(spec)).toThrow(new PortError(message));
  });
});
