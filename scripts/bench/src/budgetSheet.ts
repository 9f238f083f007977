/**
 * Generated budget sheets that are consistent by construction: a title, a header row with
 * month columns ("2024-01" …) and a Totaal column, data rows with unique labels in groups of
 * `groupSize` each closed by a Subtotaal row, and a Totaal row over the subtotals. Every total
 * is a SUM formula (en-US, as Office.js returns formulas) whose value is the exact sum of its
 * parts. Used by the validation benchmark (250,000 cells) and the property tests.
 */
import { columnLetters } from "../../../src/engine/shared/a1";
import { seededRandom } from "./measure";

export interface BudgetSheet {
  values: (string | number)[][];
  formulas: (string | number)[][];
  numberFormat: string[][];
}

export interface BudgetOptions {
  /** decimals of the amounts (0 = whole euros, 2 = cents) */
  decimals?: number;
  seed?: number;
  /** largest amount of one cell */
  maxAmount?: number;
  /** random source; default a seeded one */
  random?: () => number;
}

/** Cells of a sheet with `dataRows` data rows × `periods` month columns, subtotals every `groupSize` rows. */
export function budgetSheet(dataRows: number, periods: number, groupSize: number, options: BudgetOptions = {}): BudgetSheet {
  const decimals = options.decimals ?? 0;
  const scale = 10 ** decimals;
  const random = options.random ?? seededRandom(options.seed ?? 1);
  const maxUnits = Math.round((options.maxAmount ?? 100_000) * scale);
  const width = periods + 2;
  const totalCol = periods + 1;
  const format = decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
  const values: (string | number)[][] = [];
  const formulas: (string | number)[][] = [];
  const numberFormat: string[][] = [];
  const push = (v: (string | number)[], f: (string | number)[] = v) => {
    values.push(v);
    formulas.push(f);
    numberFormat.push(v.map((cell, c) => (c > 0 && typeof cell === "number" ? format : "General")));
  };
  const emptyRow = () => new Array<string | number>(width).fill("");
  const title = emptyRow();
  title[0] = "Begroting regio 2024";
  push(title);
  push(["Omschrijving", ...Array.from({ length: periods }, (_, p) => `${2024 + Math.floor(p / 12)}-${String((p % 12) + 1).padStart(2, "0")}`), "Totaal"]);

  const subtotalRows: number[] = [];
  const sumUnits = new Array<number>(width).fill(0);
  let groupUnits = new Array<number>(width).fill(0);
  let groupStart = values.length;
  const sumRowFormula = (sheetRow: number) => `=SUM(B${sheetRow}:${columnLetters(periods)}${sheetRow})`;
  const closeGroup = (group: number) => {
    const sheetRow = values.length + 1;
    const v: (string | number)[] = [`Subtotaal groep ${group}`];
    const f: (string | number)[] = [`Subtotaal groep ${group}`];
    for (let c = 1; c < width; c++) {
      v.push(groupUnits[c] / scale);
      f.push(`=SUM(${columnLetters(c)}${groupStart + 1}:${columnLetters(c)}${sheetRow - 1})`);
      sumUnits[c] += groupUnits[c];
    }
    push(v, f);
    subtotalRows.push(sheetRow);
    groupUnits = new Array<number>(width).fill(0);
    groupStart = values.length;
  };
  for (let r = 0; r < dataRows; r++) {
    const sheetRow = values.length + 1;
    const v: (string | number)[] = [`Post ${r + 1}`];
    let rowUnits = 0;
    for (let p = 0; p < periods; p++) {
      const units = Math.floor(random() * maxUnits);
      rowUnits += units;
      groupUnits[p + 1] += units;
      v.push(units / scale);
    }
    groupUnits[totalCol] += rowUnits;
    v.push(rowUnits / scale);
    const f = v.slice();
    f[totalCol] = sumRowFormula(sheetRow);
    push(v, f);
    if (groupSize > 0 && (r + 1) % groupSize === 0) closeGroup(subtotalRows.length + 1);
  }
  if (groupSize > 0 && values.length > groupStart) closeGroup(subtotalRows.length + 1);
  const totalRow = values.length + 1;
  const v: (string | number)[] = ["Totaal"];
  const f: (string | number)[] = ["Totaal"];
  for (let c = 1; c < width; c++) {
    const units = groupSize > 0 ? sumUnits[c] : groupUnits[c];
    v.push(units / scale);
    const col = columnLetters(c);
    f.push(groupSize > 0 ? `=${subtotalRows.map((r) => `${col}${r}`).join("+")}` : `=SUM(${col}3:${col}${totalRow - 1})`);
  }
  push(v, f);
  return { values, formulas, numberFormat };
}
