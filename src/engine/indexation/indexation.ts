/**
 * Provider indexation (indexatie aanbieder) with the year-later correction, chained tariffs
 * and the settlement (nacalculatie), after src/data/INDEXATION-METHODS.md.
 *
 * prov(t), def(t): weighted index w·OVA + (1−w)·PPC of year t, provisional resp. definitive.
 * Provider indexation for contract year t: prov(t) combined with corr(t−1), where corr is
 *   relatief  (1+def)/(1+prov) − 1     or   absoluut  def − prov      (weighted figures of t−1)
 * combined by
 *   optellen  prov(t) + corr           or   vermenigvuldigen  (1+prov(t))·(1+corr) − 1.
 * Rounding is a choice published tables make differently: VNG 2024 rounds prov(t) and the
 * correction to two decimals in percent before adding (→ 6,30%); the corrected VNG 2025 table
 * and NZa/KNMT 2023 only round the result (→ 4,96% and 5,29%).
 *
 * All figures here are fractions (0.0474 = 4,74%) unless a name says percent.
 */
import { EngineError } from "../shared/errors";
import { IndexSeries, SERIES_NAMES, type FigureRef, type IndexFigure, type SeriesName, type Stage } from "./series";
import { roundHalfAway } from "./rounding";

export const DIFFERENCES = ["relatief", "absoluut"] as const;
export type Difference = (typeof DIFFERENCES)[number];
export const COMBINATIONS = ["optellen", "vermenigvuldigen"] as const;
export type Combination = (typeof COMBINATIONS)[number];

export interface Rounding {
  /** decimals in percent (2 → 6,30%) */
  decimals: number;
  /** true: prov(t) and the correction are rounded before combining (and the result); false: only the result */
  components: boolean;
}

export interface IndexationMethod {
  /** share of OVA (wages), 0..1; PPC gets the rest */
  wageShare: number;
  difference: Difference;
  combination: Combination;
  rounding?: Rounding;
}

export function checkWageShare(wageShare: number): void {
  if (!Number.isFinite(wageShare) || wageShare < 0 || wageShare > 1) {
    throw new EngineError(
      "out-of-range",
      `loonaandeel ${String(wageShare).replace(".", ",")} ligt buiten 0 tot en met 1. Geef het loonaandeel als fractie, bijvoorbeeld 0,9 voor 90% OVA.`,
    );
  }
}

function checkRounding(rounding: Rounding | undefined): void {
  if (rounding && (!Number.isInteger(rounding.decimals) || rounding.decimals < 0 || rounding.decimals > 10)) {
    throw new EngineError("out-of-range", `afronding ${rounding.decimals} moet een geheel aantal decimalen van 0 tot en met 10 zijn.`);
  }
}

/** Rounds a fraction to `decimals` decimals in percent: 0.062938 with 2 → 0.0629. */
export function roundPercent(fraction: number, decimals: number): number {
  // rounding the fraction to decimals + 2 is the same cut and avoids 2,05 / 100 = 0,020499…
  return roundHalfAway(fraction, decimals + 2);
}

export function correction(def: number, prov: number, difference: Difference): number {
  return difference === "relatief" ? (1 + def) / (1 + prov) - 1 : def - prov;
}

export function combine(prov: number, corr: number, combination: Combination): number {
  return combination === "optellen" ? prov + corr : (1 + prov) * (1 + corr) - 1;
}

/** prov(t) with `corr` combined and rounded as the method says. */
function providerFrom(prov: number, corr: number, method: IndexationMethod): { prov: number; corr: number; result: number } {
  const r = method.rounding;
  const p = r?.components ? roundPercent(prov, r.decimals) : prov;
  const c = r?.components ? roundPercent(corr, r.decimals) : corr;
  const combined = combine(p, c, method.combination);
  return { prov: p, corr: c, result: r ? roundPercent(combined, r.decimals) : combined };
}

/** The series a weighted index needs: both, or only one when the other weighs 0. */
function seriesNeeded(wageShare: number): SeriesName[] {
  return SERIES_NAMES.filter((name) => (name === "OVA" ? wageShare : 1 - wageShare) !== 0);
}

/** Figures the weighted index of `year` at `stage` needs. */
export function figuresForIndex(year: number, stage: Stage, wageShare: number): FigureRef[] {
  return seriesNeeded(wageShare).map((series) => ({ year, series, stage }));
}

/** Figures the provider indexation of contract year `year` needs: t−1 provisional and definitive, t provisional. */
export function figuresForIndexation(year: number, wageShare: number): FigureRef[] {
  return [...figuresForIndex(year - 1, "voorlopig", wageShare), ...figuresForIndex(year - 1, "definitief", wageShare), ...figuresForIndex(year, "voorlopig", wageShare)];
}

/** Figures the settlement (nacalculatie) over `year` needs: t provisional and definitive. */
export function figuresForSettlement(year: number, wageShare: number): FigureRef[] {
  return [...figuresForIndex(year, "voorlopig", wageShare), ...figuresForIndex(year, "definitief", wageShare)];
}

/** A weighted index with the figures it came from (components with weight 0 are not needed). */
export interface WeightedIndex {
  value: number;
  figures: IndexFigure[];
}

export function weightedIndex(series: IndexSeries, year: number, stage: Stage, wageShare: number): WeightedIndex {
  checkWageShare(wageShare);
  series.require(figuresForIndex(year, stage, wageShare), `Voor het ${stage === "voorlopig" ? "voorlopige" : "definitieve"} indexcijfer van ${year}`);
  const weights: Record<SeriesName, number> = { OVA: wageShare, PPC: 1 - wageShare };
  let value = 0;
  const figures: IndexFigure[] = [];
  for (const name of SERIES_NAMES) {
    if (weights[name] === 0) continue;
    const figure = series.figure(year, name, stage);
    value += (weights[name] * figure.percent) / 100;
    figures.push(figure);
  }
  return { value, figures };
}

/** One line of the derivation table as VNG prints it (a component or the weighted total). */
export interface DerivationLine {
  label: SeriesName | "Totaal";
  weight: number;
  previousProvisional: number;
  previousDefinitive: number;
  difference: number;
  provisional: number;
  provider: number;
  /** the figures behind this line: t−1 voorlopig, t−1 definitief, t voorlopig */
  figures: IndexFigure[];
}

export interface Derivation {
  year: number;
  method: IndexationMethod;
  components: DerivationLine[];
  total: DerivationLine;
  /** the provider indexation of `year` (= total.provider) */
  indexation: number;
}

/**
 * The provider indexation of contract year `year`, with the VNG-style derivation: per
 * component (OVA, PPC) and the weighted total. Only the total is the result; component lines
 * use the same method on one series, for reading the table.
 */
export function deriveIndexation(series: IndexSeries, year: number, method: IndexationMethod): Derivation {
  checkWageShare(method.wageShare);
  checkRounding(method.rounding);
  series.require(figuresForIndexation(year, method.wageShare), `Voor de indexatie van ${year}`);
  const totalPrevProv = weightedIndex(series, year - 1, "voorlopig", method.wageShare);
  const totalPrevDef = weightedIndex(series, year - 1, "definitief", method.wageShare);
  const totalProv = weightedIndex(series, year, "voorlopig", method.wageShare);
  const components: DerivationLine[] = [];
  for (const name of SERIES_NAMES) {
    const weight = name === "OVA" ? method.wageShare : 1 - method.wageShare;
    if (weight === 0) continue;
    const figures = [series.figure(year - 1, name, "voorlopig"), series.figure(year - 1, name, "definitief"), series.figure(year, name, "voorlopig")];
    const [pp, pd, p] = figures.map((f) => f.percent / 100);
    const step = providerFrom(p, correction(pd, pp, method.difference), method);
    components.push({
      label: name,
      weight,
      previousProvisional: pp,
      previousDefinitive: pd,
      difference: step.corr,
      provisional: step.prov,
      provider: step.result,
      figures,
    });
  }
  const step = providerFrom(totalProv.value, correction(totalPrevDef.value, totalPrevProv.value, method.difference), method);
  const total: DerivationLine = {
    label: "Totaal",
    weight: 1,
    previousProvisional: totalPrevProv.value,
    previousDefinitive: totalPrevDef.value,
    difference: step.corr,
    provisional: step.prov,
    provider: step.result,
    figures: [...totalPrevProv.figures, ...totalPrevDef.figures, ...totalProv.figures],
  };
  return { year, method, components, total, indexation: step.result };
}

export function providerIndexation(series: IndexSeries, year: number, method: IndexationMethod): number {
  return deriveIndexation(series, year, method).indexation;
}

export interface TariffStep {
  year: number;
  indexation: number;
  /** tariff at the level of `year`, rounded to the contract's decimals */
  tariff: number;
}

export interface ChainedTariff {
  tariff: number;
  steps: TariffStep[];
}

/** Indexation factors for every year from+1..to, computed once (a tariff list reuses them). */
export function indexationPath(series: IndexSeries, fromYear: number, toYear: number, method: IndexationMethod): Derivation[] {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear)) {
    throw new EngineError("invalid-input", `van_jaar en naar_jaar moeten hele jaartallen zijn (nu ${fromYear} en ${toYear}).`);
  }
  if (toYear < fromYear) {
    throw new EngineError("invalid-input", `naar_jaar ${toYear} ligt vóór van_jaar ${fromYear}. Een tarief wordt alleen vooruit geïndexeerd; draai de jaren om.`);
  }
  checkWageShare(method.wageShare);
  const needed: FigureRef[] = [];
  for (let year = fromYear + 1; year <= toYear; year += 1) needed.push(...figuresForIndexation(year, method.wageShare));
  series.require(needed, `Voor het tarief van ${fromYear} naar ${toYear}`);
  const path: Derivation[] = [];
  for (let year = fromYear + 1; year <= toYear; year += 1) path.push(deriveIndexation(series, year, method));
  return path;
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new EngineError("out-of-range", `decimalen ${decimals} moet een geheel getal van 0 tot en met 6 zijn (2 = centen).`);
  }
}

/** Applies a computed path to one tariff, rounding after every year as contracts publish tariffs. */
export function applyPath(tariff: number, path: readonly Derivation[], decimals = 2): ChainedTariff {
  checkDecimals(decimals);
  if (!Number.isFinite(tariff)) throw new EngineError("invalid-input", "tarief is geen getal.");
  let level = tariff;
  const steps: TariffStep[] = [];
  for (const d of path) {
    level = roundHalfAway(level * (1 + d.indexation), decimals);
    // 1e308 × 1,05 is Infinity: say so in Dutch rather than return a number that is none
    if (!Number.isFinite(level)) {
      throw new EngineError("out-of-range", `tarief is te groot om te indexeren: het tarief van ${d.year} past niet in een getal. Controleer het tarief.`);
    }
    steps.push({ year: d.year, indexation: d.indexation, tariff: level });
  }
  return { tariff: level, steps };
}

/** Tariff of `fromYear` brought to the level of `toYear`. */
export function indexTariff(
  series: IndexSeries,
  tariff: number,
  fromYear: number,
  toYear: number,
  method: IndexationMethod,
  decimals = 2,
): ChainedTariff {
  checkDecimals(decimals);
  return applyPath(tariff, indexationPath(series, fromYear, toYear, method), decimals);
}

/** The settlement factor of year t: (1+def(t))/(1+prov(t)) − 1 of the weighted figures. */
export function settlementFactor(series: IndexSeries, year: number, wageShare: number): { factor: number; figures: IndexFigure[] } {
  checkWageShare(wageShare);
  series.require(figuresForSettlement(year, wageShare), `Voor de nacalculatie over ${year}`);
  const prov = weightedIndex(series, year, "voorlopig", wageShare);
  const def = weightedIndex(series, year, "definitief", wageShare);
  return { factor: (1 + def.value) / (1 + prov.value) - 1, figures: [...prov.figures, ...def.figures] };
}

/**
 * Nacalculatie: what a provider is owed (positive) or owes (negative) for `amount` paid in
 * `year` at tariffs indexed with the provisional figure of that year.
 */
export function settlement(series: IndexSeries, amount: number, year: number, wageShare: number): number {
  if (!Number.isFinite(amount)) throw new EngineError("invalid-input", "bedrag is geen getal.");
  return amount * settlementFactor(series, year, wageShare).factor;
}

/** Contract years for which the series has every figure the method needs. */
export function availableYears(series: IndexSeries, method: IndexationMethod): number[] {
  const years: number[] = [];
  for (const year of series.years) {
    try {
      deriveIndexation(series, year, method);
      years.push(year);
    } catch {
      // a year without its figures is simply not offered; the series editor shows the gaps
    }
  }
  return years;
}

export interface TariffLevel {
  year: number;
  /** tariff level with 100 in the first year shown */
  level: number;
}

/**
 * The cumulative tariff level up to `toYear`: 100 in the earliest year from which every later
 * year can be indexed (at most `maxYears` back), then each year's provider indexation applied.
 */
export function tariffLevels(series: IndexSeries, toYear: number, method: IndexationMethod, maxYears = 10): TariffLevel[] {
  const indexations: { year: number; indexation: number }[] = [];
  for (let year = toYear; year > toYear - maxYears; year -= 1) {
    try {
      indexations.unshift({ year, indexation: deriveIndexation(series, year, method).indexation });
    } catch {
      break;
    }
  }
  if (indexations.length === 0) return [];
  const levels: TariffLevel[] = [{ year: indexations[0].year - 1, level: 100 }];
  for (const step of indexations) levels.push({ year: step.year, level: levels[levels.length - 1].level * (1 + step.indexation) });
  return levels;
}
