/**
 * The Verdelen pane in the browser preview: pick the Brabant Noordoost-oost preset, peiljaar
 * 2022, type the three cost lines of seed 002's Begroting 2024, write the sheet and check the
 * written cells against the printed table (within €1, every column adding up exactly).
 *
 * Seed 002 prints Oss with 91.915 inhabitants "per 1 januari 2022", but that is Oss' figure on
 * 1-1-2020; CBS' 1-1-2022 figure (embedded) is 93.307. To reproduce the printed table the test
 * switches to custom weights (prefilled with the CBS figures) and types Oss' printed 91.915, as
 * a finance officer reproducing that table would.
 */
import { openPane, screenshot, selectRange, serializeWorkbook, sheetCells, type OpenPreview } from "./harness";
import table2024 from "../fixtures/002-kosten-per-gemeente-2024.json";

const printed = (table2024 as { cells: (string | number)[][] }).cells;

describe("Verdelen pane in the preview", () => {
  let preview: OpenPreview;

  beforeAll(async () => {
    preview = await openPane("Verdelen");
  });
  afterAll(async () => {
    await preview?.close();
  });

  it("checks names against the registry as the user types, with suggestions", async () => {
    const { page } = preview;
    await page.getByTestId("verdelen-municipality-add").click();
    await page.getByTestId("verdelen-municipality-0").fill("Bemheze");
    await expect(page.getByTestId("verdelen-suggestion-0-0").textContent()).resolves.toBe("Bernheze");
    await page.getByTestId("verdelen-suggestion-0-0").click();
    await expect(page.getByTestId("verdelen-municipality-0").inputValue()).resolves.toBe("Bernheze");
  });

  it("the Regio list works by keyboard alone: arrows move, Enter chooses, a second region replaces or adds", async () => {
    const { page } = preview;
    const names = () => page.locator('input[data-testid^="verdelen-municipality-"]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    await page.getByTestId("verdelen-preset").focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByTestId("verdelen-preset").getAttribute("aria-expanded")).resolves.toBe("true");
    await expect(names()).resolves.toEqual(["Bernheze"]); // from the previous test: nothing chosen yet
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(names()).resolves.toEqual(["Beesel", "Bergen (L.)", "Gennep", "Horst aan de Maas", "Peel en Maas", "Venlo", "Venray", "Echt-Susteren", "Leudal", "Maasgouw", "Nederweert", "Roerdalen", "Roermond", "Weert"]);
    await expect(page.getByTestId("verdelen-preset").textContent()).resolves.toBe("Noord- en Midden-Limburg (14)");
    await page.getByTestId("verdelen-preset").focus();
    await page.keyboard.press("ArrowDown"); // opens on the chosen region
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect(names()).resolves.toHaveLength(7); // replaced, not 14 + 7
    await page.getByTestId("verdelen-preset-mode-add").check();
    await page.getByTestId("verdelen-preset").click();
    await page.getByRole("option", { name: "Regio Nijmegen (7)" }).click();
    await expect(names()).resolves.toHaveLength(14);
    await expect(page.getByTestId("status-area").textContent()).resolves.toContain("Regio Nijmegen (7): 7 gemeenten toegevoegd, 0 stonden er al; de lijst bevat nu 14 gemeenten.");
    await page.getByTestId("verdelen-preset-mode-replace").check();
  });

  it("writes the 002 Begroting 2024 table from the preset and three cost lines", async () => {
    const { page } = preview;
    await page.getByTestId("verdelen-preset").click();
    await page.getByRole("option", { name: "Brabant Noordoost-oost (5)" }).click();
    await page.selectOption("[data-testid=verdelen-year]", "2022");
    const lines: [string, string][] = [
      ["Inkoop & contractering", "797.000"],
      ["WMO Toezicht", "348.100"],
      ["Beleidscoördinatie", "126.000"],
    ];
    for (let j = 0; j < lines.length; j++) {
      if (j > 0) await page.getByTestId("verdelen-line-add").click();
      await page.getByTestId(`verdelen-line-name-${j}`).fill(lines[j][0]);
      await page.getByTestId(`verdelen-line-amount-${j}`).fill(lines[j][1]);
    }
    await page.getByTestId("verdelen-budget-year").fill("2024");
    await page.getByTestId("verdelen-key-source-custom").check();
    await expect(page.getByTestId("verdelen-weight-4").inputValue()).resolves.toBe("93.307");
    await page.getByTestId("verdelen-weight-4").fill("91.915");
    await expect(page.getByTestId("verdelen-preview-row-5").textContent()).resolves.toContain("€ 1.538.031");

    const before = await serializeWorkbook(page);
    await page.getByTestId("verdelen-write").click();
    await page.waitForSelector('[data-testid="sheet-tab-Verdeling 2024"]');
    const cells = await sheetCells(page, "Verdeling 2024");
    expect(cells[0][0]).toBe("Kosten per gemeente – begroting 2024");
    expect(cells[2]).toEqual(["Gemeente", "Gewicht", "Aandeel", "Inkoop & contractering", "WMO Toezicht", "Beleidscoördinatie", "Bedrag excl. BTW", "BTW 21%", "Totaal incl. BTW"]);
    const body = cells.slice(3, 8);
    expect(body.map((r) => r[0])).toEqual(["Bernheze", "Boekel", "Land van Cuijk", "Maashorst", "Oss"]);
    body.forEach((row, i) => {
      const expected = printed[i + 1];
      expect(row[1]).toBe(expected[1]);
      for (let c = 3; c <= 8; c++) expect(Math.abs((row[c] as number) - (expected[c] as number))).toBeLessThanOrEqual(1);
      expect(row[6]).toBe((row[3] as number) + (row[4] as number) + (row[5] as number));
      expect(row[8]).toBe((row[6] as number) + (row[7] as number));
    });
    const total = cells[8];
    expect(total[0]).toBe("Totaal");
    expect(total.slice(3, 9)).toEqual(printed[6].slice(3, 9));
    for (let c = 3; c <= 8; c++) expect(body.reduce((s, r) => s + (r[c] as number), 0)).toBe(total[c]);

    const flat = cells.map((r) => r.filter((c) => c !== "").join(" | "));
    expect(flat).toContain("Verantwoording");
    expect(flat.some((l) => l.startsWith("Gelijke overschotten | Eerst naar de gemeente met het grootste gewicht"))).toBe(true);
    expect(flat.some((l) => l.startsWith("Gemaakt met | Sociaal Domein Rekenhulp"))).toBe(true);
    // the demo sheets are untouched: only a new sheet was added
    const after = JSON.parse(await serializeWorkbook(page));
    const original = JSON.parse(before);
    expect(after.sheets.filter((s: { name: string }) => s.name !== "Verdeling 2024")).toEqual(original.sheets);
    expect(preview.requests.every((url) => url.startsWith(preview.origin))).toBe(true);
    await screenshot(page, "verdelen");
  });

  it("shows the re-split effect when a municipality does not join a line", async () => {
    const { page } = preview;
    await page.getByRole("button", { name: "Deelname per kostenpost" }).click();
    await page.getByTestId("verdelen-deelname-1-2").uncheck();
    const resplit = page.getByTestId("verdelen-resplit");
    await expect(resplit.isVisible()).resolves.toBe(true);
    const text = await resplit.textContent();
    // Boekel's 4.898 goes to the other four by inhabitants: 570 + 1.629 + 1.048 + 1.651
    expect(text).toContain("Boekel€ -4.898€ -4.898");
    expect(text).toContain("Bernheze€ +570");
    expect(text).toContain("Oss€ +1.651");
  });

  it("reads municipalities and their weights from a selection, flags the 'Bemheze' typo, and fits 320 px", async () => {
    const { page } = preview;
    await selectRange(page, "Kosten per gemeente 2024", "A1:B7");
    await page.getByTestId("verdelen-municipality-read").click();
    await expect(page.getByTestId("verdelen-municipality-4").inputValue()).resolves.toBe("Oss");
    await expect(page.getByTestId("verdelen-weight-4").inputValue()).resolves.toBe("91.915");
    await expect(page.getByTestId("verdelen-key-source-sheet").isChecked()).resolves.toBe(true);
    await expect(page.getByTestId("verdelen-not-ready").isVisible()).resolves.toBe(true);
    await page.getByTestId("verdelen-suggestion-0-0").click();
    await expect(page.getByTestId("verdelen-preview-row-5").textContent()).resolves.toContain("€ 1.538.031");
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByTestId("verdelen-write").scrollIntoViewIfNeeded();
    await expect(page.getByTestId("verdelen-write").isVisible()).resolves.toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await screenshot(page, "verdelen-320");
  });
});
