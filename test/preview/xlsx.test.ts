import * as ExcelJS from "exceljs";
import { MemoryWorkbookPort } from "../../src/preview/MemoryWorkbookPort";
import { demoWorkbook } from "../../src/preview/demo";
import JSZip from "jszip";
import { checkXlsx, checkXlsxSize, readXlsx, writeXlsx, XlsxOpenError } from "../../src/preview/xlsx";
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

describe("a saved workbook keeps what the user saw (issue 11)", () => {
  it("keeps fitted column widths, number formats, the table and the red over-capacity rule", async () => {
    const port = new MemoryWorkbookPort(demoWorkbook());
    await port.writeTable({
      sheetName: "Bezetting",
      columns: [{ header: "Gemeente" }, { header: "2024-01", numberFormat: FORMATS.decimal2 }, { header: "Bedrag", numberFormat: FORMATS.euro }],
      rows: [
        ["Venlo", 12.5, 1_234_567],
        ["Weert", 3.25, 98_765],
      ],
      conditionalFills: [{ rows: [0, 1], columns: [1, 1], greaterThan: { value: 10 }, fill: "#F8CBAD", fontColor: "#9C0006" }],
    });
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await writeXlsx(ExcelJS, port.toWorkbook())) as unknown as ExcelJS.Buffer);
    const sheet = saved.getWorksheet("Bezetting")!;
    // "€ 1.234.567" needs 11 characters: the column is at least that wide, so it never shows ###
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(11);
    expect(sheet.getCell("C2").numFmt).toBe(FORMATS.euro);
    expect(sheet.getCell("C2").value).toBe(1_234_567);
    const rules = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string; operator: string; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[] }).conditionalFormattings;
    expect(rules).toHaveLength(1);
    expect(rules[0].ref).toBe("B2:B3");
    expect(rules[0].rules[0]).toMatchObject({ type: "cellIs", operator: "greaterThan", formulae: ["10"] });
    expect(rules[0].rules[0].style.fill.bgColor.argb).toBe("FFF8CBAD");
    expect(Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables)).toHaveLength(1);
  });
});

describe("a chart exceljs cannot write is saved as a picture (issue 11)", () => {
  /** a 1 × 1 PNG, standing in for the page's drawing of the chart (chartPicture.ts) */
  const PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

  async function writtenWithChart() {
    const port = new MemoryWorkbookPort(demoWorkbook());
    await port.writeTable({
      sheetName: "Bezetting",
      columns: [{ header: "Gemeente" }, { header: "jan" }, { header: "feb" }],
      rows: [["Venlo", 20.35, 21.5]],
      chart: { title: "Bezetting", seriesRows: [0], columns: [1, 2] },
    });
    return port.toWorkbook();
  }

  it("places each chart's picture at the chart's own top-left cell", async () => {
    const book = await writtenWithChart();
    expect(book.charts[0].position).toEqual(["E1", "L16"]);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await writeXlsx(ExcelJS, book, [{ png: PNG, width: 436, height: 230 }])) as unknown as ExcelJS.Buffer);
    const images = saved.getWorksheet("Bezetting")!.getImages();
    expect(images).toHaveLength(1);
    expect(images[0].range.tl).toMatchObject({ nativeCol: 4, nativeRow: 0 });
    const media = saved.getImage(Number(images[0].imageId)) as unknown as { extension: string; buffer: Buffer };
    expect(media.extension).toBe("png");
    expect(media.buffer.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(saved.getWorksheet("Tarieven")!.getImages()).toHaveLength(0);
  });

  it("leaves out a chart without a picture", async () => {
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await writeXlsx(ExcelJS, await writtenWithChart(), [null])) as unknown as ExcelJS.Buffer);
    expect(saved.getWorksheet("Bezetting")!.getImages()).toHaveLength(0);
  });
});

describe("opening a file the preview cannot handle gives a Dutch message (issue 11)", () => {
  async function xlsxWith(change: (sheetXml: string) => string): Promise<ArrayBuffer> {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Blad1").getCell("A1").value = "x";
    const zip = await JSZip.loadAsync((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const name = "xl/worksheets/sheet1.xml";
    zip.file(name, change(await zip.file(name)!.async("string")));
    return zip.generateAsync({ type: "arraybuffer" });
  }

  it("refuses a merged area over the whole sheet before exceljs expands it", async () => {
    const data = await xlsxWith((xml) => xml.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
    expect(data.byteLength).toBeLessThan(20_000);
    await expect(checkXlsx(JSZip, data)).rejects.toThrow(new XlsxOpenError("werkblad 1 heeft een samengevoegd gebied A1:XFD1048576 van 17.179.869.184 cellen; zo'n bestand opent de voorbeeldweergave niet."));
  });

  it("refuses a sheet of more than 5 million cells", async () => {
    const data = await xlsxWith((xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:Z300000"/>'));
    await expect(checkXlsx(JSZip, data)).rejects.toThrow("werkblad 1 beslaat 7.800.000 cellen; de voorbeeldweergave opent werkmappen tot 5 miljoen cellen.");
  });

  it("refuses a file over 50 MB by its size, and a corrupt file without jszip's English text", async () => {
    expect(() => checkXlsxSize(51 * 1024 * 1024)).toThrow("het bestand is 51 MB; de voorbeeldweergave opent bestanden tot 50 MB.");
    const garbage = new TextEncoder().encode("PK\u0003\u0004 dit is geen zip").buffer as ArrayBuffer;
    for (const attempt of [checkXlsx(JSZip, garbage), readXlsx(ExcelJS, garbage)]) {
      const error = await attempt.then(() => undefined, (e: unknown) => e as Error);
      expect(error).toBeInstanceOf(XlsxOpenError);
      expect(error!.message).toMatch(/^het is geen geldig \.xlsx-bestand/);
      expect(error!.message).not.toMatch(/zip|http|Corrupted|End of data/i);
    }
  });

  it("opens an ordinary file after the checks", async () => {
    const data = await xlsxWith((xml) => xml);
    await checkXlsx(JSZip, data);
    expect((await readXlsx(ExcelJS, data)).sheets[0].name).toBe("Blad1");
  });
});
