/**
 * The task pane entry (src/taskpane/index.tsx) outside and inside Excel: no office.js → points
 * to the preview; Office answers without a host → the same; Office never answers → the
 * timeout message after 15 s; Excel → the pane shell.
 */
import * as React from "react";
import type { act } from "react";

jest.mock("../../../src/taskpane/panes/registry", () => ({
  PANES: ["controleren", "verdelen", "indexeren", "bezetting"].map((id) => ({
    id,
    labelKey: `tab.${id}`,
    component: () => <p data-testid={`pane-${id}`}>{id}</p>,
  })),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no ResizeObserver; Fluent's MessageBar only needs it to exist
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

type Info = { host: string | null };
const g = globalThis as unknown as { Office?: unknown; Excel?: unknown; __sdRoot?: { unmount(): void } };

let isolatedAct: typeof act;

/** Loads the entry afresh (it starts on import), rendering with its own copy of React. */
async function startEntry() {
  let started: PromiseLike<void> | undefined;
  jest.isolateModules(() => {
    isolatedAct = (require("react") as typeof React).act;
    started = isolatedAct(async () => {
      require("../../../src/taskpane/index");
    });
  });
  await started;
}

function officeWith(onReady: (callback: (info: Info) => void) => void) {
  g.Office = { onReady, HostType: { Excel: "Excel" } };
}

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  Object.defineProperty(navigator, "language", { value: "nl-NL", configurable: true });
});

afterEach(async () => {
  await isolatedAct(async () => g.__sdRoot?.unmount());
  delete g.__sdRoot;
  delete g.Office;
  delete g.Excel;
  jest.useRealTimers();
});

const find = (id: string) => document.querySelector(`[data-testid=${id}]`);

describe("task pane entry", () => {
  it("points to the preview when office.js is missing", async () => {
    await startEntry();
    expect(find("host-none")?.textContent).toContain("Niet geopend in Excel");
    expect(document.querySelector("a[href='preview.html']")?.textContent).toBe("Voorbeeldweergave openen");
  });

  it("points to the preview when Office answers without a host", async () => {
    officeWith((callback) => callback({ host: null }));
    await startEntry();
    expect(find("host-none")).not.toBeNull();
    expect(find("pane-shell")).toBeNull();
  });

  it("says Excel is not responding when Office never answers", async () => {
    jest.useFakeTimers();
    officeWith(() => undefined);
    await startEntry();
    expect(find("host-loading")).not.toBeNull();
    await isolatedAct(async () => {
      jest.advanceTimersByTime(15_000);
    });
    expect(find("host-timeout")?.textContent).toContain("Office is na 15 seconden nog niet klaar");
  });

  it("renders the pane shell inside Excel", async () => {
    g.Excel = {};
    officeWith((callback) => callback({ host: "Excel" }));
    await startEntry();
    expect(find("pane-shell")).not.toBeNull();
    expect(find("pane-controleren")).not.toBeNull();
  });
});
