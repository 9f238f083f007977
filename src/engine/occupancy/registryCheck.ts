/** The municipality registry (Verdelen's) as the occupancy engine's name check. */
import { defaultRegistry, type MunicipalityRegistry } from "../municipalities";
import type { MunicipalityCheck } from "./occupancy";

export function registryCheck(registry: MunicipalityRegistry = defaultRegistry): MunicipalityCheck {
  return (name, year) => {
    const found = registry.lookup(name, year);
    if (found.ok) return { ok: true };
    // "Bergen" is Bergen (L.) or Bergen (NH): ambiguous, but a real municipality, and the
    // occupancy table only groups by the name as written
    if (found.reason === "ambiguous") return { ok: true };
    return { ok: false, suggestions: found.suggestions };
  };
}
