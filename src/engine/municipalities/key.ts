/**
 * Turns a list of typed municipality names into a verdeelsleutel of inhabitants for one
 * peiljaar: per name either the municipality with its figure and source, or the Dutch reason
 * it cannot be used (unknown, ambiguous, not existing that year, no figure that year) with
 * suggestions the pane can offer as one-click fixes.
 */
import { isEngineError } from "../shared/errors";
import type { Municipality, MunicipalityRegistry, PopulationFigure } from "./registry";

export type ResolvedName =
  | { ok: true; input: string; municipality: Municipality; figure: PopulationFigure }
  | { ok: false; input: string; message: string; suggestions: string[]; municipality?: Municipality };

export function resolvePopulationKey(registry: MunicipalityRegistry, names: readonly string[], year: number): ResolvedName[] {
  const seen = new Map<string, number>();
  return names.map((input, index) => {
    const found = registry.lookup(input, year);
    if (!found.ok) return { ok: false, input, message: found.message, suggestions: found.suggestions };
    const m = found.municipality;
    const earlier = seen.get(m.code);
    if (earlier !== undefined) {
      return { ok: false, input, municipality: m, suggestions: [], message: `${m.name} staat al in rij ${earlier + 1}; een gemeente telt maar één keer mee.` };
    }
    seen.set(m.code, index);
    try {
      return { ok: true, input, municipality: m, figure: registry.populationOf(m, year) };
    } catch (error) {
      if (isEngineError(error)) return { ok: false, input, municipality: m, message: error.message, suggestions: [] };
      throw error;
    }
  });
}
