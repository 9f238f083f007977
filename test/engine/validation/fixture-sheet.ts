/** Turns a published seed table (test/fixtures/*.json) into the snapshot Office.js would give for it. */
import * as fs from "fs";
import * as path from "path";
import type { SheetInput } from "../../../src/engine/validation";

export interface Discrepancy {
  cell: string;
  check: string;
  severity: string;
}

export interface SeedTable {
  title: string;
  cells: (string | number | null)[][];
  raw: string[][];
  units: (string | null)[][];
  audit_discrepancies: Discrepancy[];
  audit_warnings: { cell: string; check: string }[];
}

export const FIXTURE_DIR = path.join(__dirname, "..", "..", "fixtures");

export function loadFixture(name: string): SeedTable {
  return JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, name), "utf8")) as SeedTable;
}

export function fixtureNames(): string[] {
  return fs.readdirSync(FIXTURE_DIR).filter((f) => f.endsWith(".json")).sort();
}

/** Numbers as numbers with the format the printed text implies ("11%" → 0,11 with 0%, "€ 5.000" → euro format). */
export function sheetFromFixture(table: SeedTable, extra: Partial<SheetInput> = {}): SheetInput {
  const values = table.cells.map((row) =>
    row.map((v, c) => {
      void c;
      return v === null ? "" : v;
    }),
  );
  const numberFormat = table.cells.map((row, r) => row.map((v, c) => {
    const unit = table.units[r]?.[c];
    if (typeof v !== "number") return "General";
    if (unit === "%") return "0%";
    if (unit === "EUR") return '"€" #,##0';
    return "General";
  }));
  table.cells.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "number" && table.units[r]?.[c] === "%") values[r][c] = v / 100;
      // a printed "-" is a zero in these tables; keep it as the text Excel would hold
      if (v === null && table.raw[r][c].trim() === "-") values[r][c] = "-";
    }),
  );
  return { values, numberFormat, ...extra };
}

/** The same table with every cell as the printed text: what a paste from PDF gives. */
export function textSheetFromFixture(table: SeedTable): SheetInput {
  return { values: table.raw.map((row) => row.map((t) => t)) };
}
