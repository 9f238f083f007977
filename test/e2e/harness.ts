/**
 * End-to-end harness: serves the built preview (dist-preview/, or SD_PREVIEW_DIR) from a tiny
 * static server on 127.0.0.1, opens it in Chromium (see chromium.ts for which one) through playwright-core and
 * waits for the pane shell. Every request URL the page makes is recorded, so tests can prove
 * nothing leaves the machine.
 *
 *   const preview = await openPreview();
 *   await selectRange(preview.page, "Tarieven", "A1:D13");
 *   …
 *   await preview.close();
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type LaunchOptions, type Page } from "playwright-core";
import { resolveChromium } from "./chromium";

const BROWSER_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

/** Starts the test browser: SD_CHROMIUM, else an installed Chromium/Chrome/Edge, else the bundled one. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const resolved = await resolveChromium();
  return chromium.launch({
    ...options,
    executablePath: resolved.executablePath,
    args: [...BROWSER_ARGS, ...(options.args ?? [])],
    ...(resolved.env ? { env: { ...process.env, ...resolved.env } } : {}),
  });
}
const ROOT = path.resolve(__dirname, "..", "..");
const OUTPUT_DIR = path.join(ROOT, "test-output");

export interface PreviewOptions {
  /** folder with the built preview; default SD_PREVIEW_DIR or dist-preview/ */
  dir?: string;
  /** page to open; default "/preview.html" */
  pagePath?: string;
  /** viewport; default 1280 × 800 */
  viewport?: { width: number; height: number };
  /** wait for the pane shell; default true */
  waitForShell?: boolean;
}

export interface OpenPreview {
  page: Page;
  browser: Browser;
  /** the origin of the local server, e.g. "http://127.0.0.1:41234" */
  origin: string;
  /** every URL the page requested, in order */
  requests: string[];
  /** uncaught errors thrown in the page */
  pageErrors: string[];
  /** console.error messages of the page (React warnings, blocked requests, CSP violations) */
  consoleErrors: string[];
  /** ms from navigation start until the pane shell was visible (undefined when not awaited) */
  firstRenderMs?: number;
  close(): Promise<void>;
}

/** Values of one sheet as the preview's in-memory workbook holds them. */
export type PreviewCells = (string | number | boolean)[][];

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = path.normalize(path.join(dir, urlPath === "/" ? "/preview.html" : urlPath));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(`Niet gevonden: ${urlPath}`);
      return;
    }
    res.writeHead(200, { "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

export async function openPreview(options: PreviewOptions = {}): Promise<OpenPreview> {
  const dir = path.resolve(options.dir ?? process.env.SD_PREVIEW_DIR ?? path.join(ROOT, "dist-preview"));
  if (!fs.existsSync(path.join(dir, "preview.html"))) {
    throw new Error(`Geen voorbeeldbuild in ${dir}: run npm run build:preview`);
  }

  const server = await serve(dir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 } });
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });

    // Records, inside the page, when the pane shell first appears (ms since navigation start).
    await page.addInitScript(() => {
      const w = window as unknown as { __sdFirstRenderMs?: number };
      const observer = new MutationObserver(() => {
        if (document.querySelector("[data-testid=pane-shell]")) {
          w.__sdFirstRenderMs = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${origin}${options.pagePath ?? "/preview.html"}`);
    let firstRenderMs: number | undefined;
    if (options.waitForShell !== false) {
      try {
        await page.waitForSelector("[data-testid=pane-shell]", { state: "visible", timeout: 20_000 });
      } catch (error) {
        throw new Error(`Het deelvenster verscheen niet in de voorbeeldweergave. Fouten op de pagina: ${errors.join(" | ") || "geen"}`, {
          cause: error,
        });
      }
      firstRenderMs = await page.evaluate(() => (window as unknown as { __sdFirstRenderMs?: number }).__sdFirstRenderMs ?? performance.now());
    }
    const opened = browser;
    return {
      page,
      browser: opened,
      origin,
      pageErrors: errors,
      consoleErrors,
      requests,
      firstRenderMs,
      close: async () => {
        await opened.close();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  } catch (error) {
    await browser?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }
}

/**
 * Opens the preview (1280 × 900 unless `options` say otherwise) with one pane shown: its tab,
 * found by `label` as a screen reader would ("Bezetting"), is clicked as a user would.
 */
export async function openPane(label: string, options: PreviewOptions = {}): Promise<OpenPreview> {
  const preview = await openPreview({ viewport: { width: 1280, height: 900 }, ...options });
  try {
    await showPane(preview.page, label);
  } catch (error) {
    await preview.close();
    throw error;
  }
  return preview;
}

/**
 * Clicks the tab named `label` — in the row, or in the "Meer" menu when it did not fit in the
 * row — and waits until its pane (data-testid `pane-<label in lower case>`) is visible.
 */
export async function showPane(page: Page, label: string): Promise<void> {
  const tab = page.locator("[data-testid=tab-row]").getByRole("tab", { name: label, exact: true });
  if (await tab.isVisible()) {
    await tab.click();
  } else {
    await page.locator("[data-testid=tab-more]").click();
    await page.getByRole("menuitem", { name: label, exact: true }).click();
  }
  await page.waitForSelector(`[data-testid=pane-${label.toLowerCase()}]`, { state: "visible" });
}

/** As showPane, by pane id ("bezetting"): the tab in the row, or its entry in the "…" menu. */
export async function showPaneById(page: Page, id: string): Promise<void> {
  const tab = page.getByTestId(`tab-${id}`);
  if (await tab.isVisible()) {
    await tab.click();
  } else {
    await page.getByTestId("tab-more").click();
    await page.getByTestId(`tab-menu-${id}`).click();
  }
  await page.waitForSelector(`[data-testid=pane-${id}]`, { state: "visible" });
}

/** How many sheets the preview's workbook has; with `waitForNewSheet`, to see a write finish. */
export async function sheetCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__sdPreview.port.sheetNames().length);
}

/** Waits (up to a minute: large writes) until the workbook has more than `count` sheets. */
export async function waitForNewSheet(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => window.__sdPreview.port.sheetNames().length > n, count, { timeout: 60_000 });
}

/** Selects a cell or range in the preview's workbook (as a user clicking the sheet would). */
export async function selectRange(page: Page, sheet: string, address: string): Promise<void> {
  await page.evaluate(([s, a]) => window.__sdPreview.select(s, a), [sheet, address] as const);
}

/** The values of a sheet (from A1 to the last used cell). */
export async function sheetCells(page: Page, sheet: string): Promise<PreviewCells> {
  return page.evaluate((s) => window.__sdPreview.cells(s), sheet);
}

/** Deterministic JSON of the whole preview workbook, for "nothing changed" checks. */
export async function serializeWorkbook(page: Page): Promise<string> {
  return page.evaluate(() => window.__sdPreview.serialize());
}

/** Saves a full-page screenshot to test-output/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
