/**
 * Progress of the Vergelijken pane: every step (reading, pairing, comparing, explaining,
 * re-reading, writing) is shown in the shell's progress bar with its Dutch text, and the browser
 * gets to paint between the steps — the texts below are seen in the DOM, which only happens when
 * the pane yields. While a read is pending the bar shows that step and the buttons are disabled.
 */
import * as React from "react";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryWorkbookPort } from "../../../src/preview/MemoryWorkbookPort";
import { KOSTEN_2025_SHEET, KOSTEN_SHEET, demoWorkbook } from "../../../src/preview/demo";
import { PaneServicesContext, usePaneServicesState } from "../../../src/taskpane/services";
import { I18nProvider } from "../../../src/taskpane/i18n/I18nProvider";
import { StatusArea } from "../../../src/taskpane/components/StatusArea";
import { VergelijkenPane } from "../../../src/taskpane/panes/vergelijken/VergelijkenPane";
import type { SheetSnapshot, SnapshotSource } from "../../../src/excel/WorkbookPort";
import { flush } from "../renderPane";

/** The demo workbook whose sheet reads can be held back, to look at the pane mid-action. */
class HeldPort extends MemoryWorkbookPort {
  hold: Promise<void> | undefined;
  override async readSnapshot(source: SnapshotSource): Promise<SheetSnapshot> {
    if (this.hold) await this.hold;
    return super.readSnapshot(source);
  }
}

function Shell({ port }: { port: MemoryWorkbookPort }) {
  const { services, status, setStatus, progress } = usePaneServicesState(port);
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider>
        <PaneServicesContext.Provider value={services}>
          <StatusArea status={status} progress={progress} onDismiss={() => setStatus(null)} />
          <VergelijkenPane />
        </PaneServicesContext.Provider>
      </I18nProvider>
    </FluentProvider>
  );
}

let root: Root;
let container: HTMLDivElement;
let port: HeldPort;
/** every progress text the DOM showed, in order (consecutive repeats once) */
let seen: string[];
let observer: MutationObserver;

beforeEach(async () => {
  port = new HeldPort(demoWorkbook());
  container = document.createElement("div");
  document.body.appendChild(container);
  seen = [];
  observer = new MutationObserver(() => {
    const label = container.querySelector('[data-testid="progress"]')?.getAttribute("aria-label");
    if (label && seen[seen.length - 1] !== label) seen.push(label);
  });
  observer.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-label"] });
  root = createRoot(container);
  await act(async () => root.render(<Shell port={port} />));
  await flush();
});

afterEach(async () => {
  observer.disconnect();
  await act(async () => root.unmount());
  container.remove();
});

const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`) as HTMLElement;

async function select(id: string, value: string) {
  await act(async () => {
    const el = byTestId(id) as HTMLSelectElement;
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")!.set!.call(el, value);
    el.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

async function press(id: string) {
  await act(async () => byTestId(id).click());
  await flush();
}

describe("Vergelijken progress", () => {
  it("shows each step's Dutch text in the progress bar, painted between the steps", async () => {
    await select("vergelijken-old", `sheet:${KOSTEN_SHEET}`);
    await select("vergelijken-new", `sheet:${KOSTEN_2025_SHEET}`);
    await press("vergelijken-pair");
    // (the action's own label "Tabellen lezen en koppelen…" is replaced by the first step at once)
    expect(seen).toEqual([
      "Oude versie lezen: Kosten per gemeente 2024…",
      "Nieuwe versie lezen: Kosten per gemeente 2025…",
      "Rijen en kolommen koppelen (9 rijen)…",
    ]);

    seen = [];
    await press("vergelijken-compare");
    // 6 row pairs (the municipalities; Totaal is read as the table's total row) × 8 column pairs
    expect(seen).toEqual(["48 cellen vergelijken…", "Wijzigingen verklaren: volume, sleutel, deelname en overig…"]);

    seen = [];
    await press("vergelijken-write");
    expect(seen).toEqual([
      "Tabellen opnieuw lezen: zijn ze sinds de vergelijking gewijzigd?…",
      "Blad Mutaties schrijven (15 rijen)…",
    ]);
    expect(byTestId("progress")).toBeNull();
    expect(byTestId("status-success").textContent).toContain("Blad Mutaties 2024-2025 gemaakt met 15 rijen.");
  });

  it("keeps the bar on the step that is waiting and the buttons disabled until it is done", async () => {
    await select("vergelijken-old", `sheet:${KOSTEN_SHEET}`);
    await select("vergelijken-new", `sheet:${KOSTEN_2025_SHEET}`);
    let release!: () => void;
    port.hold = new Promise<void>((resolve) => (release = resolve));
    await press("vergelijken-pair");
    const bar = byTestId("progress");
    expect(bar.getAttribute("aria-label")).toBe("Oude versie lezen: Kosten per gemeente 2024…");
    expect(bar.getAttribute("aria-valuenow")).toBe("0");
    expect((byTestId("vergelijken-pair") as HTMLButtonElement).disabled).toBe(true);
    expect(container.textContent).toContain("Oude versie lezen: Kosten per gemeente 2024…");

    port.hold = undefined;
    await act(async () => release());
    await flush();
    expect(byTestId("progress")).toBeNull();
    expect(byTestId("vergelijken-match-summary").textContent).toContain("Rijen: 6 gekoppeld");
  });
});
