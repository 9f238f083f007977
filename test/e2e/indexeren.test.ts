/**
 * The Indexeren pane in the browser preview: pick the VNG 2024 method and see 6,30%, then
 * index the demo "Tarieven" list (prices 2024) to 2025 with a keyboard-and-mouse flow and
 * check the values written to the new sheet, its derivation block and that the list itself
 * is untouched. Nothing may be requested from outside the local preview server.
 */
import { openPane, screenshot, selectRange, sheetCells, type OpenPreview } from "./harness";

describe("Indexeren pane in the preview", () => {
  let preview: OpenPreview;

  beforeAll(async () => {
    preview = await openPane("Indexeren");
  });
  afterAll(async () => {
    await preview?.close();
  });

  it("shows the VNG 2024 derivation (6,30%) when its choices are made", async () => {
    const { page } = preview;
    await page.selectOption("[data-testid=indexeren-year]", "2024");
    await page.locator("[data-testid=indexeren-difference] input[value=relatief]").check();
    await page.locator("[data-testid=indexeren-rounding] input[value=componenten]").check();
    await expect(page.locator("[data-testid=indexeren-result]").textContent()).resolves.toBe("6,30%");
    await expect(page.locator("[data-testid=indexeren-derivation-OVA]").textContent()).resolves.toContain("6,36%");
    await expect(page.locator("[data-testid=indexeren-method-summary]").textContent()).resolves.toContain("VNG-advies 2024");
    await expect(page.locator("[data-testid=indexeren-chart]").isVisible()).resolves.toBe(true);
    await page.locator("[data-testid=indexeren-result]").scrollIntoViewIfNeeded();
    await screenshot(page, "indexeren-derivation");
  });

  it("indexes the demo tariff list to 2025 and writes the derivation", async () => {
    const { page } = preview;
    const before = JSON.stringify(await sheetCells(page, "Tarieven"));
    await page.selectOption("[data-testid=indexeren-year]", "2025");
    await page.locator("[data-testid=indexeren-difference] input[value=absoluut]").check();
    await page.locator("[data-testid=indexeren-rounding] input[value=resultaat]").check();
    await expect(page.locator("[data-testid=indexeren-result]").textContent()).resolves.toBe("4,96%");

    await selectRange(page, "Tarieven", "A1");
    await page.locator("[data-testid=indexeren-read]").click();
    await expect(page.locator("[data-testid=indexeren-read-info]").textContent()).resolves.toContain("Tarieven!A1:D13");
    await page.locator("[data-testid=indexeren-write]").click();
    await page.waitForSelector('[data-testid="sheet-tab-Tarieven 2025"]');

    const cells = await sheetCells(page, "Tarieven 2025");
    expect(cells[0][0]).toBe("Geïndexeerde tarieven 2024 → 2025");
    // every column of the list is kept: Eenheid next to the description (issue 14)
    expect(cells[2].slice(0, 6)).toEqual(["Productcode", "Omschrijving", "Eenheid", "Tarief 2024", "Indexatie 2024→2025", "Tarief 2025"]);
    // every new tariff is the 2024 tariff × 1,0496 rounded to cents
    const body = cells.slice(3, 15);
    expect(body.map((r) => r[0])).toEqual(["02A01", "02A02", "03A01", "03A02", "01A01", "04A01", "05A01", "45A10", "45A11", "44A01", "44A05", "44A10"]);
    expect(body.map((r) => r[5])).toEqual([61.35, 74.73, 43.87, 66.28, 34.53, 149.67, 176.7, 90.69, 118.34, 40.83, 226.19, 417.95]);
    expect(body.every((r) => r[4] === 0.0496)).toBe(true);
    expect(cells[15].slice(0, 2)).toEqual(["Totaal", "12 producten"]);
    const flat = cells.map((r) => r.filter((c) => c !== "").join(" | "));
    expect(flat).toContain("Afleiding indexatie aanbieder 2025");
    // the derivation is numbers in % formats (shown as 100% | 4,70% | 5,71% | 1,01% | 3,94% | 4,96%), never text
    const derivationTotal = cells.find((r) => r[0] === "Totaal" && typeof r[1] === "number")!;
    [1, 0.047, 0.0571, 0.0101, 0.0394, 0.0496].forEach((v, i) => expect(derivationTotal[i + 1] as number).toBeCloseTo(v, 4));
    expect(flat.some((l) => l.startsWith("Methode | ") && l.includes("VNG-advies 2025, gecorrigeerde tabel"))).toBe(true);
    expect(cells.some((r) => r[0] === "OVA 2024 definitief" && r[1] === 0.06 && String(r[2]).startsWith("VNG"))).toBe(true);

    expect(JSON.stringify(await sheetCells(page, "Tarieven"))).toBe(before);
    expect(preview.requests.every((url) => url.startsWith(preview.origin))).toBe(true);
    await screenshot(page, "indexeren");
  });

  it("works at 320 px wide", async () => {
    const { page } = preview;
    await page.setViewportSize({ width: 320, height: 800 });
    await expect(page.locator("[data-testid=indexeren-result]").isVisible()).resolves.toBe(true);
    await screenshot(page, "indexeren-320");
    await expect(page.locator("[data-testid=indexeren-write]").isVisible()).resolves.toBe(true);
  });
});
