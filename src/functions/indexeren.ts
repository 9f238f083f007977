/**
 * SD. custom functions of the Indexeren capability (declared with @customfunction JSDoc).
 *
 * They use the embedded OVA/PPC series (src/data/index-series.csv: VNG where VNG published,
 * otherwise NZa/CPB) with the figures entered in the Indexeren pane's series editor on top, as
 * the pane does (shared runtime: see src/workbookData).
 */
import "../excel/customFunctionsGuard";
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
 * @param jaar jaar van het indexcijfer, bijvoorbeeld 2024
 * @param [loonaandeel] loonaandeel (gewicht van OVA) tussen 0 en 1; standaard 0,9
 * @param [stand] "voorlopig" (standaard) of "definitief"
 * @returns het gewogen indexcijfer als fractie
 */
export function indexRate(jaar: number, loonaandeel?: number, stand?: string): number {
  const y = toInteger(jaar, "jaar", 1900, 2200);
  const w = toOptionalNumber(loonaandeel, "loonaandeel", DEFAULT_WAGE_SHARE);
  const s = toChoice(stand, "stand", STAGES, "voorlopig");
  return runEngine(() => weightedIndex(workbookIndexSeries(), y, s, w).value);
}

/**
 * Indexatie aanbieder voor contractjaar t: voorlopig indexcijfer t met de correctie van jaar t−1.
 * @customfunction INDEXATIE
 * @helpurl https://localhost:3000/help.html#indexatie
 * @param jaar contractjaar t, bijvoorbeeld 2025
 * @param [loonaandeel] loonaandeel (gewicht van OVA) tussen 0 en 1; standaard 0,9
 * @param [verschil] "absoluut" (standaard: definitief − voorlopig) of "relatief" ((1+def)/(1+voorl) − 1)
 * @param [combinatie] "optellen" (standaard) of "vermenigvuldigen" ((1+a)(1+b) − 1)
 * @param [afronding] aantal decimalen in procenten waarop voorlopig t, correctie en uitkomst worden afgerond; leeg = niet afronden
 * @returns de indexatie als fractie (0,063 = 6,30%)
 */
export function providerIndexation(jaar: number, loonaandeel?: number, verschil?: string, combinatie?: string, afronding?: number): number {
  const y = toInteger(jaar, "jaar", 1900, 2200);
  const w = toOptionalNumber(loonaandeel, "loonaandeel", DEFAULT_WAGE_SHARE);
  const d = toChoice(verschil, "verschil", DIFFERENCES, "absoluut");
  const c = toChoice(combinatie, "combinatie", COMBINATIONS, "optellen");
  const r = toOptionalInteger(afronding, "afronding", 0, 10);
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
 * @param tarief het tarief in van_jaar
 * @param van_jaar jaar van het tarief
 * @param naar_jaar jaar waarnaar geïndexeerd wordt (niet vóór van_jaar)
 * @param [loonaandeel] loonaandeel (gewicht van OVA) tussen 0 en 1; standaard 0,9
 * @param [verschil] "absoluut" (standaard) of "relatief"
 * @param [combinatie] "optellen" (standaard) of "vermenigvuldigen"
 * @param [decimalen] decimalen waarop het tarief na elk jaar wordt afgerond; standaard 2 (centen)
 * @returns het tarief op het niveau van naar_jaar
 */
export function indexTariff(
  tarief: number,
  van_jaar: number,
  naar_jaar: number,
  loonaandeel?: number,
  verschil?: string,
  combinatie?: string,
  decimalen?: number,
): number {
  const amount = toNumber(tarief, "tarief");
  const from = toInteger(van_jaar, "van_jaar", 1900, 2200);
  const to = toInteger(naar_jaar, "naar_jaar", 1900, 2200);
  const w = toOptionalNumber(loonaandeel, "loonaandeel", DEFAULT_WAGE_SHARE);
  const d = toChoice(verschil, "verschil", DIFFERENCES, "absoluut");
  const c = toChoice(combinatie, "combinatie", COMBINATIONS, "optellen");
  const places = toOptionalInteger(decimalen, "decimalen", 0, 6, 2);
  return runEngine(() => indexTariffEngine(workbookIndexSeries(), amount, from, to, { wageShare: w, difference: d, combination: c }, places).tariff);
}

/**
 * Nacalculatie: wat een aanbieder tegoed heeft (positief) of terugbetaalt (negatief) over een bedrag betaald in jaar t tegen het voorlopige indexcijfer.
 * @customfunction NACALCULATIE
 * @helpurl https://localhost:3000/help.html#nacalculatie
 * @param bedrag bedrag in euro's betaald in jaar t
 * @param jaar jaar t waarover wordt nagecalculeerd
 * @param [loonaandeel] loonaandeel (gewicht van OVA) tussen 0 en 1; standaard 0,9
 * @returns bedrag × ((1 + definitief t) / (1 + voorlopig t) − 1) in euro's
 */
export function settlement(bedrag: number, jaar: number, loonaandeel?: number): number {
  const a = toNumber(bedrag, "bedrag");
  const y = toInteger(jaar, "jaar", 1900, 2200);
  const w = toOptionalNumber(loonaandeel, "loonaandeel", DEFAULT_WAGE_SHARE);
  return runEngine(() => settlementEngine(workbookIndexSeries(), a, y, w));
}
