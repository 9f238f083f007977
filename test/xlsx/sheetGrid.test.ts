/**
 * The one .xlsx reader (src/xlsx/sheetGrid.ts), as the Vergelijken pane, `npm run vergelijk` and
 * `npm run controleer` use it: a file written with exceljs is read back the way Office.js shows
 * the sheet — used range only, cached formula results, formulas as A1 text, dates as serials,
 * number formats, a merged title in its top-left cell only.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readSheetGrids } from "../../src/xlsx/sheetGrid";
import { readWorkbookSheets } from "../../scripts/controleer/workbookSheets";

async function fileBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kosten 2024");
  ws.getCell("B2").value = "Kosten per gemeente";
  ws.mergeCells("B2:D2");
  ws.getRow(3).values = [undefined, "Gemeente", "Inwoners", "Bedrag"] as ExcelJS.CellValue[];
  ws.getRow(4).values = [undefined, "Oss", 91915, 258191] as ExcelJS.CellValue[];
  ws.getRow(5).values = [undefined, "Boekel", 11076, 30983] as ExcelJS.CellValue[];
  ws.getCell("D4").numFmt = '"€" #,##0';
  ws.getCell("B6").value = "Totaal";
  ws.getCell("D6").value = { formula: "_xlfn.SUM(D4:D5)", result: 289174 } as ExcelJS.CellFormulaValue;
  ws.getCell("C7").value = new Date(Date.UTC(2024, 0, 1));
  ws.getCell("D7").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  wb.addWorksheet("Leeg");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readSheetGrids", () => {
  it("reads a sheet as Office.js presents its used range", async () => {
    const [kosten, leeg] = await readSheetGrids(ExcelJS, await fileBytes());
    expect(kosten.name).toBe("Kosten 2024");
    expect(kosten.origin).toEqual({ row: 1, col: 1 });
    expect(kosten.values).toEqual([
      ["Kosten per gemeente", "", ""],
      ["Gemeente", "Inwoners", "Bedrag"],
      ["Oss", 91915, 258191],
      ["Boekel", 11076, 30983],
      ["Totaal", "", 289174],
      ["", 45292, "#REF!"],
    ]);
    expect(kosten.formulas[4]).toEqual(["Totaal", "", "=SUM(D4:D5)"]);
    expect(kosten.numberFormat[2]).toEqual(["General", "General", '"€" #,##0']);
    expect(kosten.hasRows).toBe(true);
    expect(leeg).toEqual({ name: "Leeg", values: [], formulas: [], numberFormat: [], origin: { row: 0, col: 0 }, hasRows: false });
  });

  it("refuses bytes that are no .xlsx", async () => {
    await expect(readSheetGrids(ExcelJS, new TextEncoder().encode("geen xlsx"))).rejects.toThrow();
  });
});

describe("the controleer command's view of the same file", () => {
  it("is the same grid as validation input: address of the used range, values, formulas and formats", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sd-xlsx-")), "kosten.xlsx");
    fs.writeFileSync(file, await fileBytes());
    const [grid] = await readSheetGrids(ExcelJS, fs.readFileSync(file));
    const sheets = await readWorkbookSheets(file);
    expect(sheets.map((s) => [s.name, s.hasRows, s.input?.address])).toEqual([
      ["Kosten 2024", true, "B2"],
      ["Leeg", false, undefined],
    ]);
    expect(sheets[0].input).toEqual({ values: grid.values, formulas: grid.formulas, numberFormat: grid.numberFormat, origin: { row: 1, col: 1 }, address: "B2" });
  });
});
