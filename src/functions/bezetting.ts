/** SD. custom functions of the Bezetting capability (declared with @customfunction JSDoc). */
import "./shared/runtime-guard";
import { positionLabel, runEngine, toDayNumber, toVector } from "./shared/coerce";
import { computeOccupancy, occupancyTable } from "../engine/occupancy";

/**
 * Gemiddeld bezette plekken per herkomstgemeente per maand uit verblijfsregels: cliëntdagen in de maand gedeeld door de dagen van de maand, met een kolom Gemiddeld (maanden zonder verblijf tellen als 0) en een rij Totaal.
 * @customfunction BEZETTING
 * @helpurl https://localhost:3000/help.html#bezetting
 * @param municipalities herkomstgemeente per verblijf (één kolom of één rij); leeg telt als "(onbekend)"
 * @param starts begindatum per verblijf (eerste dag telt mee)
 * @param ends einddatum per verblijf (laatste dag telt mee); leeg = nog in zorg
 * @param from een datum in de eerste maand van de periode
 * @param to een datum in de laatste maand van de periode
 * @returns tabel: Gemeente, één kolom per maand (JJJJ-MM), Gemiddeld; onderaan Totaal
 */
export function occupancy(municipalities: any[][], starts: any[][], ends: any[][], from: any, to: any): any[][] {
  const m = toVector(municipalities, "gemeenten");
  const s = toVector(starts, "begindata");
  const e = toVector(ends, "einddata");
  const first = toDayNumber(from, "van");
  const last = toDayNumber(to, "tot");
  return runEngine(() => {
    const result = computeOccupancy(
      { municipality: m.values, start: s.values, end: e.values },
      { from: first, to: last, onInvalidRow: "throw", rowLabel: (i) => positionLabel(m.shape, i) },
    );
    return occupancyTable(result);
  });
}
