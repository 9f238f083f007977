/**
 * Entry of the task pane inside Excel. Waits for Office; inside Excel it renders the shell on
 * the Excel workbook. Opened in a plain browser (Office.onReady answers without a host, or
 * office.js did not load) it points to the preview; if Office never answers, it says so.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { HostFallback } from "./HostFallback";
import { I18nProvider } from "./i18n/I18nProvider";
import { ExcelWorkbookPort } from "../excel/ExcelWorkbookPort";

const OFFICE_TIMEOUT_SECONDS = 15;

function render(node: React.ReactNode) {
  const container = document.getElementById("root");
  if (!container) return;
  const root = (window as unknown as { __sdRoot?: ReturnType<typeof createRoot> }).__sdRoot ?? createRoot(container);
  (window as unknown as { __sdRoot?: ReturnType<typeof createRoot> }).__sdRoot = root;
  root.render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider initial={navigator.language?.toLowerCase().startsWith("en") ? "en" : "nl"}>{node}</I18nProvider>
    </FluentProvider>,
  );
}

function start() {
  render(<HostFallback state="loading" timeoutSeconds={OFFICE_TIMEOUT_SECONDS} />);
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    render(<HostFallback state="no-host" timeoutSeconds={OFFICE_TIMEOUT_SECONDS} />);
    return;
  }
  let settled = false;
  const timer = setTimeout(() => {
    if (!settled) render(<HostFallback state="timeout" timeoutSeconds={OFFICE_TIMEOUT_SECONDS} />);
  }, OFFICE_TIMEOUT_SECONDS * 1000);
  Office.onReady((info) => {
    settled = true;
    clearTimeout(timer);
    if (info.host === Office.HostType.Excel && typeof Excel !== "undefined") {
      render(<App port={new ExcelWorkbookPort()} />);
    } else {
      render(<HostFallback state="no-host" timeoutSeconds={OFFICE_TIMEOUT_SECONDS} />);
    }
  });
}

start();
