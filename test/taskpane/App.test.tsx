/**
 * The pane shell in jsdom: tabs switch by click and by `requestTab` (the ribbon buttons), and
 * the status area shows what a failing `run` threw. The four panes are replaced by small test
 * panes so the shell is tested on its own (the real panes have their own tests and the e2e run).
 */
import * as React from "react";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { I18nProvider } from "../../src/taskpane/i18n/I18nProvider";
import { requestTab } from "../../src/taskpane/navigation";
import { usePaneServices } from "../../src/taskpane/services";
import { MemoryWorkbookPort } from "../../src/preview/MemoryWorkbookPort";
import { PortConflictError } from "../../src/excel/WorkbookPort";

jest.mock("../../src/taskpane/panes/registry", () => {
  function FailingPane() {
    const { run } = usePaneServices();
    return (
      <button
        data-testid="fail"
        onClick={() =>
          void run("Controleren…", async () => {
            throw new PortConflictError("D7", "Cel Blad1!D7 is gewijzigd sinds de controle. Er is niets aangepast.");
          })
        }
      >
        fail
      </button>
    );
  }
  function SlowPane() {
    const { run, busy } = usePaneServices();
    return (
      <div data-testid="pane-verdelen">
        <span data-testid="busy">{String(busy)}</span>
        <button data-testid="slow" onClick={() => void run("Verdelen…", (report) => new Promise<void>((resolve) => { report(0.5); (globalThis as { finishSlow?: () => void }).finishSlow = resolve; }))}>
          slow
        </button>
      </div>
    );
  }
  const plain = (id: string) => () => <p data-testid={`pane-${id}`}>{id}</p>;
  return {
    PANES: [
      { id: "controleren", labelKey: "tab.controleren", component: () => <div data-testid="pane-controleren"><FailingPane /></div> },
      { id: "verdelen", labelKey: "tab.verdelen", component: SlowPane },
      { id: "indexeren", labelKey: "tab.indexeren", component: plain("indexeren") },
      { id: "bezetting", labelKey: "tab.bezetting", component: plain("bezetting") },
    ],
  };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no ResizeObserver; Fluent's MessageBar only needs it to exist
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

let container: HTMLDivElement;
let root: Root;

function find(selector: string): HTMLElement | null {
  return container.querySelector(selector);
}
function visiblePane(): string | undefined {
  return find("[data-testid^=pane-]:not([data-testid=pane-shell])")?.getAttribute("data-testid") ?? undefined;
}
async function click(el: Element | null) {
  if (!el) throw new Error("element not found");
  await act(async () => {
    (el as HTMLElement).click();
  });
}

beforeEach(async () => {
  requestTab("controleren");
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () => {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider>
          <App port={new MemoryWorkbookPort()} />
        </I18nProvider>
      </FluentProvider>,
    );
  });
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe("pane shell", () => {
  it("shows four Dutch tabs and switches pane on click", async () => {
    // Fluent renders each unselected label twice (a hidden bold copy reserves its width)
    const tabs = [...container.querySelectorAll("[role=tab] .fui-Tab__content:not(.fui-Tab__content--reserved-space)")].map((t) => t.textContent);
    expect(tabs).toEqual(["Controleren", "Verdelen", "Indexeren", "Bezetting"]);
    expect(visiblePane()).toBe("pane-controleren");
    await click(find("[data-testid=tab-indexeren]"));
    expect(visiblePane()).toBe("pane-indexeren");
    expect(find("[data-testid=tab-indexeren]")?.getAttribute("aria-selected")).toBe("true");
    expect(find("section[aria-label=Indexeren]")).not.toBeNull();
    expect(find("[data-testid=pane-shell]")?.textContent).toContain("er worden geen gegevens verstuurd");
  });

  it("follows requestTab from the ribbon commands", async () => {
    await act(async () => requestTab("bezetting"));
    expect(visiblePane()).toBe("pane-bezetting");
    await act(async () => requestTab("verdelen"));
    expect(visiblePane()).toBe("pane-verdelen");
  });

  it("shows the Dutch message of a failing run in the status area, and clears it on dismiss", async () => {
    await click(find("[data-testid=fail]"));
    const message = find("[data-testid=status-error]");
    expect(message?.textContent).toContain("Cel Blad1!D7 is gewijzigd sinds de controle. Er is niets aangepast.");
    await click(find("[data-testid=status-area] button[aria-label='Melding sluiten']"));
    expect(find("[data-testid=status-error]")).toBeNull();
  });

  it("shows a progress bar while a run is busy and ignores a second click", async () => {
    await click(find("[data-testid=tab-verdelen]"));
    await click(find("[data-testid=slow]"));
    expect(find("[data-testid=progress]")).not.toBeNull();
    expect(find("[data-testid=busy]")?.textContent).toBe("true");
    const first = (globalThis as { finishSlow?: () => void }).finishSlow;
    await click(find("[data-testid=slow]"));
    expect((globalThis as { finishSlow?: () => void }).finishSlow).toBe(first);
    await act(async () => first?.());
    expect(find("[data-testid=progress]")).toBeNull();
    expect(find("[data-testid=busy]")?.textContent).toBe("false");
  });
});
