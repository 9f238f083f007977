/**
 * OVA/PPC index series: every published figure with its provenance, and the rule that picks
 * the one figure per (year, series, stage) the calculations use.
 *
 * Glossary: OVA = Overheidsbijdrage in de Arbeidskostenontwikkeling (wage index), PPC = prijs
 * particuliere consumptie (material costs); stand voorlopig/definitief = provisional/definitive;
 * `bijgesteld` = an interim revision a source names, `raming` = another forecast that was not the
 * figure used for tariffs (src/data/SOURCES.md §1).
 *
 * Precedence for a slot (year, series, voorlopig|definitief), highest first:
 *   1. a workbook override (stored in the workbook settings, entered by the user);
 *   2. an embedded row of exactly that stage from VNG (vng.nl): VNG's advice tables are what
 *      municipalities follow;
 *   3. an embedded row of that stage from NZa (nza.nl);
 *   4. an embedded row of that stage from another source reporting CPB figures (ActiZ, NVZ …).
 * Rows staged `bijgesteld` or `raming`, and losing rows of the same stage, are never used
 * silently: they are offered as alternatives the user can pick (which stores an override).
 * Consequences, documented in docs/indexeren.md: PPC 2023 definitief = 7,02 (VNG) over 9,99
 * (NZa); PPC 2022 definitief = 6,3 (the row the data labels definitief) with 9,25 as the
 * alternative NZa used for Zvw/Wlz; OVA 2022 voorlopig = 1,72 (VNG) with 2,74 and 3,87 as
 * alternatives.
 */
import { EngineError } from "../shared/errors";
import { parseCsv } from "./csv";

export const SERIES_NAMES = ["OVA", "PPC"] as const;
export type SeriesName = (typeof SERIES_NAMES)[number];

/** The two stages a calculation uses. */
export const STAGES = ["voorlopig", "definitief"] as const;
export type Stage = (typeof STAGES)[number];

/** Every stage the embedded data knows. */
export type DataStage = Stage | "bijgesteld" | "raming";

export type SourceKind = "VNG" | "NZa" | "overig" | "werkmap";

/** One figure as published. `percent` is in percent: 4.74 means 4,74%. */
export interface IndexFigure {
  year: number;
  series: SeriesName;
  stage: DataStage;
  percent: number;
  sourceKind: SourceKind;
  /** web address of the publication, or "werkmap" for an override */
  sourceUrl: string;
  note: string;
}

/** A figure entered in the workbook; wins over every embedded figure of its slot. */
export interface IndexOverride {
  year: number;
  series: SeriesName;
  stage: Stage;
  percent: number;
  note: string;
  /** where it was published (e.g. the VNG page), when entered with the missing-figures form */
  source?: string;
  /** publication date, ISO */
  published?: string;
}

const SOURCE_RANK: Record<SourceKind, number> = { werkmap: 0, VNG: 1, NZa: 2, overig: 3 };

export function sourceKindOf(url: string): SourceKind {
  let host = "";
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return "overig";
  }
  if (host === "vng.nl" || host.endsWith(".vng.nl")) return "VNG";
  if (host === "nza.nl" || host.endsWith(".nza.nl")) return "NZa";
  return "overig";
}

const DATA_STAGES: readonly DataStage[] = ["voorlopig", "definitief", "bijgesteld", "raming"];

/**
 * Reads index-series.csv (year,series,stage,percent,source_url,published_note). Rows with an
 * empty percent are "not found" markers and carry no figure.
 */
export function parseIndexSeriesCsv(text: string): IndexFigure[] {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim()) ?? [];
  const expected = ["year", "series", "stage", "percent", "source_url", "published_note"];
  if (expected.some((name, i) => header[i] !== name)) {
    throw new EngineError("invalid-input", `Indexreeks: de kopregel moet "${expected.join(",")}" zijn.`, "rij 1");
  }
  const figures: IndexFigure[] = [];
  rows.slice(1).forEach((cells, i) => {
    const where = `rij ${i + 2}`;
    if (cells.length === 1 && cells[0].trim() === "") return;
    const [yearText, seriesText, stageText, percentText, url = "", note = ""] = cells;
    if (percentText === undefined || percentText.trim() === "") return;
    const year = Number(yearText);
    const percent = Number(percentText);
    const series = SERIES_NAMES.find((s) => s === seriesText);
    const stage = DATA_STAGES.find((s) => s === stageText);
    if (!Number.isInteger(year) || !Number.isFinite(percent) || !series || !stage) {
      throw new EngineError("invalid-input", `Indexreeks ${where}: onleesbare regel "${cells.join(",")}".`, where);
    }
    figures.push({ year, series, stage, percent, sourceKind: sourceKindOf(url), sourceUrl: url, note });
  });
  return figures;
}

/** Adds or replaces the override of one slot; returns a new list sorted by year, series, stage. */
export function upsertOverride(overrides: readonly IndexOverride[], next: IndexOverride): IndexOverride[] {
  const rest = overrides.filter((o) => !(o.year === next.year && o.series === next.series && o.stage === next.stage));
  return [...rest, next].sort((a, b) => a.year - b.year || a.series.localeCompare(b.series) || a.stage.localeCompare(b.stage));
}

export function removeOverride(overrides: readonly IndexOverride[], year: number, series: SeriesName, stage: Stage): IndexOverride[] {
  return overrides.filter((o) => !(o.year === year && o.series === series && o.stage === stage));
}

function overrideFigure(o: IndexOverride): IndexFigure {
  return { year: o.year, series: o.series, stage: o.stage, percent: o.percent, sourceKind: "werkmap", sourceUrl: "werkmap", note: o.note };
}

/** A slot with the figure used and the ones the user could pick instead. */
export interface SeriesSlot {
  year: number;
  series: SeriesName;
  stage: Stage;
  used?: IndexFigure;
  alternatives: IndexFigure[];
}

/** One figure a calculation needs: OVA or PPC of a year, provisional or definitive. */
export interface FigureRef {
  year: number;
  series: SeriesName;
  stage: Stage;
}

/** "OVA 2026 definitief" */
export function figureLabel(ref: FigureRef): string {
  return `${ref.series} ${ref.year} ${ref.stage}`;
}

/**
 * The error for figures that are not published (or not entered) yet: names what was asked for
 * (`subject`, e.g. "Voor de indexatie van 2027") and every missing figure, never only the first.
 */
export function missingFiguresError(subject: string, missing: readonly FigureRef[]): EngineError {
  // every figure is named, up to a sensible length for a cell's error message
  const shown = missing.length > 30 ? missing.slice(0, 29) : missing;
  const labels = shown.map(figureLabel);
  if (shown.length < missing.length) labels.push(`nog ${missing.length - shown.length} andere`);
  const list = labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} en ${labels[labels.length - 1]}`;
  const what = missing.length === 1 ? `ontbreekt nog het indexcijfer ${list}` : `ontbreken nog ${missing.length} indexcijfers: ${list}`;
  return new EngineError(
    "not-available",
    `${subject} ${what}. Vul ${missing.length === 1 ? "het" : "ze"} in het deelvenster Indexeren in zodra VNG ${missing.length === 1 ? "het publiceert" : "ze publiceert"} (reekseditor), of kies een ander jaar.`,
    String(missing[0]?.year ?? ""),
  );
}

/** The figures a calculation sees: embedded data with the workbook's overrides on top. */
export class IndexSeries {
  private readonly slots = new Map<string, SeriesSlot>();
  readonly years: number[];

  constructor(embedded: readonly IndexFigure[], overrides: readonly IndexOverride[] = []) {
    const all = [...overrides.map(overrideFigure), ...embedded];
    const years = new Set<number>();
    for (const f of all) years.add(f.year);
    this.years = [...years].sort((a, b) => a - b);
    const byYearSeries = new Map<string, IndexFigure[]>();
    for (const f of all) {
      const key = `${f.year}|${f.series}`;
      const list = byYearSeries.get(key) ?? [];
      list.push(f);
      byYearSeries.set(key, list);
    }
    for (const year of this.years) {
      for (const series of SERIES_NAMES) {
        const figures = byYearSeries.get(`${year}|${series}`) ?? [];
        for (const stage of STAGES) {
          const candidates = figures
            .filter((f) => f.stage === stage)
            .sort((a, b) => SOURCE_RANK[a.sourceKind] - SOURCE_RANK[b.sourceKind]);
          const used = candidates[0];
          this.slots.set(`${year}|${series}|${stage}`, {
            year,
            series,
            stage,
            used,
            alternatives: figures.filter((f) => f !== used && f.sourceKind !== "werkmap"),
          });
        }
      }
    }
  }

  slot(year: number, series: SeriesName, stage: Stage): SeriesSlot {
    return this.slots.get(`${year}|${series}|${stage}`) ?? { year, series, stage, alternatives: [] };
  }

  /** The figure used for a slot, or an EngineError (→ #N/A) naming the year and the missing figure. */
  figure(year: number, series: SeriesName, stage: Stage): IndexFigure {
    const used = this.slot(year, series, stage).used;
    if (!used) throw missingFiguresError(`Voor ${year}`, [{ year, series, stage }]);
    return used;
  }

  /** The figures of `refs` that have no value (each once, in the order given). */
  missing(refs: readonly FigureRef[]): FigureRef[] {
    const seen = new Set<string>();
    const out: FigureRef[] = [];
    for (const ref of refs) {
      const key = `${ref.year}|${ref.series}|${ref.stage}`;
      if (seen.has(key) || this.slot(ref.year, ref.series, ref.stage).used) continue;
      seen.add(key);
      out.push(ref);
    }
    return out;
  }

  /** Throws one error naming `subject` and every figure of `refs` that is missing. */
  require(refs: readonly FigureRef[], subject: string): void {
    const missing = this.missing(refs);
    if (missing.length > 0) throw missingFiguresError(subject, missing);
  }
}
