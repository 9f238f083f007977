/**
 * The workbook's own data the custom functions calculate with: CBS population figures imported
 * in the Verdelen pane (setting `SETTINGS_KEYS.populationImports`) and index figures entered in
 * the Indexeren pane (`SETTINGS_KEYS.indexOverrides`).
 *
 * The manifest uses a shared runtime, so functions and task pane live in one JS context and this
 * module holds one copy of both values. Two writers fill it with the raw setting values:
 * - the panes, whenever they read or save those settings;
 * - at start-up inside Excel, src/excel/loadWorkbookState.ts (wired in functions.ts), which also
 *   refreshes it when the workbook settings change.
 * Empty (no workbook, nothing stored) means the embedded figures. A stored value that cannot be
 * read is kept as its error, so the functions answer #WAARDE! with the reason instead of
 * quietly calculating with the embedded figures.
 */
import { defaultRegistry, type MunicipalityRegistry, type PopulationImport } from "../../engine/municipalities";
import { indexSeries, parseOverrides, type IndexOverride, type IndexSeries } from "../../engine/indexation";
import { EngineError } from "../../engine/shared/errors";
import { z } from "../../engine/shared/zod";

type Stored<T> = { ok: true; value: T } | { ok: false; error: EngineError };

const populationImportsSchema = z.array(
  z.object({
    year: z.number().int().min(1900).max(2200),
    source: z.string(),
    figures: z.array(z.object({ code: z.string(), name: z.string(), value: z.number().finite().min(0) })),
  }),
);

const UNREADABLE_IMPORTS =
  "De geïmporteerde CBS-inwonertallen in de werkmap zijn onleesbaar. Verwijder ze in het paneel Verdelen en importeer ze opnieuw.";

interface State {
  populationImports: Stored<PopulationImport[]>;
  indexOverrides: Stored<IndexOverride[]>;
  registryWithImports?: MunicipalityRegistry;
  seriesWithOverrides?: IndexSeries;
}

// taskpane.js and functions.js are separate webpack entries on the same page, each with its
// own copy of this module: the state lives on globalThis so the pane's writes reach the functions.
const STATE_KEY = "__sdWorkbookState";
const scope = globalThis as { [STATE_KEY]?: State };
const state: State = (scope[STATE_KEY] ??= { populationImports: { ok: true, value: [] }, indexOverrides: { ok: true, value: [] } });

function parsePopulationImports(value: unknown): PopulationImport[] {
  if (value === undefined || value === null) return [];
  const parsed = populationImportsSchema.safeParse(value);
  if (!parsed.success) throw new EngineError("invalid-input", UNREADABLE_IMPORTS);
  return parsed.data;
}

function storedValue<T>(parse: () => T): Stored<T> {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    if (error instanceof EngineError) return { ok: false, error };
    throw error;
  }
}

/** The value of the populationImports setting as stored (undefined when the setting is absent). */
export function setPopulationImports(value: unknown): void {
  state.populationImports = storedValue(() => parsePopulationImports(value));
  state.registryWithImports = undefined;
}

/** The value of the indexOverrides setting as stored (undefined when the setting is absent). */
export function setIndexOverrides(value: unknown): void {
  state.indexOverrides = storedValue(() => parseOverrides(value));
  state.seriesWithOverrides = undefined;
}

/** The workbook settings could not be read at all: say so rather than use the embedded figures. */
export function markWorkbookStateUnreadable(reason: string): void {
  const error = (what: string) =>
    new EngineError("invalid-input", `${what} in de werkmap konden niet worden gelezen (${reason}). Open het betreffende paneel of laad de invoegtoepassing opnieuw.`);
  state.populationImports = { ok: false, error: error("De geïmporteerde CBS-inwonertallen") };
  state.indexOverrides = { ok: false, error: error("De eigen indexcijfers") };
  state.registryWithImports = undefined;
  state.seriesWithOverrides = undefined;
}

/** Back to the embedded figures only (tests; a workbook without either setting). */
export function resetWorkbookState(): void {
  setPopulationImports(undefined);
  setIndexOverrides(undefined);
}

/** The registry for SD.INWONERS/SD.GEMEENTECODE: embedded figures with the workbook's imports on top. Call inside runEngine. */
export function workbookRegistry(): MunicipalityRegistry {
  const stored = state.populationImports;
  if (!stored.ok) throw stored.error;
  if (stored.value.length === 0) return defaultRegistry;
  state.registryWithImports ??= defaultRegistry.withImports(stored.value);
  return state.registryWithImports;
}

/** The OVA/PPC series for the SD. index functions: embedded figures with the workbook's overrides on top. Call inside runEngine. */
export function workbookIndexSeries(): IndexSeries {
  const stored = state.indexOverrides;
  if (!stored.ok) throw stored.error;
  state.seriesWithOverrides ??= indexSeries(stored.value);
  return state.seriesWithOverrides;
}
