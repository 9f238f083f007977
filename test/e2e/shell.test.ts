/**
 * The preview in a real Chromium: the demo workbook's sheets are shown, every tab of the pane
 * renders, selecting in the sheet view reaches the port, nothing is requested from anywhere but
 * the local preview server, and the first render time is logged.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { PANE_REGISTRY } from "../../src/taskpane/paneRegistry";
import { openPreview, screenshot, selectRange, showPane, serializeWorkbook, sheetCells, type OpenPreview } from "./harness";

const SHEETS = ["Kosten per gemeente 2024", "Overzicht module 1", "Tarieven", "Verblijven", "Kosten per gemeente 2025"];
const TABS = PANE_REGISTRY.map((pane) => [pane.id, pane.label.nl] as const);

describe("browser preview shell", () => {
  let preview: OpenPreview;

  beforeAll(async () => {
    preview = await openPreview();
  });
  afterAll(async () => {
    await preview?.close();
  });

  it("shows the pane shell next to the demo workbook, Dutch-formatted", async () => {
    const { page } = preview;
    console.log(`Voorbeeldweergave: eerste weergave van het deelvenster na ${Math.round(preview.firstRenderMs ?? NaN)} ms`);
    expect(preview.firstRenderMs).toBeGreaterThan(0);
    for (const sheet of SHEETS) await expect(page.locator(`[data-testid="sheet-tab-${sheet}"]`).isVisible()).resolves.toBe(true);
    await expect(page.locator('td[data-address="A2"]').textContent()).resolves.toBe("Bemheze");
    await expect(page.locator('td[data-address="I7"]').textContent()).resolves.toBe("€ 1.538.031");
    await expect(page.locator('td[data-address="C2"]').textContent()).resolves.toBe("11%");
    const cells = await sheetCells(page, "Kosten per gemeente 2024");
    expect(cells[6][8]).toBe(1538031);
  });

  it("switches every tab and renders each pane without an error", async () => {
    const { page } = preview;
    for (const [id, label] of TABS) {
      await showPane(page, label); // in the row, or in its overflow menu
      await expect(page.getByTestId(`tab-${id}`).getAttribute("aria-selected")).resolves.toBe("true");
      await expect(page.locator("[data-testid=pane-shell] [role=alert]").count()).resolves.toBe(0);
    }
    expect(preview.pageErrors).toEqual([]);
  });

  it("fits every pane in a 320 px wide task pane without sideways scrolling", async () => {
    const { page } = preview;
    const narrow = await page.addStyleTag({ content: "[data-testid=pane-column] { width: 320px !important; }" });
    const overflowing: string[] = [];
    for (const [id, label] of TABS) {
      await showPane(page, label);
      await page.waitForSelector(`[data-testid=pane-${id}]`, { state: "visible" });
      const { scroll, client } = await page.$eval("[data-testid=pane-column]", (el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(client).toBeLessThanOrEqual(320);
      if (scroll > client + 1) overflowing.push(`${label}: ${scroll}px`);
    }
    await narrow.evaluate((el) => (el as Element).remove());
    expect(overflowing).toEqual([]);
  });

  it("selects cells by click, shift-click and API, and switches sheets by tab", async () => {
    const { page } = preview;
    await page.locator('[data-testid="sheet-tab-Tarieven"]').click();
    await expect(page.locator('td[data-address="D2"]').textContent()).resolves.toBe("€ 58,45");
    await page.locator('td[data-address="A2"]').click();
    await page.locator('td[data-address="D4"]').click({ modifiers: ["Shift"] });
    expect(await page.evaluate(() => window.__sdPreview.port.selection)).toEqual({ sheetName: "Tarieven", address: "A2:D4" });
    await page.keyboard.press("Shift+ArrowDown");
    expect(await page.evaluate(() => window.__sdPreview.port.selection.address)).toBe("A2:D5");
    await selectRange(page, "Verblijven", "E2");
    await page.waitForSelector('[data-testid="sheet-tab-Verblijven"][aria-selected="true"]');
    await expect(page.locator('td[data-address="E2"]').textContent()).resolves.toMatch(/^\d\d-\d\d-20\d\d$/);
    await expect(page.locator("[data-testid=sheet-selection]").textContent()).resolves.toContain("Verblijven!E2");
    const before = await serializeWorkbook(page);
    await page.locator("[data-testid=preview-demo]").click();
    expect(await serializeWorkbook(page)).not.toBe(before);
    expect(await page.evaluate(() => window.__sdPreview.port.activeSheet)).toBe("Kosten per gemeente 2024");
  });

  it("shows a table written through the port on a new sheet, with its conditional fill and chart", async () => {
    const { page } = preview;
    const written = await page.evaluate(() =>
      window.__sdPreview.port.writeTable({
        sheetName: "Bezetting 2024",
        title: "Plekbezetting per maand",
        columns: [{ header: "Gemeente" }, { header: "jan", numberFormat: "#,##0.00" }, { header: "feb", numberFormat: "#,##0.00" }],
        rows: [["Venlo", 20.35, 21.5], ["Beesel", 0.61, 1.2]],
        totalRow: { values: ["Totaal", 20.96, 22.7], formulas: [null, "=SUM(B4:B5)", "=SUM(C4:C5)"] },
        notes: [["Bron: demowerkmap"]],
        conditionalFills: [{ rows: [0, 1], columns: [1, 2], greaterThan: { value: 21 }, fill: "#FFC7CE" }],
        chart: { title: "Bezetting", seriesRows: [0, 1], columns: [1, 2] },
      }),
    );
    expect(written).toMatchObject({ sheetName: "Bezetting 2024", tableAddress: "A3:C6" });
    await page.waitForSelector('[data-testid="sheet-tab-Bezetting 2024"][aria-selected="true"]');
    await expect(page.locator('td[data-address="B4"]').textContent()).resolves.toBe("20,35");
    await expect(page.locator('td[data-address="C4"]').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe("rgb(255, 199, 206)");
    await expect(page.locator('td[data-address="B4"]').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toBe("rgb(255, 199, 206)");
    await expect(page.locator("[data-testid=chart-preview] polyline").count()).resolves.toBe(2);
    await screenshot(page, "preview-written-table");
    await page.locator("[data-testid=preview-demo]").click();
  });

  it("saves the workbook as .xlsx and opens it again, all in the browser", async () => {
    const { page } = preview;
    await selectRange(page, "Tarieven", "A1");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-testid=preview-save]").click()]);
    expect(download.suggestedFilename()).toBe("rekenhulp-voorbeeld.xlsx");
    const file = await download.path();
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
    expect(saved.worksheets.map((w) => w.name)).toEqual(SHEETS);
    expect(saved.getWorksheet("Kosten per gemeente 2024")?.getCell("I7").value).toEqual({ formula: "SUM(I2:I6)", result: 1538031 });

    await page.evaluate(() => window.__sdPreview.port.setSetting("sd.test", 1));
    const before = await serializeWorkbook(page);
    // opened under the user's own name, the next save offers that name again
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sd-shell-"));
    const named = path.join(dir, "Begroting 2027 regio.xlsx");
    fs.copyFileSync(file, named);
    await page.locator("[data-testid=preview-file]").setInputFiles(named);
    await page.waitForFunction((previous) => window.__sdPreview.serialize() !== previous, before);
    await expect(page.locator("[data-testid=preview-message]").textContent()).resolves.toContain("5 werkbladen");
    expect((await sheetCells(page, "Tarieven"))[1]).toEqual(["02A01", "Begeleiding individueel basis", "uur", 58.45]);
    expect((await sheetCells(page, "Kosten per gemeente 2024"))[6][8]).toBe(1538031);
    const [again] = await Promise.all([page.waitForEvent("download"), page.locator("[data-testid=preview-save]").click()]);
    expect(again.suggestedFilename()).toBe("Begroting 2027 regio.xlsx");
    fs.rmSync(dir, { recursive: true, force: true });
    await page.locator("[data-testid=preview-demo]").click();
  });

  it("switches the pane and the preview to English and back", async () => {
    const { page } = preview;
    await page.locator("[data-testid=preview-language]").click();
    await page.getByRole("option", { name: "English" }).click();
    await page.getByRole("tab", { name: "Allocate" }).waitFor();
    await expect(page.locator("[data-testid=preview-demo]").textContent()).resolves.toBe("Load demo workbook");
    await page.locator("[data-testid=preview-language]").click();
    await page.getByRole("option", { name: "Nederlands" }).click();
    await page.getByRole("tab", { name: "Verdelen" }).waitFor();
  });

  it("requests nothing outside the local preview server and saves a screenshot", async () => {
    const { page, requests, origin } = preview;
    await page.getByRole("tab", { name: "Controleren" }).click();
    const file = await screenshot(page, "shell");
    expect(file).toMatch(/test-output\/shell\.png$/);
    const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:"));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(preview.consoleErrors.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
  });
});
