/**
 * "Kosten per gemeente 2024": the printed table of seed 002 (§6.4, Begroting 2024) as a
 * colleague would have it in Excel — the printed values, the typo "Bemheze" (for Bernheze)
 * and the printed rounding differences included, with SUM formulas in the Totaal row whose
 * stored values are the printed totals (so a checker sees what Excel would recalculate).
 */
import published from "../../../test/fixtures/002-kosten-per-gemeente-2024.json";
import published2025 from "../../../test/fixtures/002-kosten-per-gemeente-2025.json";
import { FORMATS } from "../../excel/formats";
import { columnLetters } from "../../engine/shared/a1";
import type { MemoryCell, MemorySheet } from "../MemoryWorkbookPort";

export const KOSTEN_SHEET = "Kosten per gemeente 2024";
/** The same table one version later (Begroting 2025), to try Vergelijken on. */
export const KOSTEN_2025_SHEET = "Kosten per gemeente 2025";

/** Column formats: B inwoners, C "Aandeel" printed as whole percentage points, D..I euro. */
const COLUMN_FORMATS = [undefined, FORMATS.integer, '0"%"', ...Array(6).fill(FORMATS.euro)] as (string | undefined)[];

export function kostenPerGemeenteSheet(table: typeof published = published, name = KOSTEN_SHEET): MemorySheet {
  const rows = table.cells as (string | number | null)[][];
  const last = rows.length - 1;
  const cells = rows.map((row, r) =>
    row.map((value, c): MemoryCell => {
      const cell: MemoryCell = { value: value ?? "" };
      if (r === 0 || r === last) cell.bold = true;
      if (r > 0 && COLUMN_FORMATS[c]) cell.numberFormat = COLUMN_FORMATS[c];
      if (r === last && c > 0) cell.formula = `=SUM(${columnLetters(c)}2:${columnLetters(c)}${last})`;
      return cell;
    }),
  );
  cells.push([], [{ value: `Bron: ${table.title}, Inkoopplan Wmo 2024–2025 regio Brabant Noordoost-oost.` }]);
  return { name, cells, columnWidths: [110, 95, 60, 150, 105, 125, 125, 80, 110] };
}

export function kostenPerGemeente2025Sheet(): MemorySheet {
  return kostenPerGemeenteSheet(published2025, KOSTEN_2025_SHEET);
}
