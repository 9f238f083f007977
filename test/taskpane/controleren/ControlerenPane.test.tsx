/** The Controleren pane against the demo workbook in memory: check, select, fix, ignore, highlight, export. */
import * as React from "react";
import type { MemoryWorkbookPort } from "../../../src/preview/MemoryWorkbookPort";
import { KOSTEN_SHEET } from "../../../src/preview/demo";
import { ControlerenPane } from "../../../src/taskpane/panes/controleren/ControlerenPane";
import { SETTINGS_KEYS } from "../../../src/excel/WorkbookPort";
import { todayNl } from "../../../src/engine/shared/dates";
import { act } from "react";
import { byTestId, click, flush, inputByTestId, renderPane, statusText, unmountPane } from "../renderPane";

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
  const header = cells.findIndex((r) => r[0] === "Regel");
  expect(cells[header]).toEqual(["Regel", "Ernst", "Blad", "Cel", "Melding", "Status", "Regel-id"]);
  const body = cells.slice(header + 1).filter((r) => r[1] !== "" && r[0] !== "Totaal" && typeof r[3] === "string" && /^[A-Z]+\d+$/.test(r[3] as string));
  expect(body.length).toBe(shown);
  const a2 = body.find((r) => r[3] === "A2")!;
  // the Regel column is the rule's Dutch title, not its id (the id is the last column)
  expect(a2[0]).toBe("Gemeentenaam bestaat niet in het peiljaar");
  expect(a2.slice(1)).toEqual(["waarschuwing", KOSTEN_SHEET, "A2", expect.any(String), "open", "unknown-municipality"]);
  const total = cells.find((r) => r[0] === "Totaal")!;
  expect(total[1]).toMatch(/^\d+ bevindingen$/);
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

const ROUNDING_TITLE = "Totaal wijkt binnen de afrondingsmarge af van de som van de delen";
const accessibleName = (b: Element) => b.getAttribute("aria-label") ?? b.textContent ?? "";

test("groups show the rule's Dutch title with a count; every button has its own accessible name", async () => {
  await runCheck();
  const group = byTestId("controleren-group-rounding-difference");
  expect(group.getAttribute("aria-label")).toBe(ROUNDING_TITLE);
  expect(group.querySelector('[data-testid="controleren-group-title"]')!.textContent).toBe(`${ROUNDING_TITLE} (6 bevindingen)`);
  expect(byTestId("controleren-group-unknown-municipality").querySelector('[data-testid="controleren-group-title"]')!.textContent).toBe("Gemeentenaam bestaat niet in het peiljaar (1 bevinding)");
  const e7 = finding("E7", "rounding-difference")!;
  expect(accessibleName(e7.querySelector('[data-testid="controleren-finding-ignore"]')!)).toBe(`Negeer ${KOSTEN_SHEET}!E7 (${ROUNDING_TITLE})`);
  const names = [...container.querySelectorAll("button")].map(accessibleName);
  expect(names.length).toBeGreaterThan(20);
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
});

test("'Negeer alle van deze soort' ignores the whole group and remembers every one", async () => {
  await runCheck();
  const button = byTestId("controleren-group-rounding-difference").querySelector('[data-testid="controleren-group-ignore-all"]')!;
  expect(button.textContent).toBe("Negeer alle van deze soort");
  expect(accessibleName(button)).toBe(`Negeer alle 6 bevindingen: ${ROUNDING_TITLE}`);
  await click(button);
  const saved = (await port.getSetting<string[]>(SETTINGS_KEYS.ignoredFindings))!;
  expect(saved).toHaveLength(6);
  expect(saved).toContain(`${KOSTEN_SHEET}!E7|rounding-difference`);
  expect(container.querySelector('[data-testid="controleren-group-rounding-difference"]')).toBeNull();
  expect(finding("A2", "unknown-municipality")).not.toBeNull();
  expect(byTestId("controleren-count-warning").textContent).toBe("Waarschuwingen: 5");
});

test("notes (info) are folded away until asked for; the sign-convention note has a title that fits", async () => {
  await click(inputByTestId("controleren-scope-all"));
  await runCheck();
  expect(statusText()).toMatch(/^\d+ bevindingen in 5 bladen\.$/);
  expect(byTestId("controleren-count-info").textContent).toBe("Info: 2");
  expect(container.querySelector('[data-severity="info"]')).toBeNull();
  const toggle = byTestId("controleren-toggle-info");
  expect(toggle.textContent).toBe("Toon ook 2 opmerkingen");
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  await click(toggle);
  const notes = [...container.querySelectorAll('[data-severity="info"]')];
  expect(notes.map((g) => g.getAttribute("aria-label"))).toEqual(["Tekenconventie van Verschil wisselt tussen secties"]);
  expect(notes[0].textContent).not.toContain("Verschil klopt niet");
  expect(notes[0].textContent).toContain("gebruikelijk");
  expect(byTestId("controleren-toggle-info").textContent).toBe("Verberg de 2 opmerkingen");
});

test("after a check, by button or Enter in the year field, focus moves to the result heading", async () => {
  await runCheck();
  const heading = byTestId("controleren-result-heading");
  expect(heading.tagName).toBe("H2");
  expect(heading.getAttribute("tabindex")).toBe("-1");
  expect(document.activeElement).toBe(heading);
  const year = inputByTestId("controleren-year");
  year.focus();
  expect(document.activeElement).toBe(year);
  await act(async () => {
    year.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  });
  await flush();
  expect(document.activeElement).toBe(byTestId("controleren-result-heading"));
});

test("a fix preview is scrolled into view when it opens", async () => {
  const scrolled: Element[] = [];
  const proto = Element.prototype as { scrollIntoView?: (arg?: unknown) => void };
  const original = proto.scrollIntoView;
  proto.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  try {
    await runCheck();
    await click(finding("A2", "unknown-municipality")!.querySelector('[data-testid="controleren-finding-fix"]')!);
    expect(scrolled).toContain(byTestId("controleren-fix-preview"));
  } finally {
    proto.scrollIntoView = original;
  }
});

test("the written report names the rule by its Dutch title and counts with plurals", async () => {
  await runCheck();
  await click(byTestId("controleren-export"));
  const cells = (await port.readSnapshot({ kind: "usedRange", sheetName: `Controle ${todayNl()}` })).values;
  const rows = cells.filter((r) => r[6] === "rounding-difference");
  expect(rows.length).toBe(6);
  expect(rows.every((r) => r[0] === ROUNDING_TITLE && r[5] === "open")).toBe(true);
  expect(cells.find((r) => r[0] === "Totaal")!.slice(1, 5)).toEqual(["11 bevindingen", "", "", "0 fouten, 11 waarschuwingen, 0 info"]);
});
