/** Small sheet builders for the rule tests: rows of values, with formulas where a cell starts with "=". */
import type { SheetInput } from "../../../src/engine/validation";

type Cell = string | number;

/**
 * `rows` holds what the user sees; a cell written as ["=SUM(B2:B4)", 60] is a formula with its
 * calculated value, as Office.js returns values and formulas separately.
 */
export function sheet(rows: (Cell | [string, number])[][], extra: Partial<SheetInput> = {}): SheetInput {
  const values = rows.map((row) => row.map((c) => (Array.isArray(c) ? c[1] : c)));
  const formulas = rows.map((row) => row.map((c) => (Array.isArray(c) ? c[0] : c)));
  return { values, formulas, ...extra };
}

/** A clean budget table: n rows × k amount columns, a Totaal column and a Totaal row, all formulas. */
export function cleanBudget(amounts: number[][], names?: string[]): SheetInput {
  const k = amounts[0].length;
  const letters = (i: number) => String.fromCharCode(66 + i);
  const header: Cell[] = ["Post", ...amounts[0].map((_, i) => `Begroting ${2022 + i}`), "Totaal"];
  const body = amounts.map((row, r) => {
    const total = row.reduce((a, b) => a + b, 0);
    return [names?.[r] ?? `Post ${r + 1}`, ...row, [`=SUM(B${r + 2}:${letters(k - 1)}${r + 2})`, total] as [string, number]];
  });
  const n = amounts.length;
  const colTotals = amounts[0].map((_, c) => amounts.reduce((a, row) => a + row[c], 0));
  const grand = colTotals.reduce((a, b) => a + b, 0);
  const totalRow = ["Totaal", ...colTotals.map((t, c) => [`=SUM(${letters(c)}2:${letters(c)}${n + 1})`, t] as [string, number]), [`=SUM(${letters(k)}2:${letters(k)}${n + 1})`, grand] as [string, number]];
  return sheet([header, ...body, totalRow]);
}
