/**
 * The embedded OVA/PPC figures: src/data/index-series.csv with its provenance
 * (src/data/SOURCES.md §1), parsed once.
 */
import indexSeriesCsv from "../../data/index-series.csv";
import { IndexSeries, parseIndexSeriesCsv, type IndexFigure, type IndexOverride } from "./series";

let cached: IndexFigure[] | undefined;

export function embeddedFigures(): IndexFigure[] {
  cached ??= parseIndexSeriesCsv(indexSeriesCsv);
  return cached;
}

let embeddedOnly: IndexSeries | undefined;

/** The series as calculations see it: embedded figures, with workbook overrides on top when given. */
export function indexSeries(overrides: readonly IndexOverride[] = []): IndexSeries {
  if (overrides.length > 0) return new IndexSeries(embeddedFigures(), overrides);
  embeddedOnly ??= new IndexSeries(embeddedFigures());
  return embeddedOnly;
}
