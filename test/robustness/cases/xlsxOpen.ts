/**
 * Open .xlsx… in the preview on files it must refuse (issue 11): each action does what the
 * toolbar does — the size check on the file, then openXlsx (the limit checks on the zip's XML,
 * then exceljs; in the page this runs in the Web Worker), then replacing the workbook — and must
 * stop with the toolbar's Dutch message before the workbook changes. The same files go through
 * the real page in test/e2e/openXlsx.test.ts; a file with formula-like text (opened, not
 * refused) is in test/robustness/xlsxOpenText.test.ts.
 */
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { MemoryWorkbookPort } from "../../../src/preview/MemoryWorkbookPort";
import { demoWorkbook } from "../../../src/preview/demo";
import { checkXlsxSize, openXlsx, XlsxOpenError } from "../../../src/preview/xlsx";
import { translate } from "../../../src/taskpane/i18n/catalogue";
import type { PaneActionCase, Says } from "../catalogue";

const t = (key: string, params?: Record<string, string | number>) => translate("nl", key, params);

/** A one-cell workbook whose first sheet XML is changed by `change`. */
export async function xlsxWith(change: (sheetXml: string) => string, cells: [string, ExcelJS.CellValue][] = [["A1", "x"]]): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Blad1");
  for (const [address, value] of cells) sheet.getCell(address).value = value;
  const zip = await JSZip.loadAsync((await book.xlsx.writeBuffer()) as ArrayBuffer);
  const name = "xl/worksheets/sheet1.xml";
  zip.file(name, change(await zip.file(name)!.async("string")));
  return zip.generateAsync({ type: "arraybuffer" });
}

/** What the toolbar does with a chosen file, on the demo workbook; rejects with the message it shows. */
async function openAsToolbar(port: MemoryWorkbookPort, file: { name: string; size: number; bytes: () => Promise<ArrayBuffer> }): Promise<void> {
  try {
    checkXlsxSize(file.size);
    port.adopt(await openXlsx(ExcelJS, JSZip, await file.bytes()));
  } catch (error) {
    throw new Error(t("preview.fileError", { file: file.name, message: error instanceof XlsxOpenError ? error.message : t("preview.damaged") }));
  }
}

function openCase(input: string, name: string, size: number | undefined, bytes: () => Promise<ArrayBuffer>, says: Says): PaneActionCase {
  const port = new MemoryWorkbookPort(demoWorkbook());
  return {
    capability: "openen",
    input,
    says,
    serialize: () => port.serialize(),
    action: async () => {
      const data = await bytes();
      await openAsToolbar(port, { name, size: size ?? data.byteLength, bytes: async () => data });
    },
  };
}

export function xlsxOpenCases(): PaneActionCase[] {
  return [
    // the File's size is checked before its bytes are read: a 51 MB file is never loaded
    openCase("a file over 50 MB (by its size)", "jaarrekening.xlsx", 51 * 1024 * 1024, async () => new ArrayBuffer(0), [
      "jaarrekening.xlsx kon niet worden geopend",
      "het bestand is 51 MB",
      "bestanden tot 50 MB",
    ]),
    openCase("bytes over 50 MB (by their length)", "groot.xlsx", undefined, async () => new ArrayBuffer(50 * 1024 * 1024 + 1), ["groot.xlsx kon niet worden geopend", "het bestand is 51 MB"]),
    openCase("a sheet of more than 5 million cells", "veel.xlsx", undefined, () => xlsxWith((xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:Z300000"/>')), [
      "veel.xlsx kon niet worden geopend",
      "werkblad 1 beslaat 7.800.000 cellen",
      "tot 5 miljoen cellen",
    ]),
    openCase(
      "a merge over A1:XFD1048576",
      "samengevoegd.xlsx",
      undefined,
      () => xlsxWith((xml) => xml.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')),
      ["samengevoegd.xlsx kon niet worden geopend", "werkblad 1 heeft een samengevoegd gebied A1:XFD1048576 van 17.179.869.184 cellen"],
    ),
    openCase("a corrupt file (not a zip)", "kapot.xlsx", undefined, async () => new TextEncoder().encode("PK\u0003\u0004 dit is geen zip").buffer as ArrayBuffer, [
      "kapot.xlsx kon niet worden geopend: het is geen geldig .xlsx-bestand",
      /^(?!.*(zip|Corrupted|End of data|http))/i,
    ]),
    openCase(
      "a zip that is no workbook",
      "archief.xlsx",
      undefined,
      async () => {
        const zip = new JSZip();
        zip.file("leesmij.txt", "geen werkmap");
        return zip.generateAsync({ type: "arraybuffer" });
      },
      ["archief.xlsx kon niet worden geopend: het is geen geldig .xlsx-bestand"],
    ),
  ];
}
