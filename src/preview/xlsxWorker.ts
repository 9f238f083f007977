/**
 * The Web Worker that opens an .xlsx file for the preview (issue 11): the zip checks and
 * exceljs' parsing of a large file take seconds, which on the page's own thread froze the tab.
 * Receives the file's bytes (transferred, not copied), answers with XlsxWorkerReply messages:
 * progress, then the workbook (as JSON) or why it was refused.
 */
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { openXlsx, XlsxOpenError, type XlsxWorkerReply } from "./xlsx";

/** The worker's global scope, as far as it is used here (the project compiles with the DOM lib). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: XlsxWorkerReply): void;
};

async function open(data: ArrayBuffer): Promise<void> {
  try {
    const book = await openXlsx(ExcelJS, JSZip, data, (progress) => scope.postMessage({ kind: "progress", progress }));
    scope.postMessage({ kind: "done", json: JSON.stringify(book) });
  } catch (error) {
    scope.postMessage(error instanceof XlsxOpenError ? { kind: "refused", message: error.message } : { kind: "failed" });
  }
}

scope.onmessage = (event) => {
  void open(event.data);
};
