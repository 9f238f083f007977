/**
 * Indexing a tariff list read from a sheet: recognise the columns by their headers, check
 * every row, and compute old tariff → new tariff (rounded after each year) with an optional
 * nacalculatie (settlement) per row. Nothing is computed when any row is bad: the caller gets
 * every problem with its cell address instead, so nothing is half-written.
 */
import { cellAt, type CellRef } from "../shared/a1";
import { isBlankCell } from "../shared/cells";
import { EngineError } from "../shared/errors";
import { readNumberCell } from "../shared/numbers";
import { roundHalfAway } from "./rounding";
import { applyPath, indexationPath, settlementFactor, type Derivation, type IndexationMethod } from "./indexation";
import type { IndexFigure, IndexSeries } from "./series";
import { quoteInput } from "../shared/text";
import { countNl } from "../shared/plural";

export const TARIFF_FIELDS = ["code", "description", "tariff", "basis"] as const;
export type TariffField = (typeof TARIFF_FIELDS)[number];

/** Column index per field (0-based within the read block); undefined = not present. */
export type ColumnMapping = Partial<Record<TariffField, number>>;

/** How a settlement column is read: a volume (× old tariff) or an amount already in euros. */
export type BasisKind = "volume" | "bedrag";

/** Header words per field, lower case; the first header that contains one of them wins. */
const HEADER_WORDS: Record<TariffField, readonly string[]> = {
  code: ["productcode", "code", "artikelcode", "prestatiecode"],
  description: ["omschrijving", "product", "naam", "beschrijving"],
  tariff: ["tarief", "prijs", "bedrag per eenheid"],
  basis: ["volume", "aantal", "eenheden", "omzet", "bedrag", "declaratie"],
};

function normalise(header: unknown): string {
  return String(header ?? "").trim().toLowerCase();
}

/** Finds the columns of a tariff list from its header row. */
export function recognizeColumns(headers: readonly unknown[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const field of ["code", "tariff", "description", "basis"] as const) {
    for (const word of HEADER_WORDS[field]) {
      const index = headers.findIndex((h, i) => !taken.has(i) && normalise(h).includes(word));
      if (index >= 0) {
        mapping[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** Whether a recognised basis column holds amounts (euros) rather than volumes. */
export function guessBasisKind(header: unknown): BasisKind {
  return /bedrag|omzet|declaratie|€/.test(normalise(header)) ? "bedrag" : "volume";
}

/** A year in a tariff header ("Tarief 2024" → 2024). */
export function yearInHeader(header: unknown): number | undefined {
  const match = /\b(19|20)\d{2}\b/.exec(String(header ?? ""));
  return match ? Number(match[0]) : undefined;
}

export interface TariffListInput {
  /** body rows (without the header) */
  rows: readonly (readonly unknown[])[];
  mapping: ColumnMapping;
  /** sheet position of rows[0][0] (0-based), for cell addresses in messages */
  origin: CellRef;
  fromYear: number;
  toYear: number;
  method: IndexationMethod;
  /** decimals of the published tariffs (2 = cents) */
  decimals: number;
  /** add a nacalculatie column for year `fromYear` from the basis column */
  basisKind?: BasisKind;
}

export interface TariffResultRow {
  /** 0-based index in the input rows */
  source: number;
  code: string;
  description: string;
  oldTariff: number;
  newTariff: number;
  /** cumulative indexation old → new before rounding of the tariff: ∏(1 + indexation) − 1 */
  indexation: number;
  /** the amount the settlement is computed on (euros) */
  basisAmount?: number;
  settlement?: number;
}

export interface TariffListResult {
  rows: TariffResultRow[];
  path: Derivation[];
  /** settlement factor of `fromYear`, when a basis column was used */
  settlement?: { year: number; factor: number; figures: IndexFigure[] };
}

export interface TariffProblem {
  address: string;
  message: string;
}

export class TariffListError extends EngineError {
  readonly problems: TariffProblem[];
  constructor(problems: TariffProblem[]) {
    const shown = problems.slice(0, 5).map((p) => `${p.address}: ${p.message}`).join("; ");
    const more = problems.length > 5 ? ` (en nog ${problems.length - 5})` : "";
    super("invalid-input", `De tarievenlijst heeft ${countNl(problems.length, "probleem", "problemen")}, er is niets geschreven. ${shown}${more}.`, problems[0]?.address);
    this.name = "TariffListError";
    this.problems = problems;
  }
}

export function indexTariffList(series: IndexSeries, input: TariffListInput): TariffListResult {
  const { mapping, origin } = input;
  if (mapping.tariff === undefined) {
    throw new EngineError("invalid-input", "Kies welke kolom het tarief bevat (geen kolomkop met 'Tarief' gevonden).");
  }
  if (input.basisKind && mapping.basis === undefined) {
    throw new EngineError("invalid-input", "Kies de kolom met volume of bedrag voor de nacalculatie, of zet de nacalculatie uit.");
  }
  const path = indexationPath(series, input.fromYear, input.toYear, input.method);
  const settlementInfo = input.basisKind ? { year: input.fromYear, ...settlementFactor(series, input.fromYear, input.method.wageShare) } : undefined;
  // 12 significant digits: (1 + 0,063) − 1 must read back as 0,063, not 0,06299999999999994
  const cumulative = Number((path.reduce((acc, d) => acc * (1 + d.indexation), 1) - 1).toPrecision(12));
  const address = (column: number, row: number) => cellAt(origin, row, column);
  const problems: TariffProblem[] = [];
  const rows: TariffResultRow[] = [];
  input.rows.forEach((cells, i) => {
    if (cells.every(isBlankCell)) return;
    const tariffCell = cells[mapping.tariff!];
    const oldTariff = readNumberCell(tariffCell);
    if (oldTariff === undefined) {
      const what = isBlankCell(tariffCell) ? "tarief is leeg" : `${quoteInput(tariffCell)} is geen bedrag`;
      problems.push({ address: address(mapping.tariff!, i), message: `${what}; vul een tarief in of laat de rij weg` });
      return;
    }
    let basisAmount: number | undefined;
    if (settlementInfo && mapping.basis !== undefined) {
      const basisCell = cells[mapping.basis];
      const basis = isBlankCell(basisCell) ? 0 : readNumberCell(basisCell);
      if (basis === undefined) {
        problems.push({ address: address(mapping.basis, i), message: `${quoteInput(basisCell)} is geen getal` });
        return;
      }
      basisAmount = input.basisKind === "volume" ? roundHalfAway(basis * oldTariff, 2) : basis;
    }
    const text = (field: TariffField) => (mapping[field] === undefined ? "" : String(cells[mapping[field]!] ?? "").trim());
    rows.push({
      source: i,
      code: text("code"),
      description: text("description"),
      oldTariff,
      newTariff: applyPath(oldTariff, path, input.decimals).tariff,
      indexation: cumulative,
      basisAmount,
      settlement: basisAmount === undefined ? undefined : roundHalfAway(basisAmount * settlementInfo!.factor, 2),
    });
  });
  if (problems.length > 0) throw new TariffListError(problems);
  if (rows.length === 0) throw new EngineError("invalid-input", "De selectie bevat geen tarieven onder de kopregel. Selecteer de hele tarievenlijst inclusief kopregel.");
  return { rows, path, settlement: settlementInfo };
}
