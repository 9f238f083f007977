/** The Controleren pane against the demo workbook in memory: check, select, fix, ignore, highlight, export. */
import * as React from "react";
import type { MemoryWorkbookPort } from "../../../src/preview/MemoryWorkbookPort";
import { KOSTEN_SHEET } from "../../../src/preview/demo";
import { ControlerenPane } from "../../../src/taskpane/panes/controleren/ControlerenPane";
import { SETTINGS_KEYS } from "../../../src/excel/WorkbookPort";
import { todayNl } from "../../../src/engine/shared/dates";
import { byTestId, click, inputByTestId, renderPane, statusText, unmountPane } from "../renderPane";

let port: MemoryWorkbookPort;
let container: HTMLElement;
beforeEach(async () => ({ port, container } = await renderPane(<ControlerenPane />)));
afterEach(unmountPane);

const finding = (cell: string, rule: string) => container.querySelector(`[data-testid="controleren-finding"][data-cell="${cell}"][data-rule="${rule}"]`) as HTMLElement | null;

async function runCheck() {
  await click(byTestId("controleren-run"));
}

test("checks the active sheet: findings grouped with counts, Bemheze with its fix", async () => {
  await runCheck();
  expect(statusText()).toContain(KOSTEN_SHEET);
  expect(byTestId("controleren-count-error").textContent).toBe("Fouten: 0");
  expect(byTestId("controleren-group-rounding-difference").textContent).toContain("6");
  expect(finding("A2", "unknown-municipality")).not.toBeNull();
  expect(finding("E7", "rounding-difference")).not.toBeNull();
});

test("clicking a finding selects its cell", async () => {
  await runCheck();
  await click(finding("E7", "rounding-difference")!.querySelector('[data-testid="controleren-finding-select"]')!);
  expect(port.selection).toEqual({ sheetName: KOSTEN_SHEET, address: "E7" });
});

test("a safe fix is previewed, then applied to that one cell only", async () => {
  await runCheck();
  const before = port.serialize();
  await click(finding("A2", "unknown-municipality")!.querySelector('[data-testid="controleren-finding-fix"]')!);
  expect(byTestId("controleren-fix-preview").textContent).toContain("Bemheze → wordt: Bernheze");
  expect(port.serialize()).toBe(before);
  await click(byTestId("controleren-fix-apply"));
  const cells = (await port.readSnapshot({ kind: "usedRange", sheetName: KOSTEN_SHEET })).values;
  expect(cells[1][0]).toBe("Bernheze");
  expect(finding("A2", "unknown-municipality")).toBeNull();
  const after = JSON.parse(port.serialize());
  const original = JSON.parse(before);
  original.sheets[0].cells[1][0].value = "Bernheze";
  expect(after.sheets).toEqual(original.sheets);
});

test("Negeren is remembered in the workbook settings and can be shown again", async () => {
  await runCheck();
  await click(finding("E7", "rounding-difference")!.querySelector('[data-testid="controleren-finding-ignore"]')!);
  expect(await port.getSetting(SETTINGS_KEYS.ignoredFindings)).toEqual([`${KOSTEN_SHEET}!E7|rounding-difference`]);
  expect(finding("E7", "rounding-difference")).toBeNull();
  await click(inputByTestId("controleren-show-ignored"));
  expect(finding("E7", "rounding-difference")).not.toBeNull();
});

test("highlights are added with a save warning and removed again", async () => {
  await runCheck();
  const before = port.serialize();
  await click(byTestId("controleren-highlight"));
  expect(byTestId("controleren-highlight-warning").textContent).toContain("Opslaan");
  expect(port.serialize()).not.toBe(before);
  await click(byTestId("controleren-clear"));
  expect(JSON.parse(port.serialize()).sheets).toEqual(JSON.parse(before).sheets);
});

test("the report goes to a new sheet Controle <datum> with one row per finding", async () => {
  await runCheck();
  const shown = container.querySelectorAll('[data-testid="controleren-finding"]').length;
  await click(byTestId("controleren-export"));
  const name = `Controle ${todayNl()}`;
  const { names } = await port.listSheets();
  expect(names).toContain(name);
  const cells = (await port.readSnapshot({ kind: "usedRange", sheetName: name })).values;
  const header = cells.findIndex((r) => r[0] === "Bevinding");
  expect(cells[header]).toEqual(["Bevinding", "Regel", "Ernst", "Blad", "Cel", "Melding", "Status"]);
  const body = cells.slice(header + 1).filter((r) => r[1] !== "" && r[0] !== "Totaal" && typeof r[4] === "string" && /^[A-Z]+\d+$/.test(r[4] as string));
  expect(body.length).toBe(shown);
  expect(body.find((r) => r[4] === "A2")).toEqual(expect.arrayContaining(["unknown-municipality", "waarschuwing", KOSTEN_SHEET, "A2", "open"]));
});

test("the selection scope checks the block around the active cell; all sheets checks every sheet", async () => {
  await port.select("Overzicht module 1", "B10");
  await click(inputByTestId("controleren-scope-selection"));
  await runCheck();
  expect(statusText()).toContain("Overzicht module 1!");
  expect(finding("B18", "rounding-difference")).not.toBeNull();
  expect(finding("A2", "unknown-municipality")).toBeNull();

  await click(inputByTestId("controleren-scope-all"));
  await runCheck();
  expect(statusText()).toContain("5 bladen"); // the demo workbook has five sheets (2024 and 2025 cost tables)
  expect(finding("A2", "unknown-municipality")).not.toBeNull();
  expect(finding("B18", "rounding-difference")).not.toBeNull();
});

test("filtering by severity shows only that severity", async () => {
  await runCheck();
  await click(inputByTestId("controleren-filter-error"));
  expect(container.querySelectorAll('[data-testid="controleren-finding"]').length).toBe(0);
  expect(byTestId("controleren-none")).toBeTruthy();
  await click(inputByTestId("controleren-filter-warning"));
  const shown = [...container.querySelectorAll('[data-testid="controleren-finding"]')];
  expect(shown.length).toBe(11);
});
