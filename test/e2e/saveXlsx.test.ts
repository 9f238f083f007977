/**
 * Saving in the preview keeps the charts (issue 11): exceljs cannot write charts, so the saved
 * .xlsx gets a picture of each chart as the sheet view draws it, at the chart's place, and the
 * message says so. Checked on the Bezetting output (a line chart) and on a bridge chart
 * (stacked columns), by reading the downloaded file with exceljs and looking at the pictures.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { tryParseRange } from "../../src/engine/shared/a1";
import { openPane, selectRange, waitForNewSheet, sheetCount, type OpenPreview } from "./harness";

const OUTPUT_DIR = path.resolve(__dirname, "..", "..", "test-output");

/** Pixels of a PNG that are not white, and of those the ones with a clear colour (drawn lines and bars, not grey text). */
async function inkOf(page: Page, png: Buffer): Promise<{ width: number; height: number; ink: number; coloured: number }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (r < 240 || g < 240 || b < 240) ink++;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
    }
    return { width: canvas.width, height: canvas.height, ink, coloured };
  }, png.toString("base64"));
}

describe("saving keeps charts as pictures (issue 11)", () => {
  let preview: OpenPreview;

  beforeAll(async () => {
    preview = await openPane("Bezetting");
  });
  afterAll(async () => {
    await preview?.close();
  });

  it("saves the Bezetting chart and a bridge chart as pictures at their place, and says so", async () => {
    const { page } = preview;
    await selectRange(page, "Verblijven", "B7");
    await page.locator("[data-testid=bezetting-read]").click();
    await page.waitForSelector("[data-testid=bezetting-source]");
    await page.selectOption("[data-testid=bezetting-from]", "2023-01");
    await page.selectOption("[data-testid=bezetting-to]", "2024-12");
    await page.locator("[data-testid=bezetting-analyse]").click();
    await page.waitForSelector("[data-testid=bezetting-summary]");
    const exclude = page.locator("[data-testid=bezetting-choice-exclude]");
    if ((await exclude.count()) > 0) await exclude.check();
    const count = await sheetCount(page);
    await page.locator("[data-testid=bezetting-write]").click();
    await waitForNewSheet(page, count);
    const occupancy = await page.evaluate(() => window.__sdPreview.port.activeSheet);
    const lineChart = await page.evaluate((sheet) => window.__sdPreview.port.charts(sheet)[0], occupancy);
    expect(lineChart.position).toBeDefined();

    // a bridge (stacked columns) on a sheet of its own
    await page.evaluate(() =>
      window.__sdPreview.port.writeTable({
        sheetName: "Brug",
        columns: [{ header: "Stap" }, { header: "Bedrag" }],
        rows: [["Volume", 20_000]],
        chart: {
          kind: "bridge",
          title: "Overbrugging Oss",
          start: { label: "Oud totaal", value: 100_000 },
          steps: [
            { label: "Volume", value: 20_000 },
            { label: "Sleutel", value: -5_000 },
          ],
          end: { label: "Nieuw totaal", value: 115_000 },
        },
      }),
    );
    // the picture of a chart on another sheet than the one shown is drawn all the same
    await selectRange(page, "Verblijven", "A1");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("preview-save").click()]);
    await expect(page.getByTestId("preview-message").textContent()).resolves.toContain(
      "De grafieken zijn als afbeelding opgeslagen (de voorbeeldweergave kan geen Excel-grafieken schrijven)",
    );
    expect(await page.getByTestId("preview-message").textContent()).not.toContain("niet in het bestand");
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(fs.readFileSync(await download.path()) as unknown as ExcelJS.Buffer);

    const pictures = (sheet: string) => saved.getWorksheet(sheet)!.getImages();
    expect(pictures(occupancy)).toHaveLength(1);
    expect(pictures("Brug")).toHaveLength(1);
    expect(pictures("Verblijven")).toHaveLength(0);
    const anchor = tryParseRange(`${lineChart.position![0]}:${lineChart.position![0]}`)!;
    expect(pictures(occupancy)[0].range.tl).toMatchObject({ nativeCol: anchor.left, nativeRow: anchor.top });

    for (const sheet of [occupancy, "Brug"]) {
      const media = saved.getImage(Number(pictures(sheet)[0].imageId)) as unknown as { extension: string; buffer: Buffer };
      expect(media.extension).toBe("png");
      // kept for a look by eye, next to the e2e screenshots
      fs.mkdirSync(OUTPUT_DIR, { recursive: true });
      fs.writeFileSync(path.join(OUTPUT_DIR, `chart-picture-${sheet === "Brug" ? "bridge" : "bezetting"}.png`), media.buffer);
      const look = await inkOf(page, media.buffer);
      // drawn at twice the on-screen size of a 420 px wide chart, with lines or bars in colour
      expect(look.width).toBeGreaterThanOrEqual(840);
      expect(look.ink).toBeGreaterThan(2_000);
      expect(look.coloured).toBeGreaterThan(500);
    }
  });
});
