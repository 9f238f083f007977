import * as ExcelJS from "exceljs";
import { MemoryWorkbookPort } from "../../src/preview/MemoryWorkbookPort";
import { demoWorkbook } from "../../src/preview/demo";
import { readXlsx, writeXlsx } from "../../src/preview/xlsx";
import { FORMATS } from "../../src/excel/formats";

describe("xlsx load and save", () => {
  it("round-trips the demo workbook: values, formulas, formats, bold and fills", async () => {
    const original = new MemoryWorkbookPort(demoWorkbook());
    const bytes = await writeXlsx(ExcelJS, original.toWorkbook());
    const reopened = new MemoryWorkbookPort(await readXlsx(ExcelJS, bytes));
    expect((await reopened.listSheets()).names).toEqual((await original.listSheets()).names);
    for (const name of (await original.listSheets()).names) {
      expect(reopened.values(name)).toEqual(original.values(name));
    }
    const kosten = await reopened.readSnapshot({ kind: "range", sheetName: "Kosten per gemeente 2024", address: "A7:I7" });
    expect(kosten.formulas[0][8]).toBe("=SUM(I2:I6)");
    expect(kosten.values[0][8]).toBe(1538031);
    expect(kosten.numberFormat[0][8]).toBe(FORMATS.euro);
    const stays = await reopened.readSnapshot({ kind: "range", sheetName: "Verblijven", address: "E2" });
    expect(stays.numberFormat[0][0]).toBe(FORMATS.date);
    expect(reopened.display("Kosten per gemeente 2024")[0][0].bold).toBe(true);
    expect(reopened.display("Tarieven")[14][0].fill).toBe("#FFF4CE");
  });

  it("keeps a written table as an Excel table with its total row", async () => {
    const port = new MemoryWorkbookPort(demoWorkbook());
    const written = await port.writeTable({
      sheetName: "Verdeling",
      title: "Verdeling",
      columns: [{ header: "Gemeente" }, { header: "Bedrag", numberFormat: FORMATS.euro }],
      rows: [["Boekel", 30983], ["Oss", 258191]],
      totalRow: { values: ["Totaal", 289174], formulas: [null, "=SUM(B4:B5)"] },
      notes: [["Bron: test"]],
    });
    const reopened = new MemoryWorkbookPort(await readXlsx(ExcelJS, await writeXlsx(ExcelJS, port.toWorkbook())));
    expect(await reopened.listTables()).toEqual([{ name: written.tableName, sheetName: "Verdeling", address: "A3:B6" }]);
    expect(reopened.values("Verdeling")).toEqual(port.values("Verdeling"));
    const total = await reopened.readSnapshot({ kind: "range", sheetName: "Verdeling", address: "B6" });
    expect(total.formulas).toEqual([["=SUM(B4:B5)"]]);
  });

  it("turns dates into Excel serials with a Dutch date format", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.getCell("A1").value = new Date(Date.UTC(2024, 2, 31));
    sheet.getCell("A2").value = { richText: [{ text: "Bern" }, { text: "heze" }] };
    const book = await readXlsx(ExcelJS, (await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect(book.sheets[0].cells[0][0]).toEqual({ value: 45382, numberFormat: FORMATS.date });
    expect(book.sheets[0].cells[1][0]?.value).toBe("Bernheze");
  });
});
