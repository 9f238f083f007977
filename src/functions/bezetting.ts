/** SD. custom functions of the Bezetting capability (declared with @customfunction JSDoc). */
import "../excel/customFunctionsGuard";
import { positionLabel, runEngine, toDayNumber, toVector } from "./shared/coerce";
import { computeOccupancy, occupancyTable } from "../engine/occupancy";

/**
 * Gemiddeld bezette plekken per herkomstgemeente per maand uit verblijfsregels: cliëntdagen in de maand gedeeld door de dagen van de maand, met een kolom Gemiddeld (maanden zonder verblijf tellen als 0) en een rij Totaal.
 * @customfunction BEZETTING
 * @helpurl https://localhost:3000/help.html#bezetting
 * @param gemeenten herkomstgemeente per verblijf (één kolom of één rij); leeg telt als "(onbekend)"
 * @param begindata begindatum per verblijf (eerste dag telt mee)
 * @param einddata einddatum per verblijf (laatste dag telt mee); leeg = nog in zorg
 * @param van een datum in de eerste maand van de periode
 * @param tot een datum in de laatste maand van de periode
 * @returns tabel: Gemeente, één kolom per maand (JJJJ-MM), Gemiddeld; onderaan Totaal
 */
export function occupancy(gemeenten: any[][], begindata: any[][], einddata: any[][], van: any, tot: any): any[][] {
  const m = toVector(gemeenten, "gemeenten");
  const s = toVector(begindata, "begindata");
  const e = toVector(einddata, "einddata");
  const first = toDayNumber(van, "van");
  const last = toDayNumber(tot, "tot");
  return runEngine(() => {
    const result = computeOccupancy(
      { municipality: m.values, start: s.values, end: e.values },
      { from: first, to: last, onInvalidRow: "throw", rowLabel: (i) => positionLabel(m.shape, i) },
    );
    return occupancyTable(result);
  });
}
