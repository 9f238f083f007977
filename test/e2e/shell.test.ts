/**
 * The preview in a real Chromium: the demo workbook's sheets are shown, every tab of the pane
 * renders, selecting in the sheet view reaches the port, nothing is requested from anywhere but
 * the local preview server, and the first render time is logged.
 */
import { openPreview, screenshot, selectRange, serializeWorkbook, sheetCells, type OpenPreview } from "./harness";

const SHEETS = ["Kosten per gemeente 2024", "Overzicht module 1", "Tarieven", "Verblijven"];
const TABS = [
  ["controleren", "Controleren"],
  ["verdelen", "Verdelen"],
  ["indexeren", "Indexeren"],
  ["bezetting", "Bezetting"],
] as const;

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
    // eslint-disable-next-line no-console
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
      await page.getByRole("tab", { name: label }).click();
      await page.waitForSelector(`[data-testid=pane-${id}]`, { state: "visible", timeout: 10_000 });
      await expect(page.getByRole("tab", { name: label }).getAttribute("aria-selected")).resolves.toBe("true");
      await expect(page.locator("[data-testid=pane-shell] [role=alert]").count()).resolves.toBe(0);
    }
    expect(preview.pageErrors).toEqual([]);
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

  it("requests nothing outside the local preview server and saves a screenshot", async () => {
    const { page, requests, origin } = preview;
    await page.getByRole("tab", { name: "Controleren" }).click();
    const file = await screenshot(page, "shell");
    expect(file).toMatch(/test-output\/shell\.png$/);
    const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:"));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
  });
});
