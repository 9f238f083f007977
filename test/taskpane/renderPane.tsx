/**
 * The render harness the pane tests share: one pane inside Fluent, i18n and the pane services
 * (as the shell provides them) on an in-memory workbook, plus the few user actions the tests
 * need. Every action is followed by `flush()`, so React and the pane's async workbook calls
 * have settled before the test looks at the DOM or the workbook.
 *
 *   let port: MemoryWorkbookPort;
 *   let container: HTMLElement;
 *   beforeEach(async () => ({ port, container } = await renderPane(<BezettingPane />)));
 *   afterEach(unmountPane);
 *
 * One pane is mounted at a time; `byTestId` and `statusText` read that one.
 */
import * as React from "react";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryWorkbookPort } from "../../src/preview/MemoryWorkbookPort";
import { demoWorkbook } from "../../src/preview/demo";
import { PaneServicesContext, usePaneServicesState } from "../../src/taskpane/services";
import { I18nProvider } from "../../src/taskpane/i18n/I18nProvider";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one
(window as unknown as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

export interface RenderedPane {
  port: MemoryWorkbookPort;
  container: HTMLDivElement;
}

interface Mounted extends RenderedPane {
  root: Root;
  status: string;
}

let mounted: Mounted | undefined;

function Harness({ port, pane, onStatus }: { port: MemoryWorkbookPort; pane: React.ReactNode; onStatus: (text: string) => void }) {
  const { services, status } = usePaneServicesState(port);
  onStatus(status?.text ?? "");
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider>
        <PaneServicesContext.Provider value={services}>{pane}</PaneServicesContext.Provider>
      </I18nProvider>
    </FluentProvider>
  );
}

/** Lets React and the pane's pending promises (workbook reads and writes) run to the end. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 8; i += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** Mounts `pane` on `port` (default: a fresh demo workbook) in a new container in the document. */
export async function renderPane(pane: React.ReactNode, port: MemoryWorkbookPort = new MemoryWorkbookPort(demoWorkbook())): Promise<RenderedPane> {
  if (mounted) throw new Error("renderPane: a pane is still mounted; call unmountPane() first");
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  const current: Mounted = { port, container, root, status: "" };
  mounted = current;
  await act(async () =>
    root.render(
      <Harness
        port={port}
        pane={pane}
        onStatus={(text) => {
          current.status = text;
        }}
      />,
    ),
  );
  await flush();
  return { port, container };
}

/** Unmounts the pane and removes its container (as closing the task pane would). */
export async function unmountPane(): Promise<void> {
  const current = mounted;
  if (!current) return;
  mounted = undefined;
  await act(async () => current.root.unmount());
  current.container.remove();
}

function mountedPane(): Mounted {
  if (!mounted) throw new Error("no pane mounted: call renderPane() first");
  return mounted;
}

/** The text of the status area under the pane ("" when it shows nothing). */
export function statusText(): string {
  return mountedPane().status;
}

export function byTestId(id: string): HTMLElement {
  const el = mountedPane().container.querySelector(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no element ${id}`);
  return el as HTMLElement;
}

/** The input behind a test id: the element itself, or the input inside a Fluent Checkbox/Radio/Input wrapper. */
export function inputByTestId(id: string): HTMLInputElement {
  const el = byTestId(id);
  const input = el.tagName === "INPUT" ? el : el.querySelector("input");
  if (!input) throw new Error(`no input in ${id}`);
  return input as HTMLInputElement;
}

/** The button in `scope` (default: the mounted pane) whose text is exactly `text`. */
export function buttonWithText(text: string, scope: ParentNode = mountedPane().container): HTMLButtonElement {
  const button = [...scope.querySelectorAll("button")].find((b) => b.textContent === text);
  if (!button) throw new Error(`no button "${text}"`);
  return button;
}

export async function click(el: Element): Promise<void> {
  await act(async () => {
    (el as HTMLElement).click();
  });
  await flush();
}

/** Types into an input (an `input` event) or picks an option of a select (a `change` event), as React listens for them. */
export async function setValue(el: HTMLElement, value: string): Promise<void> {
  await act(async () => {
    const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, "value")!.set!.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
  });
  await flush();
}

/** Presses a key on `el` (keydown, then keyup), as a keyboard user would. */
export async function press(el: Element, key: string): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
    el.dispatchEvent(new KeyboardEvent("keyup", { key, bubbles: true, cancelable: true }));
  });
  await flush();
}

/** Chooses `optionText` in the Fluent Dropdown behind `testId` with a click on it (the list is in a portal). */
export async function chooseOption(testId: string, optionText: string): Promise<void> {
  await click(byTestId(testId));
  const option = [...document.querySelectorAll('[role="option"]')].find((o) => o.textContent === optionText);
  if (!option) throw new Error(`no option "${optionText}" in ${testId}`);
  await click(option);
}
