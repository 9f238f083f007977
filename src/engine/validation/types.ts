/**
 * Types of the sheet checker (Controleren).
 *
 * Glossary: begroting/realisatie/prognose = budget/actuals/forecast, lasten/baten = costs/income,
 * verschil = variance, aandeel = share, inwoneraantal = inhabitants, BTW = VAT.
 */

export type Severity = "error" | "warning" | "info";

/** What is checked: a block of a sheet as Office.js returns it. */
export interface SheetInput {
  /** empty cells "", numbers as numbers, errors as "#VALUE!" … */
  values: unknown[][];
  /** en-US A1 formulas ("=SUM(B2:B6)") or the constant itself */
  formulas?: unknown[][];
  numberFormat?: string[][];
  /**
   * where the block starts on its sheet: 0-based row and column of values[0][0], set by the port
   * that read it (CellRef of src/engine/shared/a1.ts). Takes precedence over `address`.
   */
  origin?: { row: number; col: number };
  /** top-left cell of the block ("B2"; a range or sheet prefix is allowed), when `origin` is not given; default "A1" */
  address?: string;
  /** reference year for municipality names and inhabitants */
  year?: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** A1 address in the sheet, e.g. "D7" */
  cell: string;
  /** the same cell as row and column numbers the way Excel shows them, counting from 1: D7 → row 7, col 4 */
  row: number;
  col: number;
  /** Dutch: what is wrong, where, expected vs actual, what to do */
  message: string;
  /** Dutch title for this case when the rule's own title does not fit it (a note rather than a fault) */
  title?: string;
  /** names that case ("sign-convention"), so a pane can word it in another language */
  variant?: string;
  expected?: number;
  actual?: number;
  suggestion?: string;
  related?: string[];
}

/** The parts of the municipality registry the checker uses (see src/engine/municipalities). */
export interface MunicipalityDirectory {
  lookup(
    nameOrCode: string,
    year?: number,
  ):
    | { ok: true; municipality: { name: string; population: Partial<Record<number, number>> } }
    | { ok: false; reason: "unknown" | "ambiguous" | "not-in-year"; message: string; suggestions: string[] };
  latestYear(): number;
  /** every municipality (all years): lets the checker recognise names without a costly look-up each */
  all?(): { name: string }[];
}

export interface ValidateOptions {
  /** registry for municipality names and inhabitants; defaults to the built-in one */
  registry?: MunicipalityDirectory;
  /** only run these rule ids (default: all) */
  rules?: string[];
}
