/**
 * The Controleren pane in the browser preview on the demo workbook: check the active sheet,
 * click a finding (the selection moves), fix Bemheze → Bernheze after a preview, export the
 * report; then a 250.000-cell sheet: the pane keeps answering and the check finishes.
 */
import { openPane, screenshot, sheetCells, type OpenPreview } from "./harness";

const KOSTEN = "Kosten per gemeente 2024";

function todayNl(): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${d.getFullYear()}`;
}

describe("Controleren pane in the preview", () => {
  let preview: OpenPreview;

  beforeAll(async () => {
    preview = await openPane("Controleren");
  });
  afterAll(async () => {
    await preview?.close();
  });

  const finding = (cell: string, rule: string) => `[data-testid=controleren-finding][data-cell="${cell}"][data-rule="${rule}"]`;

  it("checks the active sheet and lists the published faults", async () => {
    const { page } = preview;
    await page.getByTestId("controleren-run").click();
    // while it works the page still answers (the check runs between paints, not in one frozen block)
    await expect(page.evaluate(() => 1 + 1)).resolves.toBe(2);
    await page.waitForSelector(finding("A2", "unknown-municipality"));
    await expect(page.getByTestId("controleren-count-error").textContent()).resolves.toBe("Fouten: 0");
    for (const cell of ["G2", "G3", "G4", "I5", "I6", "E7"]) await expect(page.locator(finding(cell, "rounding-difference")).count()).resolves.toBe(1);
    await screenshot(page, "controleren-bevindingen");
  });

  it("clicking a finding moves the selection to its cell", async () => {
    const { page } = preview;
    await page.locator(finding("E7", "rounding-difference")).getByTestId("controleren-finding-select").click();
    await page.waitForFunction(() => (window.__sdPreview.port as unknown as { selection: { address: string } }).selection.address === "E7");
    const selection = await page.evaluate(() => (window.__sdPreview.port as unknown as { selection: { sheetName: string; address: string } }).selection);
    expect(selection).toEqual({ sheetName: KOSTEN, address: "E7" });
  });

  it("fixes Bemheze → Bernheze after a preview, changing only that cell", async () => {
    const { page } = preview;
    const before = await sheetCells(page, KOSTEN);
    await page.locator(finding("A2", "unknown-municipality")).getByTestId("controleren-finding-fix").click();
    await expect(page.getByTestId("controleren-fix-preview").textContent()).resolves.toContain("Bernheze");
    await expect(sheetCells(page, KOSTEN)).resolves.toEqual(before);
    await page.getByTestId("controleren-fix-apply").click();
    await page.waitForSelector(finding("A2", "unknown-municipality"), { state: "detached" });
    const after = await sheetCells(page, KOSTEN);
    expect(after[1][0]).toBe("Bernheze");
    after[1][0] = before[1][0];
    expect(after).toEqual(before);
  });

  it("exports the report to a new sheet Controle <datum>", async () => {
    const { page } = preview;
    await page.getByTestId("controleren-export").click();
    const name = `Controle ${todayNl()}`;
    await page.waitForSelector(`[data-testid="sheet-tab-${name}"]`);
    const cells = await sheetCells(page, name);
    const header = cells.findIndex((r) => r[0] === "Regel");
    expect(cells[header]).toEqual(["Regel", "Ernst", "Blad", "Cel", "Melding", "Status", "Regel-id"]);
    const rows = cells.slice(header + 1);
    expect(rows.find((r) => r[3] === "A2")?.[5]).toBe("hersteld");
    expect(rows.find((r) => r[3] === "E7")?.[0]).toBe("Totaal wijkt binnen de afrondingsmarge af van de som van de delen");
    expect(rows.find((r) => r[3] === "E7")?.[6]).toBe("rounding-difference");
    expect(rows.some((r) => String(r[0]).startsWith("Sociaal Domein Rekenhulp"))).toBe(true);
  });

  it("stays responsive on a 250.000-cell sheet and finds its one wrong total", async () => {
    const { page } = preview;
    const rowsCount = 10_000;
    const colsCount = 25;
    await page.evaluate(
      async ([n, k]) => {
        const rows: (string | number)[][] = [];
        for (let r = 0; r < n; r++) {
          const row: (string | number)[] = [`Post ${r + 1}`];
          for (let c = 1; c < k; c++) row.push(((r * 7919 + c * 104729) % 100000) + 1);
          rows.push(row);
        }
        const totals: (string | number)[] = ["Totaal"];
        for (let c = 1; c < k; c++) totals.push(rows.reduce((s, row) => s + (row[c] as number), 0));
        (totals[5] as number) += 50_000;
        const columns = Array.from({ length: k }, (_, c) => ({ header: c === 0 ? "Post" : `Kostenplaats ${c}` }));
        await window.__sdPreview.port.writeTable({ sheetName: "Groot", columns, rows, totalRow: { values: totals } });
      },
      [rowsCount, colsCount] as const,
    );
    await page.waitForSelector('[data-testid="sheet-tab-Groot"]');
    // record whether the progress bar reaches the page while the check runs
    await page.evaluate(() => {
      const w = window as unknown as { ctlProgressSeen: boolean };
      w.ctlProgressSeen = false;
      new MutationObserver(() => {
        if (document.querySelector("[data-testid=progress]")) w.ctlProgressSeen = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    const started = Date.now();
    await page.getByTestId("controleren-run").click();
    await page.waitForSelector(finding("F10002", "total-mismatch"), { timeout: 60_000 });
    console.log(`Controleren: blad van ${rowsCount} × ${colsCount} = ${rowsCount * colsCount} cellen gecontroleerd in ${Date.now() - started} ms (inclusief lezen en tonen)`);
    await expect(page.getByTestId("controleren-count-error").textContent()).resolves.toBe("Fouten: 1");
    await expect(page.evaluate(() => (window as unknown as { ctlProgressSeen: boolean }).ctlProgressSeen)).resolves.toBe(true);
  }, 120_000);
});
