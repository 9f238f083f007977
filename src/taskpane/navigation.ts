/**
 * Which tab the pane shows. The ribbon buttons (src/commands) run in the same shared runtime
 * as the pane and call `requestTab`; the shell subscribes. Kept outside React so a command
 * can ask for a tab before the pane has rendered.
 */
import { PANE_REGISTRY, type PaneId } from "./paneRegistry";

export type { PaneId };
export const PANE_IDS: readonly PaneId[] = PANE_REGISTRY.map((pane) => pane.id);

let current: PaneId = PANE_IDS[0];
const listeners = new Set<(id: PaneId) => void>();

export function isPaneId(value: unknown): value is PaneId {
  return typeof value === "string" && (PANE_IDS as readonly string[]).includes(value);
}

export function requestTab(id: PaneId): void {
  current = id;
  listeners.forEach((listener) => listener(id));
}

export function currentTab(): PaneId {
  return current;
}

export function onTabRequest(listener: (id: PaneId) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
