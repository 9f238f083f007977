/**
 * The one list of panes, in tab and ribbon order. Everything that names a pane reads it:
 * the tab row (App.tsx via panes/registry.ts), the tab labels in the message catalogue, the
 * ribbon commands (src/commands), the manifest check (scripts/validate-manifest.mjs, which
 * loads this file through TypeScript) and the manifest tests. Adding a pane = one entry here,
 * a component in panes/registry.ts, a button in manifest.xml with these values, icons from
 * scripts/make-icons.mjs and a section in help.html.
 *
 * Plain data without imports on purpose: the Node scripts transpile and load it on its own.
 */
export const PANE_REGISTRY = [
  {
    id: "controleren",
    label: { nl: "Controleren", en: "Check" },
    /** FunctionName of the ribbon button (ExecuteFunction) in manifest.xml */
    action: "openControleren",
    /** assets/<icon>-16|32|80.png, drawn by scripts/make-icons.mjs */
    icon: "controleren",
    /** id of the pane's section in src/help/help.html */
    helpAnchor: "controleren",
  },
  { id: "verdelen", label: { nl: "Verdelen", en: "Allocate" }, action: "openVerdelen", icon: "verdelen", helpAnchor: "verdelen" },
  { id: "indexeren", label: { nl: "Indexeren", en: "Index" }, action: "openIndexeren", icon: "indexeren", helpAnchor: "indexeren" },
  // #bezetting is SD.BEZETTING's anchor, so the capability's section is #plekbezetting.
  { id: "bezetting", label: { nl: "Bezetting", en: "Occupancy" }, action: "openBezetting", icon: "bezetting", helpAnchor: "plekbezetting" },
  { id: "vergelijken", label: { nl: "Vergelijken", en: "Compare" }, action: "openVergelijken", icon: "vergelijken", helpAnchor: "vergelijken" },
] as const;

export type PaneEntry = (typeof PANE_REGISTRY)[number];
export type PaneId = PaneEntry["id"];

/** Catalogue key of a pane's tab label; the catalogue fills it from `label` (i18n/shell.ts). */
export function tabLabelKey(id: PaneId): string {
  return `tab.${id}`;
}
