/**
 * Panes and functions read the workbook's own data from one layer (src/workbookData): a pane
 * opening on a workbook loads it for the functions too, saves reach the functions, and a
 * setting the schema refuses is shown with a reset instead of crashing the pane. Runs against
 * the in-memory workbook of the preview.
 */
import * as React from "react";
import { MemoryWorkbookPort } from "../../src/preview/MemoryWorkbookPort";
import { demoWorkbook } from "../../src/preview/demo";
import { IndexerenPane } from "../../src/taskpane/panes/indexeren/IndexerenPane";
import { VerdelenPane } from "../../src/taskpane/panes/verdelen/VerdelenPane";
import { SETTINGS_KEYS } from "../../src/excel/WorkbookPort";
import { indexRate, population, providerIndexation } from "../../src/functions/functions";
import { resetWorkbookData } from "../../src/workbookData";
import { buttonWithText, byTestId, click, renderPane, setValue, unmountPane } from "./renderPane";

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
  resetWorkbookData();
});

describe("panes and functions share the workbook data", () => {
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

  it("Verdelen with figures: \"abc\" stored: no crash, the Dutch message naming the setting, and a reset", async () => {
    const port = new MemoryWorkbookPort(demoWorkbook());
    await port.setSetting(SETTINGS_KEYS.populationImports, [{ year: 2027, source: "x", figures: "abc" }]);
    await renderPane(<VerdelenPane />, port);
    expect(byTestId("verdelen-setting-problem").textContent).toBe(
      'De instelling "Geïmporteerde CBS-inwonertallen" in de werkmap is onbruikbaar: de gegevens hebben niet de vorm van een CBS-import (nummer 1). Zet de instelling terug in het deelvenster Verdelen.',
    );
    expect(errorCode(() => population("Oss", 2026))).toBe("#VALUE!");
    await click(byTestId("verdelen-setting-reset"));
    expect(await port.getSetting(SETTINGS_KEYS.populationImports)).toBeUndefined();
    expect(population("Oss", 2026)).toBe(95_549);
    expect(document.querySelector('[data-testid="verdelen-setting-problem"]')).toBeNull();
  });

  it("Indexeren with an own figure of −100 %: the message and a reset; the functions never see Infinity", async () => {
    const port = new MemoryWorkbookPort(demoWorkbook());
    await port.setSetting(SETTINGS_KEYS.indexOverrides, [{ year: 2024, series: "OVA", stage: "voorlopig", percent: -100, note: "x" }]);
    await renderPane(<IndexerenPane />, port);
    expect(byTestId("indexeren-setting-problem").textContent).toContain("een indexcijfer moet tussen −50 % en 50 % liggen (nummer 1, veld percent)");
    expect(errorCode(() => indexRate(2024))).toBe("#VALUE!");
    await click(byTestId("indexeren-setting-reset"));
    expect(await port.getSetting(SETTINGS_KEYS.indexOverrides)).toBeUndefined();
    expect(indexRate(2024)).toBeCloseTo(0.04697, 12);
  });

  it("Indexeren names the figures missing for 2026 and stores them as VNG publishes them, for the functions too", async () => {
    const port = new MemoryWorkbookPort(demoWorkbook());
    await renderPane(<IndexerenPane />, port);
    await click(buttonWithText("Cijfers die nog ontbreken"));
    expect(byTestId("indexeren-missing-list").textContent).toBe(
      "Voor de indexatie van 2026 ontbreken nog 4 cijfers: OVA 2025 definitief, PPC 2025 definitief, OVA 2026 voorlopig, PPC 2026 voorlopig. Vul ze in zodra VNG ze publiceert; ze worden in de werkmap bewaard en gelden ook voor de SD.-functies.",
    );
    expect(errorCode(() => providerIndexation(2026))).toBe("#N/A");
    await setValue(byTestId("indexeren-missing-OVA-2025-definitief"), "5,1");
    await setValue(byTestId("indexeren-missing-PPC-2025-definitief"), "3,2");
    await setValue(byTestId("indexeren-missing-OVA-2026-voorlopig"), "4,2");
    await setValue(byTestId("indexeren-missing-PPC-2026-voorlopig"), "2,9");
    await setValue(byTestId("indexeren-missing-source"), "VNG-advies 2026 (test)");
    await setValue(byTestId("indexeren-missing-date"), "31-10-2026");
    await click(byTestId("indexeren-missing-save"));
    const stored = (await port.getSetting(SETTINGS_KEYS.indexOverrides)) as { source: string; published: string }[];
    expect(stored).toHaveLength(4);
    expect(stored[0]).toMatchObject({ source: "VNG-advies 2026 (test)", published: "2026-10-31" });
    // 0,9·4,2 + 0,1·2,9 = 4,07 plus the relative correction of 2025 (test figures)
    expect(providerIndexation(2026)).toBeGreaterThan(0.04);
    expect(byTestId("indexeren-missing-none").textContent).toBe("Voor de indexatie van 2026 zijn alle cijfers bekend.");
  });
});
