/**
 * The occupancy result as a plain table: header `Gemeente | YYYY-MM … | Gemiddeld`, one row per
 * group, a last row `Totaal`. Values unrounded (the user formats them). Used by SD.BEZETTING
 * and by the pane.
 */
import type { GroupDimension, OccupancyResult } from "./occupancy";

export const DIMENSION_HEADERS: Record<GroupDimension, string> = {
  gemeente: "Gemeente",
  aanbieder: "Aanbieder",
  product: "Product",
};

export const MEAN_HEADER = "Gemiddeld";
export const TOTAL_LABEL = "Totaal";

export function occupancyHeader(result: OccupancyResult): string[] {
  return [...result.groupBy.map((d) => DIMENSION_HEADERS[d]), ...result.period.months.map((m) => m.key), MEAN_HEADER];
}

/** Header, group rows and Totaal row; one label column per grouping dimension. */
export function occupancyTable(result: OccupancyResult): (string | number)[][] {
  const labelColumns = result.groupBy.length;
  const rows: (string | number)[][] = [occupancyHeader(result)];
  for (const g of result.groups) rows.push([...g.keys, ...g.average, g.mean]);
  const totalLabels = [TOTAL_LABEL, ...new Array<string>(labelColumns - 1).fill("")];
  rows.push([...totalLabels, ...result.total.average, result.total.mean]);
  return rows;
}
