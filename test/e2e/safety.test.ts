/**
 * Safety (issue 7), end to end in Chromium:
 * - every request the pane makes stays on the add-in's own origin (the preview, through all
 *   four panes' write actions; the production build, where only Microsoft's office.js CDN is
 *   allowed besides — answered here from node_modules, so the test needs no network);
 * - both builds carry the Content-Security-Policy and load without a CSP violation;
 * - no pane writes over filled cells: each pane's write is aimed at a sheet name that is already
 *   taken by the user's own data, and every sheet that existed before must be exactly as it was;
 *   a safe fix in Controleren on a cell the user changed after the check writes nothing.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { launchChromium, openPreview, showPaneById, selectRange, serializeWorkbook, sheetCells, sheetCount, waitForNewSheet, type OpenPreview } from "./harness";

const ROOT = path.resolve(__dirname, "..", "..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

/** Content of every sheet, by name, from the preview's serialized workbook (fills left out: highlights are reversible formatting). */
function sheetContents(serialized: string): Map<string, string> {
  const book = JSON.parse(serialized) as { sheets: { name: string; cells: ({ value: unknown; formula?: string } | null)[][] }[] };
  return new Map(book.sheets.map((s) => [s.name, JSON.stringify(s.cells.map((row) => (row ?? []).map((c) => (c ? [c.value, c.formula ?? null] : null))))]));
}

/** Fills a new sheet named `name` with the user's own data, as if they made it earlier. */
async function occupySheet(page: Page, name: string): Promise<void> {
  await page.evaluate(
    (sheetName) =>
      window.__sdPreview.port.writeTable({
        sheetName,
        columns: [{ header: "Eigen werk" }, { header: "Bedrag" }],
        rows: [
          ["niet overschrijven", 1234.56],
          ["ook dit niet", 42],
        ],
      }),
    name,
  );
}

/** Checks that every sheet of `before` is unchanged and returns the names of the sheets added. */
function expectOnlyNewSheets(before: string, after: string): string[] {
  const old = sheetContents(before);
  const now = sheetContents(after);
  for (const [name, content] of old) expect([name, now.get(name)]).toEqual([name, content]);
  return [...now.keys()].filter((name) => !old.has(name));
}

async function openTab(page: Page, id: string): Promise<void> {
  await showPaneById(page, id);
}

describe("safety in the preview", () => {
  let preview: OpenPreview;

  beforeAll(async () => {
    preview = await openPreview({ viewport: { width: 1280, height: 900 } });
    // reload with a CSP listener installed before any script runs
    await preview.page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        const w = window as unknown as { __sdCsp?: string[] };
        (w.__sdCsp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await preview.page.reload();
    await preview.page.waitForSelector("[data-testid=pane-shell]", { state: "visible" });
  });
  afterAll(async () => {
    await preview?.close();
  });

  it("carries the Content-Security-Policy", async () => {
    const csp = await preview.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/\*/);
    // the same policy as production: no eval-based source maps in the preview build (issue 11)
    expect(csp).not.toContain("unsafe-eval");
  });

  it("Verdelen writes beside a filled sheet of the same name, never over it", async () => {
    const { page } = preview;
    await occupySheet(page, "Verdeling 2024");
    await openTab(page, "verdelen");
    await page.getByTestId("verdelen-preset").click();
    await page.getByRole("option", { name: "Brabant Noordoost-oost (5)" }).click();
    await page.selectOption("[data-testid=verdelen-year]", "2022");
    await page.getByTestId("verdelen-line-name-0").fill("Inkoop & contractering");
    await page.getByTestId("verdelen-line-amount-0").fill("797.000");
    await page.getByTestId("verdelen-budget-year").fill("2024");
    const before = await serializeWorkbook(page);
    const count = await sheetCount(page);
    await page.getByTestId("verdelen-write").click();
    await waitForNewSheet(page, count);
    const added = expectOnlyNewSheets(before, await serializeWorkbook(page));
    expect(added).toEqual(["Verdeling 2024 (2)"]);
    expect((await sheetCells(page, "Verdeling 2024"))[1]).toEqual(["niet overschrijven", 1234.56]);
  });

  it("Indexeren writes beside a filled sheet of the same name, never over it", async () => {
    const { page } = preview;
    await occupySheet(page, "Tarieven 2025");
    await openTab(page, "indexeren");
    await selectRange(page, "Tarieven", "A1");
    await page.locator("[data-testid=indexeren-read]").click();
    await expect(page.locator("[data-testid=indexeren-read-info]").textContent()).resolves.toContain("Tarieven!A1");
    const before = await serializeWorkbook(page);
    const count = await sheetCount(page);
    await page.locator("[data-testid=indexeren-write]").click();
    await waitForNewSheet(page, count);
    const added = expectOnlyNewSheets(before, await serializeWorkbook(page));
    expect(added).toEqual(["Tarieven 2025 (2)"]);
    expect((await sheetCells(page, "Tarieven 2025"))[2]).toEqual(["ook dit niet", 42]);
  });

  it("Bezetting writes beside a filled sheet of the same name, never over it", async () => {
    const { page } = preview;
    await occupySheet(page, "Bezetting 2022-01 tm 2024-12");
    await openTab(page, "bezetting");
    await selectRange(page, "Verblijven", "B7");
    await page.locator("[data-testid=bezetting-read]").click();
    await page.waitForSelector("[data-testid=bezetting-source]");
    await page.selectOption("[data-testid=bezetting-from]", "2022-01");
    await page.selectOption("[data-testid=bezetting-to]", "2024-12");
    await page.locator("[data-testid=bezetting-analyse]").click();
    await page.waitForSelector("[data-testid=bezetting-summary]");
    const exclude = page.locator("[data-testid=bezetting-choice-exclude]");
    if ((await exclude.count()) > 0) await exclude.check();
    const before = await serializeWorkbook(page);
    const count = await sheetCount(page);
    await page.locator("[data-testid=bezetting-write]").click();
    await waitForNewSheet(page, count);
    const added = expectOnlyNewSheets(before, await serializeWorkbook(page));
    expect(added).toHaveLength(1);
    expect(added[0]).not.toBe("Bezetting 2022-01 tm 2024-12");
    expect(added[0]).toMatch(/^Bezetting 2022-01 tm 2024-12? ?\(2\)$/);
  });

  it("Controleren: a fix on a cell changed after the check writes nothing; the report goes to a new sheet", async () => {
    const { page } = preview;
    await openTab(page, "controleren");
    await selectRange(page, "Kosten per gemeente 2024", "A1");
    await page.getByTestId("controleren-scope-sheet").click();
    await page.getByTestId("controleren-run").click();
    const typo = page.locator('[data-testid=controleren-finding][data-rule=unknown-municipality][data-cell="A2"]');
    await typo.waitFor({ state: "visible" });
    await typo.getByTestId("controleren-finding-fix").click();
    await page.getByTestId("controleren-fix-preview").waitFor({ state: "visible" });
    // the user types in the cell while the fix is on screen
    await page.evaluate(() =>
      window.__sdPreview.port.updateCells("Kosten per gemeente 2024", [{ address: "A2", expected: "Bemheze", content: "Eigen invoer" }]),
    );
    const before = await serializeWorkbook(page);
    await page.getByTestId("controleren-fix-apply").click();
    const status = page.getByTestId("status-error");
    await status.waitFor({ state: "visible", timeout: 10_000 });
    await expect(status.textContent()).resolves.toContain("gewijzigd");
    expect(await serializeWorkbook(page)).toBe(before);
    expect((await sheetCells(page, "Kosten per gemeente 2024"))[1][0]).toBe("Eigen invoer");

    const count = await sheetCount(page);
    const beforeExport = await serializeWorkbook(page);
    await page.getByTestId("controleren-export").click();
    await waitForNewSheet(page, count);
    const added = expectOnlyNewSheets(beforeExport, await serializeWorkbook(page));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^Controle /);
  });

  it("made no request outside its own origin and no CSP violation through all of this", async () => {
    const foreign = preview.requests.filter((url) => !url.startsWith(preview.origin) && !url.startsWith("data:") && !url.startsWith(`blob:${preview.origin}`));
    expect(foreign).toEqual([]);
    expect(preview.requests.length).toBeGreaterThan(0);
    const violations = await preview.page.evaluate(() => (window as unknown as { __sdCsp?: string[] }).__sdCsp ?? []);
    expect(violations).toEqual([]);
  });
});

describe("safety of the production build", () => {
  // `npm test` builds dist/ first; SD_DIST_DIR points at another production build
  const dist = path.resolve(process.env.SD_DIST_DIR ?? path.join(ROOT, "dist"));

  it("loads with only its own origin and office.js from Microsoft's CDN, without CSP violations", async () => {
    // the production page is minified: attribute quotes may be dropped
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    expect(html).toMatch(/http-equiv="?Content-Security-Policy"?/);
    expect(html).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(html).toMatch(new RegExp(`<script src="?${OFFICE_CDN.replace(/[./]/g, "\\$&")}office\\.js"?>`));
    expect(html).not.toContain("'unsafe-eval'");

    const server = http.createServer((req, res) => {
      const file = path.normalize(path.join(dist, new URL(req.url ?? "/", "http://localhost").pathname));
      if (!file.startsWith(dist + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "Content-Type": file.endsWith(".html") ? "text/html; charset=utf-8" : "text/javascript; charset=utf-8" });
      fs.createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      await context.route(`${OFFICE_CDN}**`, async (route) => {
        const file = path.join(OFFICE_DIST, route.request().url().slice(OFFICE_CDN.length).split("?")[0]);
        if (file.startsWith(OFFICE_DIST) && fs.existsSync(file)) await route.fulfill({ path: file, contentType: "text/javascript" });
        else await route.fulfill({ status: 404 });
      });
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          const w = window as unknown as { __sdCsp?: string[] };
          (w.__sdCsp ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
        });
      });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(`${origin}/taskpane.html`);
      // outside Excel, office.js reports no host and the pane says to open it in Excel
      await page.waitForSelector("[data-testid=host-none]", { state: "visible", timeout: 20_000 });
      const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith(OFFICE_CDN) && !url.startsWith("data:"));
      expect(foreign).toEqual([]);
      expect(requests.some((url) => url === `${OFFICE_CDN}office.js`)).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __sdCsp?: string[] }).__sdCsp ?? [])).toEqual([]);
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
