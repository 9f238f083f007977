/**
 * The four panes, in tab order. A pane is a folder under panes/ whose component reads the
 * workbook through usePaneServices(); the shell renders whichever is selected.
 */
import type { ComponentType } from "react";
import type { PaneId } from "../navigation";
import { ControlerenPane } from "./controleren/ControlerenPane";
import { VerdelenPane } from "./verdelen/VerdelenPane";
import { IndexerenPane } from "./indexeren/IndexerenPane";
import { BezettingPane } from "./bezetting/BezettingPane";

export interface PaneDefinition {
  id: PaneId;
  /** catalogue key of the tab label */
  labelKey: string;
  component: ComponentType;
}

export const PANES: readonly PaneDefinition[] = [
  { id: "controleren", labelKey: "tab.controleren", component: ControlerenPane },
  { id: "verdelen", labelKey: "tab.verdelen", component: VerdelenPane },
  { id: "indexeren", labelKey: "tab.indexeren", component: IndexerenPane },
  { id: "bezetting", labelKey: "tab.bezetting", component: BezettingPane },
];
