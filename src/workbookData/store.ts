/**
 * The workbook's own data (imported inhabitants, own index figures) for the SD. functions and
 * the panes alike: the stored values, the municipality registry and index series built from
 * them, loading and change notification.
 *
 * Loading: inside Excel src/functions/functions.ts reads both settings at start-up and on every
 * settings change (src/excel/loadWorkbookState.ts); in the preview and whenever a pane opens on
 * a workbook, the pane's hook reads them through its port (`loadWorkbookData`). A pane that saves
 * a setting does so with `saveWorkbookSetting`, which checks the value with the setting's schema,
 * writes it and tells every listener.
 *
 * A stored value the schema refuses never falls back to the embedded figures silently: functions
 * get #WAARDE! with the Dutch message naming the setting, panes show it with a reset button.
 */
import { defaultRegistry, type MunicipalityRegistry, type PopulationImport } from "../engine/municipalities";
import { indexSeries, type IndexOverride, type IndexSeries } from "../engine/indexation";
import { EngineError } from "../engine/shared/errors";
import { readIndexOverrides, readPopulationImports, WORKBOOK_SETTINGS, type SettingRead, type WorkbookSettingName } from "./schemas";

/** What a pane's port offers for settings (WorkbookPort has these). */
export interface SettingsAccess {
  getSetting<T = unknown>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
  removeSetting(key: string): Promise<void>;
}

interface SharedState {
  raw: Record<WorkbookSettingName, unknown>;
  /** why the settings could not be read at all (Excel's message) */
  unreadable?: string;
  listeners: Set<() => void>;
  version: number;
}

// taskpane.js and functions.js are separate webpack entries on one page, each with its own copy
// of this module: the state and its listeners live on globalThis so both see the same.
const STATE_KEY = "__sdWorkbookData";
const scope = globalThis as { [STATE_KEY]?: SharedState };
const state: SharedState = (scope[STATE_KEY] ??= { raw: { populationImports: undefined, indexOverrides: undefined }, listeners: new Set(), version: 0 });

function changed(): void {
  state.version += 1;
  for (const listener of [...state.listeners]) listener();
}

/** Calls `listener` after every change of either setting; returns the unsubscribe. */
export function subscribeWorkbookData(listener: () => void): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

/** Increases with every change (for React's useSyncExternalStore). */
export function workbookDataVersion(): number {
  return state.version;
}

/** Both settings as just read from the workbook (undefined = absent). */
export function setWorkbookData(values: Partial<Record<WorkbookSettingName, unknown>>): void {
  const next = { ...state.raw, ...values };
  if (state.unreadable === undefined && next.populationImports === state.raw.populationImports && next.indexOverrides === state.raw.indexOverrides) return;
  state.raw = next;
  state.unreadable = undefined;
  changed();
}

/** The workbook settings could not be read at all: say so rather than use the embedded figures. */
export function markWorkbookDataUnreadable(reason: string): void {
  state.unreadable = reason;
  changed();
}

/** Back to nothing loaded (embedded figures only). For tests and a new workbook. */
export function resetWorkbookData(): void {
  state.raw = { populationImports: undefined, indexOverrides: undefined };
  state.unreadable = undefined;
  changed();
}

/** Reads both settings through a pane's port. A failed read is remembered as unreadable. */
export async function loadWorkbookData(port: SettingsAccess): Promise<void> {
  try {
    const [populationImports, indexOverrides] = await Promise.all([
      port.getSetting(WORKBOOK_SETTINGS.populationImports.key),
      port.getSetting(WORKBOOK_SETTINGS.indexOverrides.key),
    ]);
    setWorkbookData({ populationImports, indexOverrides });
  } catch (error) {
    markWorkbookDataUnreadable(error instanceof Error && error.message ? error.message : String(error));
  }
}

function reader(name: WorkbookSettingName): (raw: unknown) => SettingRead<unknown> {
  return name === "populationImports" ? readPopulationImports : readIndexOverrides;
}

/**
 * Stores a new value of a setting (an empty list removes it), after checking it with the
 * setting's schema, and notifies every listener. Throws the Dutch message when the value is refused.
 */
export async function saveWorkbookSetting(port: SettingsAccess, name: WorkbookSettingName, value: readonly unknown[]): Promise<void> {
  const checked = reader(name)(value);
  if (!checked.ok) throw new EngineError("invalid-input", checked.message);
  const key = WORKBOOK_SETTINGS[name].key;
  if (value.length === 0) await port.removeSetting(key);
  else await port.setSetting(key, value);
  setWorkbookData({ [name]: value.length === 0 ? undefined : value });
}

/** Removes a setting that cannot be used (the pane's reset button). */
export async function resetWorkbookSetting(port: SettingsAccess, name: WorkbookSettingName): Promise<void> {
  await port.removeSetting(WORKBOOK_SETTINGS[name].key);
  setWorkbookData({ [name]: undefined });
}

/** The Dutch reason a setting cannot be used, or undefined when it is fine. */
export function workbookSettingProblem(name: WorkbookSettingName): string | undefined {
  if (state.unreadable !== undefined) {
    const info = WORKBOOK_SETTINGS[name];
    return `De instelling "${info.label}" kon niet uit de werkmap worden gelezen (${state.unreadable}). Open het deelvenster ${info.pane} opnieuw of laad de invoegtoepassing opnieuw.`;
  }
  return cached(name).problem;
}

interface Parsed {
  source: unknown;
  problem?: string;
  imports?: PopulationImport[];
  overrides?: IndexOverride[];
  registry?: MunicipalityRegistry;
  series?: IndexSeries;
}

// parsed values cached against the raw value they came from: functions run once per cell
const cache = new Map<WorkbookSettingName, Parsed>();

function cached(name: WorkbookSettingName): Parsed {
  const raw = state.raw[name];
  const hit = cache.get(name);
  if (hit && hit.source === raw) return hit;
  let parsed: Parsed;
  if (name === "populationImports") {
    const read = readPopulationImports(raw);
    parsed = read.ok
      ? { source: raw, imports: read.value, registry: read.value.length === 0 ? defaultRegistry : defaultRegistry.withImports(read.value) }
      : { source: raw, problem: read.message };
  } else {
    const read = readIndexOverrides(raw);
    parsed = read.ok ? { source: raw, overrides: read.value, series: indexSeries(read.value) } : { source: raw, problem: read.message };
  }
  cache.set(name, parsed);
  return parsed;
}

function usable(name: WorkbookSettingName): Parsed {
  const problem = workbookSettingProblem(name);
  if (problem !== undefined) throw new EngineError("invalid-input", problem);
  return cached(name);
}

/** The registry for SD.INWONERS/SD.GEMEENTECODE and the Verdelen pane: embedded figures with the workbook's imports on top. */
export function workbookRegistry(): MunicipalityRegistry {
  return usable("populationImports").registry ?? defaultRegistry;
}

/** The OVA/PPC series for the SD. index functions and the Indexeren pane: embedded figures with the workbook's own figures on top. */
export function workbookIndexSeries(): IndexSeries {
  return usable("indexOverrides").series ?? indexSeries();
}

/** The imports stored in the workbook (empty when there are none or they cannot be used). */
export function workbookPopulationImports(): PopulationImport[] {
  return workbookSettingProblem("populationImports") === undefined ? (cached("populationImports").imports ?? []) : [];
}

/** The own index figures stored in the workbook (empty when there are none or they cannot be used). */
export function workbookIndexOverrides(): IndexOverride[] {
  return workbookSettingProblem("indexOverrides") === undefined ? (cached("indexOverrides").overrides ?? []) : [];
}
