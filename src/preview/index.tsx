/**
 * Entry of the browser preview (preview.html, built with `npm run build:preview` and served by
 * `npm start`): the real task pane on an in-memory demo workbook, with no Office and no network.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nProvider } from "../taskpane/i18n/I18nProvider";
import { MemoryWorkbookPort } from "./MemoryWorkbookPort";
import { PreviewApp } from "./PreviewApp";
import { demoWorkbook } from "./demo";
import { installPreviewHook } from "./previewHook";
import { loadWorkbookData } from "../workbookData";

const port = new MemoryWorkbookPort(demoWorkbook());
installPreviewHook(port);
// the workbook's own figures for the SD. functions from the start, before any pane opens
void loadWorkbookData(port);

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider initial={new URLSearchParams(location.search).get("lang") === "en" ? "en" : "nl"}>
        <PreviewApp port={port} />
      </I18nProvider>
    </FluentProvider>,
  );
}
