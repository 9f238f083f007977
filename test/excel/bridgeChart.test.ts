/**
 * The bridge chart: its stacked series (an invisible base under the visible bars), and how the
 * Excel adapter writes it on office-addin-mock — a "ColumnStacked" chart over labelled cells
 * beneath the notes, in the same two round trips as any writeTable, at 10 and 10,000 rows.
 */
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { bridgeLabelFormat, bridgeSeries } from "../../src/excel/bridgeChart";
import { PortError, type BridgeChartSpec, type CellValue, type TableSpec } from "../../src/excel/WorkbookPort";
import { FORMATS } from "../../src/excel/formats";
import { countSyncs, createExcelMock } from "./excelMock";

/** Oud totaal 100.000 → volume +20.000 → sleutel −5.000 → deelname 0 → overig +1 → nieuw 115.001 */
const BRIDGE: BridgeChartSpec = {
  kind: "bridge",
  title: "Overbrugging Oss",
  start: { label: "Oud totaal", value: 100_000 },
  steps: [
    { label: "Volume", value: 20_000 },
    { label: "Sleutel", value: -5_000 },
    { label: "Deelname", value: 0 },
    { label: "Overig", value: 1 },
  ],
  end: { label: "Nieuw totaal", value: 115_001 },
};

const bridge = (start: number, steps: number[]): BridgeChartSpec => ({
  kind: "bridge",
  title: "Brug",
  start: { label: "Oud", value: start },
  steps: steps.map((value, i) => ({ label: `Stap ${i + 1}`, value })),
  end: { label: "Nieuw", value: steps.reduce((s, v) => s + v, start) },
});

const valuesOf = (spec: BridgeChartSpec) => Object.fromEntries(bridgeSeries(spec).map((s, i) => [`${i}:${s.role}`, s.values]));

describe("bridgeSeries", () => {
  it("stands every step on an invisible base at the lower end of its interval", () => {
    expect(valuesOf(BRIDGE)).toEqual({
      "0:base": [0, 100_000, 115_000, 115_000, 115_000, 0],
      "1:total": [100_000, 0, 0, 0, 0, 115_001],
      "2:increase": [0, 20_000, 0, 0, 1, 0],
      "3:decrease": [0, 0, 5_000, 0, 0, 0],
    });
    expect(bridgeSeries(BRIDGE).map((s) => s.name)).toEqual(["Basis (onzichtbaar)", "Totaal", "Stijging", "Daling"]);
  });

  it("below zero the base and the bar both stack downwards", () => {
    // a refund: −1.000 → −500 (increase) → −800 (decrease)
    expect(valuesOf(bridge(-1_000, [500, -300]))).toEqual({
      "0:base": [0, -500, -500, 0],
      "1:total": [-1_000, 0, 0, -800],
      "2:increase": [0, -500, 0, 0],
      "3:decrease": [0, 0, -300, 0],
    });
  });

  it("a step across zero is split in two series of the same colour (Excel stacks one value per series per bar)", () => {
    // 300 → −200: the decrease covers [−200, 300]
    const series = bridgeSeries(bridge(300, [-500]));
    expect(series.map((s) => [s.role, s.values])).toEqual([
      ["base", [0, 0, 0]],
      ["total", [300, 0, -200]],
      ["increase", [0, 0, 0]],
      ["decrease", [0, 300, 0]],
      ["decrease", [0, -200, 0]],
    ]);
  });

  it("keeps cents exact and refuses a bridge that does not add up or has no number", () => {
    expect(valuesOf(bridge(0.1, [0.2]))["0:base"]).toEqual([0, 0.1, 0]);
    expect(() => bridgeSeries({ ...BRIDGE, end: { label: "Nieuw totaal", value: 115_000 } })).toThrow(
      new PortError('De brug "Overbrugging Oss" klopt niet: begin plus stappen is 115001, het eindtotaal is 115000; er is niets geschreven.'),
    );
    expect(() => bridgeSeries(bridge(Number.NaN, [1]))).toThrow(PortError);
  });

  it("labels a decrease with a minus and an increase without, whatever side of zero; zero shows nothing", () => {
    expect(bridgeLabelFormat("decrease", FORMATS.euro)).toBe('"€" -#,##0;"€" -#,##0;;');
    expect(bridgeLabelFormat("increase", FORMATS.euro)).toBe('"€" #,##0;"€" #,##0;;');
    expect(bridgeLabelFormat("total", FORMATS.euro)).toBe('"€" #,##0;"€" -#,##0;;');
  });
});

function spec(n: number): TableSpec {
  const rows: CellValue[][] = Array.from({ length: n }, (_, i) => [`Gemeente ${i + 1}`, i]);
  return {
    sheetName: "Mutaties",
    title: "Mutaties 2024 → 2025",
    columns: [{ header: "Gemeente" }, { header: "Verschil", numberFormat: FORMATS.euro }],
    rows,
    notes: [["Bron", "test"]],
    chart: BRIDGE,
  };
}

describe("ExcelWorkbookPort writes the bridge as a stacked column chart", () => {
  test.each([10, 10_000])("at %i rows: two round trips, figures beneath the notes, chart beside the table", async (n) => {
    const mock = createExcelMock({ sheets: { Blad1: [["x"]] } });
    const port = new ExcelWorkbookPort(mock.run);
    const sync = jest.spyOn(mock.context, "sync");
    const syncs = await countSyncs(mock, () => port.writeTable(spec(n)));
    expect(syncs).toBe(2);
    expect(sync).toHaveBeenCalledTimes(2);

    const sheet = "Mutaties";
    // table A3:B(n+3), notes at row n+5, the bridge's block from row n+7
    const top = n + 7;
    const at = (row: number) => `A${row}:G${row}`;
    expect(mock.values(sheet, at(top))).toEqual([["Gegevens voor de grafiek", "Oud totaal", "Volume", "Sleutel", "Deelname", "Overig", "Nieuw totaal"]]);
    expect(mock.values(sheet, at(top + 1))).toEqual([["Bedrag", 100_000, 20_000, -5_000, 0, 1, 115_001]]);
    expect(mock.values(sheet, at(top + 2))).toEqual([["Basis (onzichtbaar)", 0, 100_000, 115_000, 115_000, 115_000, 0]]);
    expect(mock.values(sheet, `A${top + 5}:B${top + 5}`)).toEqual([["Daling", 0]]);
    expect(mock.numberFormats(sheet, `A${top + 1}:C${top + 1}`)).toEqual([["@", FORMATS.euro, FORMATS.euro]]);
    expect(mock.numberFormats(sheet, `B${top}`)).toEqual([["@"]]);

    const categories = `${sheet}!B${top}:G${top}`;
    const row = (r: number) => `${sheet}!B${r}:G${r}`;
    expect(mock.state.charts).toEqual([
      {
        sheet,
        type: "ColumnStacked",
        source: row(top + 2),
        seriesBy: "Rows",
        title: { text: "Overbrugging Oss" },
        series: [
          { name: "Basis (onzichtbaar)", values: row(top + 2), xAxis: categories, fill: null },
          { name: "Totaal", values: row(top + 3), xAxis: categories, fill: "#A5A5A5", hasDataLabels: true, labelFormat: '"€" #,##0;"€" -#,##0;;' },
          { name: "Stijging", values: row(top + 4), xAxis: categories, fill: "#4472C4", hasDataLabels: true, labelFormat: '"€" #,##0;"€" #,##0;;' },
          { name: "Daling", values: row(top + 5), xAxis: categories, fill: "#ED7D31", hasDataLabels: true, labelFormat: '"€" -#,##0;"€" -#,##0;;' },
        ],
        position: ["D3", "K18"],
        legendVisible: false,
      },
    ]);
  });

  it("writes nothing when the bridge does not add up", async () => {
    const mock = createExcelMock({ sheets: { Blad1: [["x"]] } });
    const port = new ExcelWorkbookPort(mock.run);
    const wrong = { ...spec(3), chart: { ...BRIDGE, end: { label: "Nieuw totaal", value: 1 } } };
    await expect(port.writeTable(wrong)).rejects.toThrow("klopt niet");
    expect(mock.syncCount()).toBe(0);
    expect(mock.state.charts).toEqual([]);
  });
});
