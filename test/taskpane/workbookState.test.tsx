/**
 * The panes keep the custom functions' workbook state (src/functions/shared/workbookState.ts)
 * in step with the workbook settings: filled when they read the settings, updated when they
 * save or remove them. Runs against the in-memory workbook of the preview.
 */
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { act } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryWorkbookPort } from "../../src/preview/MemoryWorkbookPort";
import { demoWorkbook } from "../../src/preview/demo";
import { PaneServicesContext, usePaneServicesState } from "../../src/taskpane/services";
import { I18nProvider } from "../../src/taskpane/i18n/I18nProvider";
import { IndexerenPane } from "../../src/taskpane/panes/indexeren/IndexerenPane";
import { VerdelenPane } from "../../src/taskpane/panes/verdelen/VerdelenPane";
import { SETTINGS_KEYS } from "../../src/excel/WorkbookPort";
import { indexRate, population } from "../../src/functions/functions";
import { resetWorkbookState } from "../../src/functions/shared/workbookState";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
if (!("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

function Harness({ port, pane }: { port: MemoryWorkbookPort; pane: React.ReactNode }) {
  const { services } = usePaneServicesState(port);
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider>
        <PaneServicesContext.Provider value={services}>{pane}</PaneServicesContext.Provider>
      </I18nProvider>
    </FluentProvider>
  );
}

let root: Root;
let container: HTMLDivElement;

async function flush() {
  for (let i = 0; i < 5; i += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

async function mount(port: MemoryWorkbookPort, pane: React.ReactNode) {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () => root.render(<Harness port={port} pane={pane} />));
  await flush();
}

async function clickButton(text: string) {
  const button = [...container.querySelectorAll("button")].find((b) => b.textContent === text);
  if (!button) throw new Error(`no button "${text}"`);
  await act(async () => button.click());
  await flush();
}

function errorCode(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    return (e as { code: string }).code;
  }
  throw new Error("expected an error");
}

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  resetWorkbookState();
});

describe("panes keep the functions' workbook state current", () => {
  it("Indexeren: the stored OVA 2024 voorlopig reaches SD.INDEXCIJFER; the reset takes it away", async () => {
    const port = new MemoryWorkbookPort(demoWorkbook());
    await port.setSetting(SETTINGS_KEYS.indexOverrides, [{ year: 2024, series: "OVA", stage: "voorlopig", percent: 5, note: "eigen cijfer (test)" }]);
    expect(indexRate(2024)).toBeCloseTo(0.04697, 12);
    await mount(port, <IndexerenPane />);
    expect(indexRate(2024)).toBeCloseTo(0.04751, 12);

    await clickButton("Indexreeks bekijken en aanpassen");
    await act(async () => (container.querySelector('[data-testid="indexeren-reset"]') as HTMLElement).click());
    await flush();
    expect(await port.getSetting(SETTINGS_KEYS.indexOverrides)).toBeUndefined();
    expect(indexRate(2024)).toBeCloseTo(0.04697, 12);
  });

  it("Verdelen: imported 2025 figures reach SD.INWONERS; removing them takes them away", async () => {
    const port = new MemoryWorkbookPort(demoWorkbook());
    await port.setSetting(SETTINGS_KEYS.populationImports, [
      { year: 2025, source: "CBS StatLine 03759ned (test)", figures: [{ code: "GM0828", name: "Oss", value: 96102 }] },
    ]);
    await mount(port, <VerdelenPane />);
    expect(population("Oss", 2025)).toBe(96_102);

    await clickButton("Geïmporteerde cijfers verwijderen");
    expect(await port.getSetting(SETTINGS_KEYS.populationImports)).toBeUndefined();
    expect(errorCode(() => population("Oss", 2025))).toBe("#N/A");
  });
});
