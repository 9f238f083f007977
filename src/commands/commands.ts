/**
 * Ribbon commands (tab "Rekenhulp"). In the shared runtime these run in the same page as the
 * pane: each button selects its pane's tab and shows the task pane.
 */
import { requestTab, type PaneId } from "../taskpane/navigation";

const COMMANDS: Record<string, PaneId> = {
  openControleren: "controleren",
  openVerdelen: "verdelen",
  openIndexeren: "indexeren",
  openBezetting: "bezetting",
};

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
