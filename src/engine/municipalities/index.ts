/**
 * Municipality registry (gemeenten): look-up by name or CBS code, validity per year, successors,
 * inhabitants per 1 January — embedded from src/data/municipalities.csv (sources in
 * src/data/SOURCES.md) plus figures imported into the workbook from CBS StatLine.
 */
import municipalitiesCsv from "../../data/municipalities.csv";
import { MunicipalityRegistry, type PopulationImport } from "./registry";
import { parseCbsPopulationCsvWith } from "./cbsImport";

export {
  MunicipalityRegistry,
  EMBEDDED_SOURCES,
  existsOn1January,
  type Municipality,
  type LookupResult,
  type PopulationFigure,
  type PopulationImport,
} from "./registry";
export { normaliseName } from "./text";
export { editDistance } from "../shared/text";

export const defaultRegistry: MunicipalityRegistry = MunicipalityRegistry.fromCsv(municipalitiesCsv);

/** Parses a CBS StatLine CSV export (03759ned or Kerncijfers wijken en buurten) into imports per year. */
export function parseCbsPopulationCsv(text: string, registry: MunicipalityRegistry = defaultRegistry): PopulationImport[] {
  return parseCbsPopulationCsvWith(text, registry);
}
export { resolvePopulationKey, type ResolvedName } from "./key";
