/**
 * The demo workbook of the browser preview, built from the seeds' tables: what a new user sees
 * after `npm start`, and what the end-to-end tests drive the panes against.
 */
import { emptyWorkbook, type MemoryWorkbook } from "../MemoryWorkbookPort";
import { KOSTEN_2025_SHEET, KOSTEN_SHEET, kostenPerGemeente2025Sheet, kostenPerGemeenteSheet } from "./kostenPerGemeente";
import { OVERZICHT_SHEET, overzichtModule1Sheet } from "./overzichtModule1";
import { TARIEVEN_SHEET, tarievenSheet } from "./tarieven";
import { VERBLIJVEN_SHEET, verblijvenSheet } from "./verblijven";

export { KOSTEN_SHEET, KOSTEN_2025_SHEET, OVERZICHT_SHEET, TARIEVEN_SHEET, VERBLIJVEN_SHEET };
export const DEMO_SHEETS = [KOSTEN_SHEET, OVERZICHT_SHEET, TARIEVEN_SHEET, VERBLIJVEN_SHEET, KOSTEN_2025_SHEET] as const;

export function demoWorkbook(): MemoryWorkbook {
  return {
    ...emptyWorkbook(),
    sheets: [kostenPerGemeenteSheet(), overzichtModule1Sheet(), tarievenSheet(), verblijvenSheet(), kostenPerGemeente2025Sheet()],
    activeSheet: KOSTEN_SHEET,
    selection: { sheetName: KOSTEN_SHEET, address: "A1" },
  };
}
