/**
 * Opens an .xlsx file's bytes in a Web Worker (xlsxWorker.ts), so the page keeps responding
 * while a large file is checked and parsed. webpack 5 bundles the worker as its own file from
 * `new URL(…, import.meta.url)`, served from the page's origin: the page's CSP (`default-src
 * 'self'`, no `worker-src`) allows it, without blob: or eval.
 */
import { XlsxOpenError, type OpenProgress, type XlsxWorkerReply } from "./xlsx";
import type { MemoryWorkbook } from "./MemoryWorkbookPort";

/** The worker itself failed (it could not start, or ran out of memory): not the file's fault. */
export class XlsxWorkerError extends Error {
  constructor() {
    super("xlsx worker failed");
    this.name = "XlsxWorkerError";
  }
}

export interface OpenTask {
  result: Promise<MemoryWorkbook>;
  /** stops the worker; `result` then never settles */
  cancel(): void;
}

/** Starts parsing `data` (transferred to the worker: the caller must not use it afterwards). */
export function openInWorker(data: ArrayBuffer, onProgress: (progress: OpenProgress) => void): OpenTask {
  const worker = new Worker(new URL("./xlsxWorker.ts", import.meta.url), { name: "xlsx" });
  const result = new Promise<MemoryWorkbook>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<XlsxWorkerReply>) => {
      const reply = event.data;
      if (reply.kind === "progress") {
        onProgress(reply.progress);
        return;
      }
      worker.terminate();
      if (reply.kind === "done") {
        // lets tests tell the parsing (off this thread) from the hand-over to the page (on it)
        performance.mark("sd-xlsx-parsed");
        resolve(JSON.parse(reply.json) as MemoryWorkbook);
      }
      else if (reply.kind === "refused") reject(new XlsxOpenError(reply.message));
      else reject(new Error("damaged"));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new XlsxWorkerError());
    };
  });
  worker.postMessage(data, [data]);
  return { result, cancel: () => worker.terminate() };
}
