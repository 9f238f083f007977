/**
 * The pane components, one per entry of the pane registry (../paneRegistry.ts), in its order.
 * A pane is a folder under panes/ whose component reads the workbook through
 * usePaneServices(); the shell renders whichever is selected.
 */
import type { ComponentType } from "react";
import { PANE_REGISTRY, tabLabelKey, type PaneEntry, type PaneId } from "../paneRegistry";
import { ControlerenPane } from "./controleren/ControlerenPane";
import { VerdelenPane } from "./verdelen/VerdelenPane";
import { IndexerenPane } from "./indexeren/IndexerenPane";
import { BezettingPane } from "./bezetting/BezettingPane";
import { VergelijkenPane } from "./vergelijken/VergelijkenPane";

export interface PaneDefinition {
  id: PaneId;
  /** catalogue key of the tab label (filled from the registry's label) */
  labelKey: string;
  component: ComponentType;
  helpAnchor?: PaneEntry["helpAnchor"];
}

/** Record over PaneId: a registry entry without a component does not compile. */
const COMPONENTS: Record<PaneId, ComponentType> = {
  controleren: ControlerenPane,
  verdelen: VerdelenPane,
  indexeren: IndexerenPane,
  bezetting: BezettingPane,
  vergelijken: VergelijkenPane,
};

export const PANES: readonly PaneDefinition[] = PANE_REGISTRY.map((pane) => ({
  id: pane.id,
  labelKey: tabLabelKey(pane.id),
  component: COMPONENTS[pane.id],
  helpAnchor: pane.helpAnchor,
}));
