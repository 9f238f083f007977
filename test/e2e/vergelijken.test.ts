/**
 * The Vergelijken pane in the browser preview: compare the demo's cost table 2024 with its
 * 2025 version, write the Mutaties sheet and read it back — Beleidscoördinatie's −20.000 is
 * volume, the other lines did not move, every row's parts add up to its change, and the bridge
 * chart of the chosen municipality is on the sheet.
 */
import { openPane, screenshot, sheetCells, sheetCount, waitForNewSheet, type OpenPreview } from "./harness";

describe("Vergelijken pane in the preview", () => {
  let preview: OpenPreview;

  beforeAll(async () => {
    preview = await openPane("Vergelijken");
  });
  afterAll(async () => {
    await preview?.close();
  });

  it("compares two demo sheets, writes the Mutaties sheet and reads it back", async () => {
    const { page } = preview;
    await page.selectOption("[data-testid=vergelijken-old]", "sheet:Kosten per gemeente 2024");
    await page.selectOption("[data-testid=vergelijken-new]", "sheet:Kosten per gemeente 2025");
    await page.locator("[data-testid=vergelijken-pair]").click();
    await expect(page.locator("[data-testid=vergelijken-match-summary]").textContent()).resolves.toBe(
      "Rijen: 6 gekoppeld, 0 nieuw, 0 vervallen. Kolommen: 8 gekoppeld, 0 nieuw, 0 vervallen.",
    );
    await page.locator("[data-testid=vergelijken-compare]").click();
    const result = page.locator("[data-testid=vergelijken-result]");
    await expect(result.textContent()).resolves.toContain("Verdeeltabel herkend: sleutel Inwoneraantal, 3 kostenposten.");
    await expect(page.locator("[data-testid=vergelijken-lines]").textContent()).resolves.toContain("Beleids-coördinatie-20.000-20.00000+1");
    // the headers sit side by side, none drawn over its neighbour (the table scrolls sideways instead)
    const headers = await page.locator("[data-testid=vergelijken-lines] th").evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect()).map((r) => [r.left, r.right]));
    expect(headers).toHaveLength(6);
    for (let k = 1; k < headers.length; k++) expect(headers[k][0]).toBeGreaterThanOrEqual(headers[k - 1][1] - 0.5);
    const textFits = await page.locator("[data-testid=vergelijken-lines] th").evaluateAll((cells) => cells.every((c) => c.scrollWidth <= c.clientWidth + 1));
    expect(textFits).toBe(true);
    await page.selectOption("[data-testid=vergelijken-bridge]", { label: "Oss" });
    await expect(page.locator("[data-testid=vergelijken-bridge-text]").textContent()).resolves.toBe(
      "Oss: 411.777 → 405.298: volume -6.479, sleutel 0, deelname 0, overig 0.",
    );
    await screenshot(page, "vergelijken");

    const before = await sheetCount(page);
    await page.locator("[data-testid=vergelijken-write]").click();
    await waitForNewSheet(page, before);
    const names = await page.evaluate(() => window.__sdPreview.port.sheetNames());
    const written = names.find((n) => n.startsWith("Mutaties"))!;
    expect(written).toBe("Mutaties 2024-2025");
    const cells = await sheetCells(page, written);
    expect(cells[0][0]).toBe("Mutaties Kosten per gemeente 2024 → Kosten per gemeente 2025");
    expect(cells[2]).toEqual(["Gemeente", "Kostenpost", "Oud", "Nieuw", "Verschil", "%", "Volume", "Sleutel", "Deelname", "Overig"]);
    const totalAt = cells.findIndex((r) => r[0] === "Totaal");
    const body = cells.slice(3, totalAt);
    expect(body).toHaveLength(15);
    for (const row of body) {
      const [, , oldValue, newValue, change, , volume, key, participation, other] = row as number[];
      expect(change).toBe(newValue - oldValue);
      expect(volume + key + participation + other).toBe(change);
      expect(key).toBe(0);
      expect(participation).toBe(0);
    }
    const beleid = body.filter((r) => r[1] === "Beleids-coördinatie");
    expect(beleid.reduce((s, r) => s + (r[6] as number), 0)).toBe(-20000);
    expect(body.filter((r) => r[1] !== "Beleids-coördinatie").every((r) => r[4] === 0)).toBe(true);
    // the Totaal row sums the printed amounts: 797.000 + 348.099 + 126.000 → 797.000 + 348.099 + 106.001
    // (the printed tables' one-euro drifts), so −19.999 = volume −20.000 + overig +1
    const total = cells[totalAt];
    expect([total[2], total[3], total[4], total[6], total[9]]).toEqual([1271099, 1251100, -19999, -20000, 1]);
    const flat = cells.map((r) => r.filter((c) => c !== "").join(" | "));
    expect(flat).toContain("Oude versie | Kosten per gemeente 2024");
    expect(flat.some((l) => l.startsWith("Gemaakt met | Sociaal Domein Rekenhulp"))).toBe(true);
    expect(flat).toContain("Samenvatting per gemeente (alle kostenposten)");
    // the bridge: its figures beneath the notes, the stacked column chart on the sheet and in the view
    expect(flat).toContain("Overbrugging Oss | Oud totaal | Volume | Sleutel | Deelname | Overig | Nieuw totaal");
    expect(flat).toContain("Bedrag | 411777 | -6479 | 0 | 0 | 0 | 405298");
    const charts = await page.evaluate((sheet) => window.__sdPreview.port.charts(sheet), written);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ type: "columnStacked", title: "Overbrugging Oss", categories: ["Oud totaal", "Volume", "Sleutel", "Deelname", "Overig", "Nieuw totaal"] });
    const figure = page.locator("[data-testid=chart-preview][data-chart-type=columnStacked]");
    await expect(figure.locator("svg").getAttribute("aria-label")).resolves.toBe("Overbrugging Oss");
    await expect(figure.locator("rect").count()).resolves.toBe(3);
    await expect(figure.locator("[data-label]").allTextContents()).resolves.toEqual(["€ 411.777", "€ -6.479", "€ 405.298"]);
    await screenshot(page, "vergelijken-brug");
  });
});
