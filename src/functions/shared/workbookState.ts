/**
 * The workbook's own data the custom functions calculate with: CBS population figures imported
 * in the Verdelen pane (setting `SETTINGS_KEYS.populationImports`) and index figures entered in
 * the Indexeren pane (`SETTINGS_KEYS.indexOverrides`).
 *
 * The manifest uses a shared runtime, so functions and task pane live in one JS context and this
 * module holds one copy of both setting values, as stored. Two writers fill it:
 * - the panes, whenever they read or save those settings;
 * - at start-up inside Excel, src/excel/loadWorkbookState.ts (wired in functions.ts), which also
 *   reads again when the workbook settings change.
 * Nothing stored means the embedded figures. A stored value that cannot be read gives the
 * functions #WAARDE! with the reason, never a quiet fall-back to the embedded figures.
 */
import { defaultRegistry, type MunicipalityRegistry, type PopulationImport } from "../../engine/municipalities";
import { indexSeries, parseOverrides, type IndexSeries } from "../../engine/indexation";
import { EngineError } from "../../engine/shared/errors";
import { z } from "../../engine/shared/zod";

interface RawState {
  populationImports: unknown;
  indexOverrides: unknown;
  /** why a setting could not be read at all, per setting */
  unreadable: { populationImports?: string; indexOverrides?: string };
}

// taskpane.js and functions.js are separate webpack entries on the same page, each with its own
// copy of this module. The raw values live on globalThis so the pane's writes reach the
// functions; parsing happens in the reader's copy, so errors and registries are its own classes.
const STATE_KEY = "__sdWorkbookState";
const scope = globalThis as { [STATE_KEY]?: RawState };
const state: RawState = (scope[STATE_KEY] ??= { populationImports: undefined, indexOverrides: undefined, unreadable: {} });

const populationImportsSchema = z.array(
  z.object({
    year: z.number().int().min(1900).max(2200),
    source: z.string(),
    figures: z.array(z.object({ code: z.string(), name: z.string(), value: z.number().finite().min(0) })),
  }),
);

/** The value of the populationImports setting as stored (undefined when the setting is absent). */
export function setPopulationImports(value: unknown): void {
  state.populationImports = value;
  state.unreadable.populationImports = undefined;
}

/** The value of the indexOverrides setting as stored (undefined when the setting is absent). */
export function setIndexOverrides(value: unknown): void {
  state.indexOverrides = value;
  state.unreadable.indexOverrides = undefined;
}

/** The workbook settings could not be read at all: say so rather than use the embedded figures. */
export function markWorkbookStateUnreadable(reason: string): void {
  state.unreadable = { populationImports: reason, indexOverrides: reason };
}

/** Back to the embedded figures only. */
export function resetWorkbookState(): void {
  state.populationImports = undefined;
  state.indexOverrides = undefined;
  state.unreadable = {};
}

function unreadableError(what: string, reason: string, pane: string): EngineError {
  return new EngineError("invalid-input", `${what} in de werkmap konden niet worden gelezen (${reason}). Open het paneel ${pane} of laad de invoegtoepassing opnieuw.`);
}

/** Parsed values are cached against the raw value they came from: functions run per cell. */
let registryCache: { source: unknown; registry: MunicipalityRegistry } | undefined;
let seriesCache: { source: unknown; series: IndexSeries } | undefined;

/** The registry for SD.INWONERS/SD.GEMEENTECODE: embedded figures with the workbook's imports on top. Call inside runEngine. */
export function workbookRegistry(): MunicipalityRegistry {
  const unreadable = state.unreadable.populationImports;
  if (unreadable !== undefined) throw unreadableError("De geïmporteerde CBS-inwonertallen", unreadable, "Verdelen");
  const raw = state.populationImports;
  if (raw === undefined || raw === null) return defaultRegistry;
  if (registryCache?.source !== raw) {
    const parsed = populationImportsSchema.safeParse(raw);
    if (!parsed.success) {
      throw new EngineError(
        "invalid-input",
        "De geïmporteerde CBS-inwonertallen in de werkmap zijn onleesbaar. Verwijder ze in het paneel Verdelen en importeer ze opnieuw.",
      );
    }
    const imports: PopulationImport[] = parsed.data;
    registryCache = { source: raw, registry: imports.length === 0 ? defaultRegistry : defaultRegistry.withImports(imports) };
  }
  return registryCache.registry;
}

/** The OVA/PPC series for the SD. index functions: embedded figures with the workbook's overrides on top. Call inside runEngine. */
export function workbookIndexSeries(): IndexSeries {
  const unreadable = state.unreadable.indexOverrides;
  if (unreadable !== undefined) throw unreadableError("De eigen indexcijfers", unreadable, "Indexeren");
  const raw = state.indexOverrides;
  if (raw === undefined || raw === null) return indexSeries();
  if (seriesCache?.source !== raw) seriesCache = { source: raw, series: indexSeries(parseOverrides(raw)) };
  return seriesCache.series;
}
