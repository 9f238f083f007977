/**
 * The purchasing plan's cost-per-municipality tables (test/fixtures/002-kosten-per-gemeente-*)
 * as the grids Office.js would present, and variants made from them for the comparison tests.
 */
import { allocate } from "../../../src/engine/allocation";
import type { CellValue, TableInput } from "../../../src/engine/comparison";
import t2223 from "../../fixtures/002-kosten-per-gemeente-2022-2023.json";
import t2024 from "../../fixtures/002-kosten-per-gemeente-2024.json";
import t2025 from "../../fixtures/002-kosten-per-gemeente-2025.json";

export const FIXTURES = { "2022+2023": t2223, "2024": t2024, "2025": t2025 };
export type FixtureYear = keyof typeof FIXTURES;

export function grid(year: FixtureYear): CellValue[][] {
  return FIXTURES[year].cells.map((row) => row.map((v) => (v === null ? "" : (v as CellValue))));
}

export function table(year: FixtureYear, name = `Begroting ${year}`): TableInput {
  return { name, values: grid(year) };
}

/**
 * Inhabitants on 1-1-2026 of the five municipalities (CBS 86247NED "Gebieden in Nederland 2026",
 * field Inwonertal_56, via alkem-io/ecosystem-analytics server/src/data/nl/municipality-facts.json
 * @ 67ec8eff; copied from shared/data/population-2023-2025-2026.csv, see its SOURCES.md).
 */
export const INHABITANTS_2026: Record<string, number> = {
  Bemheze: 32947, // Bernheze, GM1721
  Boekel: 11686,
  "Land van Cuijk": 93645,
  Maashorst: 60059,
  Oss: 95549,
};

const LINE_COLUMNS = [3, 4, 5];
const MUNICIPALITY_ROWS = [1, 2, 3, 4, 5];

/**
 * A correct new version of a table: each cost line re-split exactly (largest remainder) with
 * the given inhabitants and participation; derived columns recomputed.
 */
export function resplit(values: CellValue[][], options: { inhabitants?: Record<string, number>; leaves?: { municipality: string; column: number } }): CellValue[][] {
  const out = values.map((row) => row.slice());
  for (const r of MUNICIPALITY_ROWS) {
    const name = String(out[r][0]);
    if (options.inhabitants) out[r][1] = options.inhabitants[name];
  }
  const weights = MUNICIPALITY_ROWS.map((r) => out[r][1] as number);
  out[6][1] = weights.reduce((s, w) => s + w, 0);
  for (const c of LINE_COLUMNS) {
    const participation = MUNICIPALITY_ROWS.map((r) => !(options.leaves && options.leaves.column === c && out[r][0] === options.leaves.municipality));
    const parts = allocate(out[6][c] as number, weights, { participation });
    MUNICIPALITY_ROWS.forEach((r, i) => (out[r][c] = participation[i] ? parts[i] : ""));
  }
  return out;
}
