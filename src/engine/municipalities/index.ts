/**
 * Municipality registry (gemeenten): look-up by name or CBS code, validity per year, successors,
 * inhabitants per 1 January — embedded from src/data/municipalities.csv (sources in
 * src/data/SOURCES.md) plus figures imported into the workbook from CBS StatLine.
 */
import municipalitiesCsv from "../../data/municipalities.csv";
import populationSourcesCsv from "../../data/population-sources.csv";
import { parsePopulationSources } from "./embeddedData";
import { MunicipalityRegistry, type PopulationImport } from "./registry";
import { parseCbsPopulationCsvWith } from "./cbsImport";

export {
  MunicipalityRegistry,
  nearestYears,
  existsOn1January,
  type Municipality,
  type LookupResult,
  type PopulationFigure,
  type PopulationImport,
} from "./registry";
export { normaliseName } from "./text";
export { editDistance } from "../shared/text";

/** Where the embedded inhabitants per year come from, with publication and addition dates. */
export const EMBEDDED_POPULATION_SOURCES = parsePopulationSources(populationSourcesCsv);

export const defaultRegistry: MunicipalityRegistry = MunicipalityRegistry.fromCsv(
  municipalitiesCsv,
  new Map([...EMBEDDED_POPULATION_SOURCES].map(([year, s]) => [year, s.source])),
);

/** Parses a CBS StatLine CSV export (03759ned or Kerncijfers wijken en buurten) into imports per year. */
export function parseCbsPopulationCsv(text: string, registry: MunicipalityRegistry = defaultRegistry): PopulationImport[] {
  return parseCbsPopulationCsvWith(text, registry);
}
export { resolvePopulationKey, type ResolvedName } from "./key";
export { namedReferenceYear, type NamedReferenceYear } from "./referenceYear";
