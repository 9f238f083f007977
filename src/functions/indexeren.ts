/**
 * SD. custom functions of the Indexeren capability (declared with @customfunction JSDoc).
 *
 * They use the embedded OVA/PPC series (src/data/index-series.csv: VNG where VNG published,
 * otherwise NZa/CPB) with the figures entered in the Indexeren pane's series editor on top, as
 * the pane does (shared runtime: see src/workbookData).
 */
import "./shared/runtime-guard";
import { runEngine, toChoice, toInteger, toNumber, toOptionalInteger, toOptionalNumber } from "./shared/coerce";
import { workbookIndexSeries } from "../workbookData";
import {
  COMBINATIONS,
  DIFFERENCES,
  STAGES,
  indexTariff as indexTariffEngine,
  providerIndexation as providerIndexationEngine,
  settlement as settlementEngine,
  weightedIndex,
} from "../engine/indexation";

/** The VNG advice weighting for ambulant products: 90% OVA, 10% PPC. */
const DEFAULT_WAGE_SHARE = 0.9;

/**
 * Gewogen indexcijfer w·OVA + (1−w)·PPC van een jaar, als fractie (0,04697 = 4,697%).
 * @customfunction INDEXCIJFER
 * @helpurl https://localhost:3000/help.html#indexcijfer
 * @param year jaar van het indexcijfer, bijvoorbeeld 2024
 * @param [wageShare] loonaandeel (gewicht van OVA) tussen 0 en 1; standaard 0,9
 * @param [stage] "voorlopig" (standaard) of "definitief"
 * @returns het gewogen indexcijfer als fractie
 */
export function indexRate(year: number, wageShare?: number, stage?: string): number {
  const y = toInteger(year, "jaar", 1900, 2200);
  const w = toOptionalNumber(wageShare, "loonaandeel", DEFAULT_WAGE_SHARE);
  const s = toChoice(stage, "stand", STAGES, "voorlopig");
  return runEngine(() => weightedIndex(workbookIndexSeries(), y, s, w).value);
}

/**
 * Indexatie aanbieder voor contractjaar t: voorlopig indexcijfer t met de correctie van jaar t−1.
 * @customfunction INDEXATIE
 * @helpurl https://localhost:3000/help.html#indexatie
 * @param year contractjaar t, bijvoorbeeld 2025
 * @param [wageShare] loonaandeel (gewicht van OVA) tussen 0 en 1; standaard 0,9
 * @param [difference] "absoluut" (standaard: definitief − voorlopig) of "relatief" ((1+def)/(1+voorl) − 1)
 * @param [combination] "optellen" (standaard) of "vermenigvuldigen" ((1+a)(1+b) − 1)
 * @param [rounding] aantal decimalen in procenten waarop voorlopig t, correctie en uitkomst worden afgerond; leeg = niet afronden
 * @returns de indexatie als fractie (0,063 = 6,30%)
 */
export function providerIndexation(year: number, wageShare?: number, difference?: string, combination?: string, rounding?: number): number {
  const y = toInteger(year, "jaar", 1900, 2200);
  const w = toOptionalNumber(wageShare, "loonaandeel", DEFAULT_WAGE_SHARE);
  const d = toChoice(difference, "verschil", DIFFERENCES, "absoluut");
  const c = toChoice(combination, "combinatie", COMBINATIONS, "optellen");
  const r = toOptionalInteger(rounding, "afronding", 0, 10);
  return runEngine(() =>
    providerIndexationEngine(workbookIndexSeries(), y, {
      wageShare: w,
      difference: d,
      combination: c,
      rounding: r === undefined ? undefined : { decimals: r, components: true },
    }),
  );
}

/**
 * Tarief van van_jaar geïndexeerd naar het niveau van naar_jaar, per jaar afgerond.
 * @customfunction TARIEF
 * @helpurl https://localhost:3000/help.html#tarief
 * @param tariff het tarief in van_jaar
 * @param fromYear jaar van het tarief
 * @param toYear jaar waarnaar geïndexeerd wordt (niet vóór van_jaar)
 * @param [wageShare] loonaandeel (gewicht van OVA) tussen 0 en 1; standaard 0,9
 * @param [difference] "absoluut" (standaard) of "relatief"
 * @param [combination] "optellen" (standaard) of "vermenigvuldigen"
 * @param [decimals] decimalen waarop het tarief na elk jaar wordt afgerond; standaard 2 (centen)
 * @returns het tarief op het niveau van naar_jaar
 */
export function indexTariff(
  tariff: number,
  fromYear: number,
  toYear: number,
  wageShare?: number,
  difference?: string,
  combination?: string,
  decimals?: number,
): number {
  const amount = toNumber(tariff, "tarief");
  const from = toInteger(fromYear, "van_jaar", 1900, 2200);
  const to = toInteger(toYear, "naar_jaar", 1900, 2200);
  const w = toOptionalNumber(wageShare, "loonaandeel", DEFAULT_WAGE_SHARE);
  const d = toChoice(difference, "verschil", DIFFERENCES, "absoluut");
  const c = toChoice(combination, "combinatie", COMBINATIONS, "optellen");
  const places = toOptionalInteger(decimals, "decimalen", 0, 6, 2);
  return runEngine(() => indexTariffEngine(workbookIndexSeries(), amount, from, to, { wageShare: w, difference: d, combination: c }, places).tariff);
}

/**
 * Nacalculatie: wat een aanbieder tegoed heeft (positief) of terugbetaalt (negatief) over een bedrag betaald in jaar t tegen het voorlopige indexcijfer.
 * @customfunction NACALCULATIE
 * @helpurl https://localhost:3000/help.html#nacalculatie
 * @param amount bedrag in euro's betaald in jaar t
 * @param year jaar t waarover wordt nagecalculeerd
 * @param [wageShare] loonaandeel (gewicht van OVA) tussen 0 en 1; standaard 0,9
 * @returns bedrag × ((1 + definitief t) / (1 + voorlopig t) − 1) in euro's
 */
export function settlement(amount: number, year: number, wageShare?: number): number {
  const a = toNumber(amount, "bedrag");
  const y = toInteger(year, "jaar", 1900, 2200);
  const w = toOptionalNumber(wageShare, "loonaandeel", DEFAULT_WAGE_SHARE);
  return runEngine(() => settlementEngine(workbookIndexSeries(), a, y, w));
}
