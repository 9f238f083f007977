/**
 * Entry of the custom functions (namespace SD, set in manifest.xml). Each capability declares
 * its functions in its own file (listed in scripts/function-sources.js for the metadata
 * plugin); this module re-exports them so they can be imported from one place in tests.
 *
 * Inside Excel it also loads the workbook data the functions use (imported population
 * figures, own index figures) into src/workbookData and keeps it up to date.
 */
import "../excel/customFunctionsGuard";
import { loadWorkbookState } from "../excel/loadWorkbookState";
import { markWorkbookDataUnreadable, setWorkbookData } from "../workbookData";

export * from "./verdelen";
export * from "./indexeren";
export * from "./bezetting";

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => {
    // outside Excel (preview) the pane's hook loads the workbook data through its port
    if (typeof Excel === "undefined" || typeof Excel.run !== "function") return;
    void loadWorkbookState((batch) => Excel.run(batch), {
      loaded: setWorkbookData,
      failed: markWorkbookDataUnreadable,
    });
  });
}
