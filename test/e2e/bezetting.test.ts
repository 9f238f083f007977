/**
 * The Bezetting pane in the browser preview: read the demo "Verblijven" table, see its data
 * problems with sheet rows, exclude them, write the occupancy sheet and check every written
 * month against a day-by-day count of the same rows. Then a region's worth of stays
 * (100.000 rows) goes through the same pane: it must finish, stay responsive (progress bar,
 * frames keep coming) and write totals that conserve every client-day.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { openPane, screenshot, selectRange, sheetCells, sheetCount, waitForNewSheet, type OpenPreview } from "./harness";
import { naiveAverage } from "../taskpane/bezetting/naive";
import { dayNumber, daysInMonth } from "../../src/engine/shared/dates";

const SHEET = "Bezetting 2022-01 tm 2024-12";
const MONTHS = 36;

describe("Bezetting pane in the preview", () => {
  let preview: OpenPreview;

  beforeAll(async () => {
    preview = await openPane("Bezetting");
  });
  afterAll(async () => {
    await preview?.close();
  });

  it("turns the demo stays into an occupancy sheet that matches a day-by-day count", async () => {
    const { page } = preview;
    const before = JSON.stringify(await sheetCells(page, "Verblijven"));
    await selectRange(page, "Verblijven", "B7");
    await page.locator("[data-testid=bezetting-read]").click();
    await expect(page.locator("[data-testid=bezetting-source]").textContent()).resolves.toContain("Verblijven!A1:F201: 200 verblijfsregels");
    await page.selectOption("[data-testid=bezetting-from]", "2022-01");
    await page.selectOption("[data-testid=bezetting-to]", "2024-12");
    await page.locator("[data-testid=bezetting-analyse]").click();
    const problems = page.locator("[data-testid=bezetting-problems]");
    await expect(problems.textContent()).resolves.toContain("Rij 43: geen gemeente ingevuld");
    await expect(problems.textContent()).resolves.toContain('Rij 120: "Venrai" is geen bekende gemeente in deze periode; bedoelt u "Venray"');
    await expect(page.locator("[data-testid=bezetting-write]").isDisabled()).resolves.toBe(true);

    await expect(page.locator("[data-testid=bezetting-summary]").textContent()).resolves.toMatch(/^9 groepen, januari 2022 t\/m december 2024, 200 verblijven geteld/);
    await expect(page.locator("[data-testid=bezetting-text-dates]").textContent()).resolves.toContain('1 datum stond als tekst (zoals "15-03-2024")');
    await page.locator("[data-testid=bezetting-choice-exclude]").check();
    // what will be written: the two problem rows left out, their names gone from the capacity fields
    await expect(page.locator("[data-testid=bezetting-summary]").textContent()).resolves.toMatch(/^7 groepen, januari 2022 t\/m december 2024, 198 verblijven geteld/);
    await expect(page.locator("[data-testid=bezetting-capacity-Venrai]").count()).resolves.toBe(0);
    await page.locator("[data-testid=bezetting-capacity-total]").fill("12");
    await page.locator("[data-testid=bezetting-write]").click();
    await page.waitForSelector(`[data-testid="sheet-tab-${SHEET}"]`);

    const cells = await sheetCells(page, SHEET);
    expect(cells[2][0]).toBe("Gemeente");
    expect(cells[2][MONTHS + 1]).toBe("Gemiddeld");
    // the table runs from the header (row 3) through its Totaal row; chart data follows further down
    const body = cells.slice(3, cells.findIndex((r) => r[0] === "Totaal") + 1);
    expect(body.map((r) => r[0])).toEqual(["Beesel", "Bergen (L.)", "Gennep", "Horst aan de Maas", "Peel en Maas", "Venlo", "Venray", "Totaal"]);
    const excludedNote = String(cells.find((r) => r[0] === "Uitgesloten rijen")![1]);
    const excluded = new Set([...excludedNote.matchAll(/rij (\d+)/g)].map((m) => Number(m[1]) - 2));
    const stays = before === "" ? [] : (JSON.parse(before) as unknown[][]).slice(1);
    const periodEnd = dayNumber(2024, 12, 31);
    for (const row of body.slice(0, -1)) {
      for (let k = 0; k < MONTHS; k++) {
        // overlapping stays of one client are not excluded: their shared days count once
        const once = { client: 0, provider: 2, periodStart: dayNumber(2022, 1, 1) };
        const expected = naiveAverage(stays, { municipality: 1, start: 4, end: 5 }, String(row[0]), 2022 + Math.floor(k / 12), (k % 12) + 1, periodEnd, excluded, once);
        expect(row[k + 1]).toBeCloseTo(expected, 12);
      }
    }
    const total = body[body.length - 1];
    for (let k = 0; k < MONTHS; k++) {
      const sum = body.slice(0, -1).reduce((a, r) => a + (r[k + 1] as number), 0);
      expect(total[k + 1]).toBeCloseTo(sum, 12);
    }
    expect(total[MONTHS + 2]).toBe(12);
    const flat = cells.map((r) => r.filter((c) => c !== "").join(" | "));
    expect(flat).toContain("Bron | Verblijven!A1:F201");
    expect(flat.some((l) => l.startsWith("Gemaakt met | Sociaal Domein Rekenhulp"))).toBe(true);
    expect(JSON.stringify(await sheetCells(page, "Verblijven"))).toBe(before);
    expect(preview.requests.every((url) => url.startsWith(preview.origin))).toBe(true);

    // the chart of the 36 months: month labels side by side without touching, and a value axis with numbers
    await page.getByTestId(`sheet-tab-${SHEET}`).click();
    const chart = page.getByTestId("chart-preview");
    await chart.scrollIntoViewIfNeeded();
    const boxes = await chart.locator('text[data-axis="x"]').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].left).toBeGreaterThan(boxes[i - 1].right);
    const svg = (await chart.locator("svg").boundingBox())!;
    expect(boxes[0].left).toBeGreaterThanOrEqual(svg.x);
    expect(boxes[boxes.length - 1].right).toBeLessThanOrEqual(svg.x + svg.width);
    const values = await chart.locator('text[data-axis="y"]').allTextContents();
    expect(values.length).toBeGreaterThanOrEqual(3);
    expect(values[0]).toBe("0");
    expect(values.every((v) => /^\d+(,\d+)?$/.test(v))).toBe(true);
    await screenshot(page, "bezetting");
  });

  it("works at 320 px wide", async () => {
    const { page } = preview;
    await page.setViewportSize({ width: 320, height: 800 });
    await expect(page.locator("[data-testid=bezetting-write]").isVisible()).resolves.toBe(true);
    await screenshot(page, "bezetting-320");
    // nothing in the pane may stick out to the right (no horizontal scrolling at 320 px)
    const wide = await page.evaluate(() => {
      const pane = document.querySelector("[data-testid=pane-bezetting]") as HTMLElement;
      const right = pane.getBoundingClientRect().right;
      return [...pane.querySelectorAll("*")]
        .filter((el) => el.getBoundingClientRect().right > right + 1)
        .map((el) => `${el.tagName}.${el.getAttribute("data-testid") ?? el.className}`)
        .slice(0, 5);
    });
    expect(wide).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("handles 100.000 stays: progress shown, frames keep coming, every client-day conserved", async () => {
    const { page } = preview;
    const n = 100_000;
    // stay i: 2022-01-01 + (i mod 1000) days, lasting (i mod 30) + 1 days; all inside 2022–2024
    const expectedClientDays = Array.from({ length: n }, (_, i) => (i % 30) + 1).reduce((a, b) => a + b, 0);
    await page.evaluate((rows) => {
      const names = ["Beesel", "Bergen (L.)", "Gennep", "Horst aan de Maas", "Peel en Maas", "Venlo", "Venray"];
      const first = 44562; // Excel serial of 01-01-2022
      const cells: { value: string | number }[][] = [["Cliënt", "Gemeente", "Aanbieder", "Product", "Begindatum", "Einddatum"].map((value) => ({ value }))];
      for (let i = 0; i < rows; i++) {
        const start = first + (i % 1000);
        cells.push([
          { value: `C${i}` },
          { value: names[i % names.length] },
          { value: `Aanbieder ${i % 5}` },
          { value: "44A01" },
          { value: start },
          { value: start + (i % 30) },
        ]);
      }
      const port = window.__sdPreview.port;
      const book = port.toWorkbook();
      book.sheets.push({ name: "Groot", cells });
      // an Excel table, as a region's export usually is (the selection then expands to the table)
      book.tables.push({ name: "Verblijven_regio", sheetName: "Groot", address: `A1:F${rows + 1}`, showTotals: false });
      port.load(book);
      port.setSelection("Groot", "A1");
    }, n);

    const started = Date.now();
    await page.locator("[data-testid=bezetting-read]").click();
    await page.waitForFunction(() => document.querySelector("[data-testid=bezetting-source]")?.textContent?.includes("100000 verblijfsregels"), undefined, { timeout: 60_000 });
    const readMs = Date.now() - started;
    await page.selectOption("[data-testid=bezetting-from]", "2022-01");
    await page.selectOption("[data-testid=bezetting-to]", "2024-12");

    // count animation frames and the longest gap between them while the analysis runs
    await page.evaluate(() => {
      const w = window as unknown as { __frames: { count: number; maxGap: number; last: number; on: boolean } };
      w.__frames = { count: 0, maxGap: 0, last: performance.now(), on: true };
      const tick = (now: number) => {
        const f = w.__frames;
        f.maxGap = Math.max(f.maxGap, now - f.last);
        f.last = now;
        f.count++;
        if (f.on) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const seen = window as unknown as { __progressLabel?: string };
      const observer = new MutationObserver(() => {
        const bar = document.querySelector("[data-testid=progress]");
        if (bar && !seen.__progressLabel) seen.__progressLabel = bar.getAttribute("aria-label") ?? "";
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    const analyseStart = Date.now();
    await page.locator("[data-testid=bezetting-analyse]").click();
    await page.waitForSelector("[data-testid=bezetting-summary]", { timeout: 60_000 });
    const analyseMs = Date.now() - analyseStart;
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: { count: number; maxGap: number; on: boolean } };
      w.__frames.on = false;
      return { count: w.__frames.count, maxGap: Math.round(w.__frames.maxGap) };
    });
    await expect(page.locator("[data-testid=bezetting-problems-none]").isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => (window as unknown as { __progressLabel?: string }).__progressLabel)).resolves.toBe(
      "Verblijven controleren en bezetting berekenen…",
    );

    const writeStart = Date.now();
    const sheetsBefore = await sheetCount(page);
    await page.locator("[data-testid=bezetting-write]").click();
    await waitForNewSheet(page, sheetsBefore);
    const writeMs = Date.now() - writeStart;
    const written = await page.evaluate(() => window.__sdPreview.port.sheetNames().at(-1)!);
    expect(written).toMatch(/^Bezetting 2022-01 tm 2024-1/);

    const cells = await sheetCells(page, written);
    const total = cells.find((r) => r[0] === "Totaal")!;
    let clientDays = 0;
    for (let k = 0; k < MONTHS; k++) clientDays += (total[k + 1] as number) * daysInMonth(2022 + Math.floor(k / 12), (k % 12) + 1);
    expect(Math.round(clientDays)).toBe(expectedClientDays);
    expect(frames.count).toBeGreaterThan(1);

    const report = { stays: n, readMs, analyseMs, writeMs, frames };
    fs.mkdirSync(path.resolve(__dirname, "..", "..", "test-output"), { recursive: true });
    fs.writeFileSync(path.resolve(__dirname, "..", "..", "test-output", "bezetting-100k.json"), JSON.stringify(report, null, 2));
  }, 180_000);
});
