/**
 * Every pane at the task pane's real width (340 px, the preview's pane column): the tab row
 * stays one row (tabs that do not fit go into the overflow menu), nothing sticks out sideways
 * — also with the panes' tables filled — and a screenshot of each pane goes to
 * test-output/narrow-<pane>.png. Plus the preview page in a 700 px window: the sheet keeps at
 * least 15 rows in view and does not scroll away with the pane. And a plain start logs no
 * console errors.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { PANE_REGISTRY } from "../../src/taskpane/paneRegistry";
import { openPreview, screenshot, selectRange, showPane, type OpenPreview } from "./harness";

/** What each pane needs to show its tables (a pane without an entry is checked as it opens). */
const FILL: Record<string, (page: Page) => Promise<void>> = {
  controleren: async (page) => {
    await page.getByTestId("controleren-run").click();
    await page.getByTestId("controleren-counts").waitFor({ timeout: 30_000 });
  },
  verdelen: async (page) => {
    await page.getByTestId("verdelen-preset").click();
    await page.getByRole("option", { name: "Brabant Noordoost-oost (5)" }).click();
    const lines = [
      ["Inkoop & contractering", "797.000"],
      ["WMO Toezicht", "348.100"],
      ["Beleidscoördinatie", "126.000"],
    ];
    for (let j = 0; j < lines.length; j++) {
      if (j > 0) await page.getByTestId("verdelen-line-add").click();
      await page.getByTestId(`verdelen-line-name-${j}`).fill(lines[j][0]);
      await page.getByTestId(`verdelen-line-amount-${j}`).fill(lines[j][1]);
    }
    await page.getByTestId("verdelen-preview").waitFor();
    await page.getByRole("button", { name: "Deelname per kostenpost" }).click();
    await page.getByTestId("verdelen-participation").waitFor();
  },
  indexeren: async (page) => {
    await selectRange(page, "Tarieven", "A1");
    await page.locator("[data-testid=indexeren-read]").click();
  },
  bezetting: async (page) => {
    await selectRange(page, "Verblijven", "B7");
    await page.locator("[data-testid=bezetting-read]").click();
    await page.locator("[data-testid=bezetting-analyse]").click();
    await page.locator("[data-testid=bezetting-summary]").waitFor();
  },
};

/** Pane ids of the tabs shown in the row ("more" for the overflow button), with their position. */
async function tabRow(page: Page) {
  return page.$$eval("[data-testid=tab-row] [role=tab], [data-testid=tab-more]", (els) =>
    els
      .map((el) => ({ id: (el.getAttribute("data-testid") ?? "").replace(/^tab-/, ""), rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0)
      .map(({ id, rect }) => ({ id, top: Math.round(rect.top), right: Math.round(rect.right) })),
  );
}

/** Elements in the pane that stick out of the pane column without a scrolling box around them. */
async function overflowing(page: Page): Promise<string[]> {
  return page.$eval("[data-testid=pane-column]", (column) => {
    const right = column.getBoundingClientRect().right;
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== column; p = p.parentElement) {
        if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    const out: string[] = [];
    if (column.scrollWidth > column.clientWidth + 1) out.push(`pane-column scrollWidth ${column.scrollWidth} > ${column.clientWidth}`);
    for (const el of column.querySelectorAll("*")) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= right + 1 || clipped(el)) continue;
      out.push(`${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[${el.getAttribute("data-testid")}]` : ""} "${(el.textContent ?? "").slice(0, 30)}" reaches ${Math.round(rect.right)} > ${Math.round(right)}`);
    }
    return out.slice(0, 10);
  });
}

describe("every pane at 340 px", () => {
  let preview: OpenPreview;

  beforeAll(async () => {
    preview = await openPreview({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await preview?.close();
  });

  it("starts without console errors (no favicon 404)", async () => {
    await preview.page.waitForTimeout(300);
    expect(preview.consoleErrors).toEqual([]);
    expect(preview.requests.some((url) => url.endsWith("/favicon.ico"))).toBe(false);
  });

  it.each(PANE_REGISTRY.map((p) => [p.label.nl, p.id] as const))("%s: one row of tabs, nothing overflows, screenshot", async (label, id) => {
    const { page } = preview;
    const column = await page.$eval("[data-testid=pane-column]", (el) => el.getBoundingClientRect().width);
    expect(Math.round(column)).toBe(341); // 340 px and the 1 px border at its left
    await showPane(page, label);
    await FILL[id]?.(page);

    const tabs = await tabRow(page);
    expect(tabs.map((t) => t.id)).toContain(id); // the selected pane's tab stays in the row
    expect(new Set(tabs.map((t) => t.top)).size).toBe(1);
    const columnRight = await page.$eval("[data-testid=pane-column]", (el) => el.getBoundingClientRect().right);
    for (const t of tabs) expect(t.right).toBeLessThanOrEqual(columnRight);
    if (PANE_REGISTRY.length > 3) {
      // not every tab fits at 340 px: the rest are one click away in the overflow menu
      await page.getByTestId("tab-more").click();
      await page.getByRole("menuitem").first().waitFor();
      const inMenu = await page.$$eval("[data-testid^=tab-menu-]", (els) => els.map((el) => el.getAttribute("data-testid")!.slice("tab-menu-".length)));
      await page.keyboard.press("Escape");
      expect([...tabs.map((t) => t.id).filter((t) => t !== "more"), ...inMenu].sort()).toEqual(PANE_REGISTRY.map((p) => p.id).sort());
    }

    expect(await overflowing(page)).toEqual([]);

    // a tall window for the screenshot, so the whole pane is on it
    const height = await page.$eval("[data-testid=pane-shell]", (el) => el.scrollHeight);
    await page.setViewportSize({ width: 1280, height: Math.max(900, height + 150) });
    await page.locator("[data-testid=pane-column]").screenshot({ path: screenshotPath(`narrow-${id}`) });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("gives Bezetting's capacity per group a name and a roomy field, without the name repeated as placeholder", async () => {
    const { page } = preview;
    await showPane(page, "Bezetting");
    await FILL.bezetting(page);
    const field = page.getByTestId("bezetting-capacity-Venlo");
    await expect(field.getAttribute("placeholder")).resolves.toBeNull();
    const { width, label } = await field.evaluate((el) => ({
      width: el.getBoundingClientRect().width,
      label: (el as HTMLInputElement).labels?.[0]?.textContent ?? "",
    }));
    expect(label).toBe("Venlo");
    expect(width).toBeGreaterThanOrEqual(80);
    await field.fill("10");
    await expect(field.inputValue()).resolves.toBe("10");
  });

  it("keeps one row of tabs at 320 px", async () => {
    const { page } = preview;
    const narrow = await page.addStyleTag({ content: "[data-testid=pane-column] { width: 320px !important; }" });
    for (const pane of PANE_REGISTRY) {
      await showPane(page, pane.label.nl);
      const tabs = await tabRow(page);
      expect(new Set(tabs.map((t) => t.top)).size).toBe(1);
      expect(tabs.map((t) => t.id)).toContain(pane.id);
    }
    await narrow.evaluate((el) => (el as Element).remove());
  });

  it("works by keyboard as the help page's keyboard section says: arrows, Home/End, the … menu", async () => {
    const { page } = preview;
    await showPane(page, "Controleren");
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
    await page.getByTestId("tab-controleren").focus();
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toBe("tab-verdelen");
    await page.keyboard.press("Enter");
    await page.getByTestId("pane-verdelen").waitFor();
    await page.keyboard.press("End");
    expect(await focused()).toBe("tab-more");
    await page.keyboard.press("Enter");
    await page.getByRole("menuitem").first().waitFor();
    const chosen = (await focused())!.replace("tab-menu-", "");
    await page.keyboard.press("Enter");
    await page.getByTestId(`pane-${chosen}`).waitFor();
    await expect(page.getByTestId(`tab-${chosen}`).getAttribute("aria-selected")).resolves.toBe("true");
    await page.keyboard.press("Home");
    expect(await focused()).toBe("tab-controleren");

    const help = fs.readFileSync(path.resolve(__dirname, "..", "..", "dist-preview", "help.html"), "utf8");
    const section = /<section id="toetsenbord"[\s\S]*?<\/section>/.exec(help)?.[0] ?? "";
    for (const text of ["pijltoetsen", "<kbd>Home</kbd>", "<kbd>End</kbd>", "knoppenbalk", "<em>…</em>", "<kbd>Esc</kbd>"]) expect(section).toContain(text);
  });

  it("in a 700 px window keeps at least 15 sheet rows in view, also when the pane is scrolled", async () => {
    const { page } = preview;
    await page.setViewportSize({ width: 700, height: 800 });
    await showPane(page, "Bezetting");
    await page.locator('[data-testid="sheet-tab-Kosten per gemeente 2024"]').click();
    const visibleRows = () =>
      page.$eval("[data-testid=sheet-view]", (view) => {
        const box = view.getBoundingClientRect();
        const top = Math.max(box.top, 0);
        const bottom = Math.min(box.bottom, window.innerHeight);
        return [...view.querySelectorAll("tr")].filter((tr) => {
          const r = tr.getBoundingClientRect();
          return r.height > 0 && r.top >= top && r.bottom <= bottom;
        }).length;
      });
    expect(await visibleRows()).toBeGreaterThanOrEqual(16); // 15 rows and the column header
    await page.$eval("[data-testid=pane-column]", (el) => el.scrollTo(0, el.scrollHeight));
    await page.mouse.wheel(0, 2000);
    expect(await visibleRows()).toBeGreaterThanOrEqual(16);
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    // the sheet tabs stay one row too (the row scrolls sideways, as in Excel)
    const sheetTabTops = await page.$$eval("[data-testid^=sheet-tab-]", (els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(sheetTabTops).size).toBe(1);
    await screenshot(page, "preview-700px");
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

function screenshotPath(name: string): string {
  const dir = path.resolve(__dirname, "..", "..", "test-output");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
