/**
 * Ribbon commands (tab "Rekenhulp"). In the shared runtime these run in the same page as the
 * pane: each button selects its pane's tab and shows the task pane. The actions come from the
 * pane registry; manifest.xml's FunctionNames are checked against it.
 */
import { requestTab, type PaneId } from "../taskpane/navigation";
import { PANE_REGISTRY } from "../taskpane/paneRegistry";

/** ribbon action (manifest FunctionName) → pane */
const COMMANDS: Record<string, PaneId> = Object.fromEntries(PANE_REGISTRY.map((pane) => [pane.action, pane.id]));

function openPane(id: PaneId, event: Office.AddinCommands.Event) {
  requestTab(id);
  Office.addin
    .showAsTaskpane()
    .catch(() => undefined) // the pane may already be open; the tab switch has happened anyway
    .finally(() => event.completed());
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => {
    if (!Office.actions) return; // outside Excel (plain browser): nothing to associate
    for (const [action, pane] of Object.entries(COMMANDS)) {
      Office.actions.associate(action, (event: Office.AddinCommands.Event) => openPane(pane, event));
    }
  });
}

export { COMMANDS };
