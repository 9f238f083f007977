/**
 * Names Excel accepts for new sheets and tables. Both must be unique in the workbook
 * (case-insensitively, as Excel compares them); writeTable never reuses a name, so a second run
 * of the same action lands on "Verdeling (2)" instead of overwriting the first result.
 */

/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;
const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;

/** A sheet name Excel accepts and that is not in `existing`: "Naam", "Naam (2)", "Naam (3)" … */
export function uniqueSheetName(preferred: string, existing: readonly string[]): string {
  let base = preferred.replace(SHEET_FORBIDDEN, " ").replace(/\s+/g, " ").trim();
  // Excel refuses names that start or end with an apostrophe, and reserves "History"
  base = base.replace(/^'+|'+$/g, "").trim();
  if (base === "" || base.toLowerCase() === "history") base = base === "" ? "Resultaat" : `${base} 1`;
  base = base.slice(0, MAX_SHEET_NAME).trim();
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * A table name Excel accepts and that is not in `existing`: letters, digits, "_" and "." only,
 * starting with a letter or "_", never something that reads as a cell reference ("A1", "R1C1").
 */
export function uniqueTableName(preferred: string, existing: readonly string[]): string {
  let base = preferred
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_.]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (base === "") base = "Tabel";
  if (!/^[A-Za-z_]/.test(base) || /^[A-Za-z]{1,3}\d+$/.test(base) || /^[Rr]\d*[Cc]\d*$/.test(base)) base = `T_${base}`;
  base = base.slice(0, 250);
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
