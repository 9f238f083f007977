/**
 * Panes' view of src/workbookData: loads the two workbook settings through the pane's port when
 * a pane opens (so the functions see them too, in Excel and in the preview) and re-renders on
 * every change, wherever it came from (another pane, the functions' loader, a colleague).
 */
import * as React from "react";
import { loadWorkbookData, subscribeWorkbookData, workbookDataVersion } from "../workbookData";
import { usePaneServices } from "./services";

/** A number that changes whenever the workbook data change; read the data from src/workbookData. */
export function useWorkbookData(): number {
  const { port } = usePaneServices();
  React.useEffect(() => {
    void loadWorkbookData(port);
  }, [port]);
  return React.useSyncExternalStore(subscribeWorkbookData, workbookDataVersion, workbookDataVersion);
}
