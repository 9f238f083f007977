/** The Controleren pane against the demo workbook in memory: check, select, fix, ignore, highlight, export. */
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { act } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryWorkbookPort } from "../../../src/preview/MemoryWorkbookPort";
import { demoWorkbook, KOSTEN_SHEET } from "../../../src/preview/demo";
import { PaneServicesContext, usePaneServicesState } from "../../../src/taskpane/services";
import { I18nProvider } from "../../../src/taskpane/i18n/I18nProvider";
import { ControlerenPane } from "../../../src/taskpane/panes/controleren/ControlerenPane";
import { SETTINGS_KEYS } from "../../../src/excel/WorkbookPort";
import { todayNl } from "../../../src/engine/shared/dates";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

let statusText = "";
function Harness({ port }: { port: MemoryWorkbookPort }) {
  const { services, status } = usePaneServicesState(port);
  statusText = status?.text ?? "";
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider>
        <PaneServicesContext.Provider value={services}>
          <ControlerenPane />
        </PaneServicesContext.Provider>
      </I18nProvider>
    </FluentProvider>
  );
}

let root: Root;
let container: HTMLDivElement;
let port: MemoryWorkbookPort;

async function flush() {
  for (let i = 0; i < 8; i += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

const byTestId = (id: string): HTMLElement => {
  const el = container.querySelector(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no element ${id}`);
  return el as HTMLElement;
};

async function click(el: Element) {
  await act(async () => {
    (el as HTMLElement).click();
  });
  await flush();
}

const finding = (cell: string, rule: string) => container.querySelector(`[data-testid="controleren-finding"][data-cell="${cell}"][data-rule="${rule}"]`) as HTMLElement | null;

async function runCheck() {
  await click(byTestId("controleren-run"));
}

beforeEach(async () => {
  port = new MemoryWorkbookPort(demoWorkbook());
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () => root.render(<Harness port={port} />));
  await flush();
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

test("checks the active sheet: findings grouped with counts, Bemheze with its fix", async () => {
  await runCheck();
  expect(statusText).toContain(KOSTEN_SHEET);
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
  const box = byTestId("controleren-show-ignored");
  await click(box.tagName === "INPUT" ? box : box.querySelector("input")!);
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
  await click(byTestId("controleren-scope-selection").querySelector("input") ?? byTestId("controleren-scope-selection"));
  await runCheck();
  expect(statusText).toContain("Overzicht module 1!");
  expect(finding("B18", "rounding-difference")).not.toBeNull();
  expect(finding("A2", "unknown-municipality")).toBeNull();

  await click(byTestId("controleren-scope-all").querySelector("input") ?? byTestId("controleren-scope-all"));
  await runCheck();
  expect(statusText).toContain("4 bladen");
  expect(finding("A2", "unknown-municipality")).not.toBeNull();
  expect(finding("B18", "rounding-difference")).not.toBeNull();
});

test("filtering by severity shows only that severity", async () => {
  await runCheck();
  await click(byTestId("controleren-filter-error").querySelector("input") ?? byTestId("controleren-filter-error"));
  expect(container.querySelectorAll('[data-testid="controleren-finding"]').length).toBe(0);
  expect(byTestId("controleren-none")).toBeTruthy();
  await click(byTestId("controleren-filter-warning").querySelector("input") ?? byTestId("controleren-filter-warning"));
  const shown = [...container.querySelectorAll('[data-testid="controleren-finding"]')];
  expect(shown.length).toBe(11);
});
