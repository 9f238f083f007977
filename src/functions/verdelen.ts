/**
 * SD. custom functions of the Verdelen capability (declared with @customfunction JSDoc).
 *
 * SD.INWONERS and SD.GEMEENTECODE use the embedded CBS figures with the figures imported into
 * the workbook in the Verdelen pane on top (shared runtime: see src/workbookData).
 * SD.VERDEEL and SD.AANDEEL take their key from the cells they are given.
 */
import "../excel/customFunctionsGuard";
import { allocate as allocateAmounts, shares as shareFractions } from "../engine/allocation";
import { EngineError } from "../engine/shared/errors";
import { fail } from "./shared/errors";
import { workbookRegistry } from "../workbookData";
import {
  isEmptyCell,
  positionLabel,
  runEngine,
  toBoolean,
  toNumber,
  toOptionalInteger,
  toShape,
  toText,
  toVector,
  type VectorShape,
} from "./shared/coerce";
import { countNl } from "../engine/shared/plural";

const MAX_DECIMALS = 6;

/** Reads sleutel and the optional deelname in the same shape. */
function readKey(key: unknown, participation: unknown): { weights: number[]; joins?: boolean[]; shape: VectorShape } {
  const { values, shape } = toVector(key, "sleutel");
  const weights = values.map((v, i) => toNumber(v, "sleutel", positionLabel(shape, i)));
  if (participation === null || participation === undefined || (!Array.isArray(participation) && isEmptyCell(participation))) {
    return { weights, shape };
  }
  const p = toVector(participation, "deelname");
  if ((shape.length > 1 && p.shape.orientation !== shape.orientation) || p.shape.length !== shape.length) {
    return fail("#VALUE!", `deelname heeft ${countNl(p.shape.length, "cel", "cellen")} (${p.shape.orientation === "column" ? "kolom" : "rij"}) en sleutel ${shape.length} (${shape.orientation === "column" ? "kolom" : "rij"}); geef ze dezelfde vorm.`);
  }
  const joins = p.values.map((v, i) => toBoolean(v, "deelname", positionLabel(shape, i)));
  return { weights, joins, shape };
}

/**
 * Verdeelt een bedrag over een sleutel (bijvoorbeeld inwoneraantallen) met de methode van de grootste overschotten: de uitkomsten tellen exact op tot het afgeronde totaal. Bij gelijke overschotten gaat de eenheid eerst naar het grootste gewicht, dan naar de eerste positie.
 * @customfunction VERDEEL
 * @param totaal Het te verdelen bedrag; negatief voor een teruggave.
 * @param sleutel De verdeelsleutel: één kolom of één rij met gewichten van 0 of meer.
 * @param [deelname] Deelname per positie, zelfde vorm als de sleutel: WAAR/ja/x/1 doet mee, leeg/ONWAAR/nee/0 niet.
 * @param [decimalen] Aantal decimalen van de uitkomst; standaard 0 (hele euro's).
 * @returns De bedragen per positie, in de vorm van de sleutel.
 * @helpurl https://localhost:3000/help.html#verdeel
 */
export function allocate(totaal: any, sleutel: any[][], deelname?: any[][], decimalen?: number): number[][] {
  const amount = toNumber(totaal, "totaal");
  const places = toOptionalInteger(decimalen, "decimalen", 0, MAX_DECIMALS, 0);
  const { weights, joins, shape } = readKey(sleutel, deelname);
  const parts = runEngine(() =>
    allocateAmounts(amount, weights, { participation: joins, decimals: places, positionName: (i) => `sleutel (${positionLabel(shape, i)})` }),
  );
  return toShape(parts, shape);
}

/**
 * Aandeel van elke positie in de sleutel, als deel van 1. Met decimalen afgerond met de grootste overschotten, zodat ze samen precies 1 zijn (2 decimalen = hele procenten).
 * @customfunction AANDEEL
 * @param sleutel De verdeelsleutel: één kolom of één rij met gewichten van 0 of meer.
 * @param [deelname] Deelname per positie, zelfde vorm als de sleutel: WAAR/ja/x/1 doet mee, leeg/ONWAAR/nee/0 niet.
 * @param [decimalen] Aantal decimalen van het aandeel; leeg = onafgerond.
 * @returns De aandelen per positie, in de vorm van de sleutel.
 * @helpurl https://localhost:3000/help.html#aandeel
 */
export function shares(sleutel: any[][], deelname?: any[][], decimalen?: number): number[][] {
  const places = toOptionalInteger(decimalen, "decimalen", 0, MAX_DECIMALS);
  const { weights, joins, shape } = readKey(sleutel, deelname);
  const fractions = runEngine(() =>
    shareFractions(weights, { participation: joins, decimals: places, positionName: (i) => `sleutel (${positionLabel(shape, i)})` }),
  );
  return toShape(fractions, shape);
}

/**
 * Aantal inwoners van een gemeente op 1 januari van het peiljaar (CBS). Een jaar zonder cijfers geeft #N/B; er wordt nooit een ander jaar gebruikt.
 * @customfunction INWONERS
 * @param gemeente Naam of CBS-code van de gemeente, bijvoorbeeld "Bernheze" of "GM1721".
 * @param [peiljaar] Peiljaar: inwoners per 1 januari van dit jaar; standaard het laatste jaar met cijfers.
 * @returns Het aantal inwoners.
 * @helpurl https://localhost:3000/help.html#inwoners
 */
export function population(gemeente: any, peiljaar?: number): number {
  const name = toText(gemeente, "gemeente");
  const referenceYear = toOptionalInteger(peiljaar, "peiljaar", 1900, 2200);
  return runEngine(() => workbookRegistry().population(name, referenceYear).value);
}

/**
 * CBS-code van een gemeente ("GM1721"). Met peiljaar moet de gemeente op 1 januari van dat jaar bestaan.
 * @customfunction GEMEENTECODE
 * @param gemeente Naam of CBS-code van de gemeente.
 * @param [peiljaar] Peiljaar: de gemeente moet op 1 januari van dit jaar bestaan; leeg = elk jaar.
 * @returns De CBS-gemeentecode.
 * @helpurl https://localhost:3000/help.html#gemeentecode
 */
export function municipalityCode(gemeente: any, peiljaar?: number): string {
  const name = toText(gemeente, "gemeente");
  const referenceYear = toOptionalInteger(peiljaar, "peiljaar", 1900, 2200);
  return runEngine(() => {
    const found = workbookRegistry().lookup(name, referenceYear);
    if (!found.ok) throw new EngineError("not-available", found.message);
    return found.municipality.code;
  });
}
