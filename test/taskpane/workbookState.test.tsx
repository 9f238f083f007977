/**
 * The panes keep the custom functions' workbook state (src/functions/shared/workbookState.ts)
 * in step with the workbook settings: filled when they read the settings, updated when they
 * save or remove them. Runs against the in-memory workbook of the preview.
 */
import * as React from "react";
import { MemoryWorkbookPort } from "../../src/preview/MemoryWorkbookPort";
import { demoWorkbook } from "../../src/preview/demo";
import { IndexerenPane } from "../../src/taskpane/panes/indexeren/IndexerenPane";
import { VerdelenPane } from "../../src/taskpane/panes/verdelen/VerdelenPane";
import { SETTINGS_KEYS } from "../../src/excel/WorkbookPort";
import { indexRate, population } from "../../src/functions/functions";
import { resetWorkbookState } from "../../src/functions/shared/workbookState";
import { buttonWithText, byTestId, click, renderPane, unmountPane } from "./renderPane";

function errorCode(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    return (e as { code: string }).code;
  }
  throw new Error("expected an error");
}

afterEach(async () => {
  await unmountPane();
  resetWorkbookState();
});

describe("panes keep the functions' workbook state current", () => {
  it("Indexeren: the stored OVA 2024 voorlopig reaches SD.INDEXCIJFER; the reset takes it away", async () => {
    const port = new MemoryWorkbookPort(demoWorkbook());
    await port.setSetting(SETTINGS_KEYS.indexOverrides, [{ year: 2024, series: "OVA", stage: "voorlopig", percent: 5, note: "eigen cijfer (test)" }]);
    expect(indexRate(2024)).toBeCloseTo(0.04697, 12);
    await renderPane(<IndexerenPane />, port);
    expect(indexRate(2024)).toBeCloseTo(0.04751, 12);

    await click(buttonWithText("Indexreeks bekijken en aanpassen"));
    await click(byTestId("indexeren-reset"));
    expect(await port.getSetting(SETTINGS_KEYS.indexOverrides)).toBeUndefined();
    expect(indexRate(2024)).toBeCloseTo(0.04697, 12);
  });

  it("Verdelen: imported 2027 figures reach SD.INWONERS; removing them takes them away", async () => {
    const port = new MemoryWorkbookPort(demoWorkbook());
    await port.setSetting(SETTINGS_KEYS.populationImports, [
      { year: 2027, source: "CBS StatLine 03759ned (test)", figures: [{ code: "GM0828", name: "Oss", value: 96102 }] },
    ]);
    await renderPane(<VerdelenPane />, port);
    expect(population("Oss", 2027)).toBe(96_102);

    await click(buttonWithText("Geïmporteerde cijfers verwijderen"));
    expect(await port.getSetting(SETTINGS_KEYS.populationImports)).toBeUndefined();
    expect(errorCode(() => population("Oss", 2027))).toBe("#N/A");
  });
});
