/**
 * A full allocation table like seed 002 §6.4: Gemeente · Inwoneraantal · Aandeel · one column
 * per cost line · Bedrag excl. BTW · BTW · Totaal incl. BTW, with a Totaal row.
 *
 * Every column adds up exactly to its total and every row exactly: excl. = Σ lines,
 * incl. = excl. + BTW. The BTW column is rate × excl. per municipality, rounded with largest
 * remainder so it adds up to round(rate × total excl.) — the printed 002 tables round every
 * cell on its own and drift by a euro; this does not.
 */
import { EngineError } from "../shared/errors";
import { checkDecimals, fromUnits, toFraction, toUnits } from "./exact";
import { roundQuotas } from "./largestRemainder";
import { AllocationKey, shares } from "./allocate";

export const DEFAULT_VAT_RATE = 0.21;
/** Aandeel as a fraction with 4 decimals = a percentage with 2 decimals (11,18%). */
export const DEFAULT_SHARE_DECIMALS = 4;

export interface CostLine {
  name: string;
  /** the amount to split (negative = a refund, split with its sign) */
  total: number;
  /** per municipality, false = does not join this line; omitted = everyone joins */
  participation?: readonly boolean[];
}

export interface AllocationTableInput {
  municipalities: readonly { name: string; weight: number }[];
  lines: readonly CostLine[];
  /** BTW rate as a fraction (0.21); 0 allowed */
  vatRate?: number;
  decimals?: number;
  shareDecimals?: number;
}

export interface AllocationRow {
  name: string;
  weight: number;
  /** share of the key, rounded with largest remainder to `shareDecimals` (adds up to 1) */
  share: number;
  /** the amount of each cost line for this row (for the Totaal row: the line totals) */
  readonly lines: number[];
  excl: number;
  vat: number;
  incl: number;
}

/** One cost line: its (rounded) total and the amount per municipality, in the order of the rows. */
export interface AllocatedLine {
  name: string;
  total: number;
  amounts: number[];
}

export interface ResplitEffect {
  /** per cost line with partial participation: amount minus the amount at full participation */
  lines: { name: string; effects: number[] }[];
  /** sum over those lines per municipality */
  perMunicipality: number[];
}

export interface AllocationTable {
  decimals: number;
  vatRate: number;
  rows: AllocationRow[];
  /** per cost line, the amounts per municipality (same order as `rows`) */
  lines: AllocatedLine[];
  total: AllocationRow;
  /** present when at least one line has a non-participant */
  resplit?: ResplitEffect;
}

export function buildAllocationTable(input: AllocationTableInput): AllocationTable {
  const decimals = checkDecimals(input.decimals ?? 0);
  const vatRate = input.vatRate ?? DEFAULT_VAT_RATE;
  if (!Number.isFinite(vatRate) || vatRate < 0 || vatRate > 1) {
    throw new EngineError("out-of-range", `BTW-tarief ${vatRate}: kies een percentage van 0% tot en met 100% (bijvoorbeeld 21%).`);
  }
  const names = input.municipalities.map((m) => m.name);
  const n = names.length;
  const key = new AllocationKey(input.municipalities.map((m) => m.weight), (i) => `Inwoneraantal van ${names[i] || `rij ${i + 1}`}`);
  if (input.lines.length === 0) throw new EngineError("invalid-input", "Er zijn geen kostenposten; voeg minstens één kostenpost toe.");

  // amounts are kept per line (as the split produces them), so no line × municipality transposition
  const scale = 10 ** decimals;
  const exclUnits = new Array<number>(n).fill(0);
  const lines: AllocatedLine[] = [];
  const resplitLines: { name: string; effects: number[] }[] = [];
  let totalExcl = 0;
  input.lines.forEach((line, j) => {
    const label = line.name.trim() || `kostenpost ${j + 1}`;
    const units = toUnits(line.total, decimals, label);
    const amounts = new Array<number>(n);
    key.splitUnitsInto(units, amounts, line.participation, label);
    if (line.participation && line.participation.some((p) => !p)) {
      const full = new Array<number>(n);
      key.splitUnitsInto(units, full, undefined, label);
      const effects = new Array<number>(n);
      for (let i = 0; i < n; i++) effects[i] = (amounts[i] - full[i]) / scale;
      resplitLines.push({ name: label, effects });
    }
    for (let i = 0; i < n; i++) {
      const u = amounts[i];
      exclUnits[i] += u;
      if (scale !== 1) amounts[i] = u / scale;
    }
    totalExcl += units;
    lines.push({ name: label, total: fromUnits(units, decimals), amounts });
  });

  const vatUnits = splitVat(exclUnits, totalExcl, vatRate);
  const shareValues = shares(key.weights, { decimals: input.shareDecimals ?? DEFAULT_SHARE_DECIMALS });

  const rows: AllocationRow[] = names.map(
    (name, i) =>
      new MunicipalityRow(lines, i, {
        name,
        weight: input.municipalities[i].weight,
        share: shareValues[i],
        excl: fromUnits(exclUnits[i], decimals),
        vat: fromUnits(vatUnits[i], decimals),
        incl: fromUnits(exclUnits[i] + vatUnits[i], decimals),
      }),
  );
  const totalVat = vatUnits.reduce((s, u) => s + u, 0);
  const total: AllocationRow = {
    name: "Totaal",
    weight: input.municipalities.reduce((s, m) => s + m.weight, 0),
    share: 1,
    lines: lines.map((line) => line.total),
    excl: fromUnits(totalExcl, decimals),
    vat: fromUnits(totalVat, decimals),
    incl: fromUnits(totalExcl + totalVat, decimals),
  };
  const resplit =
    resplitLines.length > 0
      ? { lines: resplitLines, perMunicipality: names.map((_, i) => resplitLines.reduce((s, l) => s + l.effects[i], 0)) }
      : undefined;
  return { decimals, vatRate, rows, lines, total, resplit };
}

/**
 * A municipality's row. Its `lines` are read from the per-line amounts on first use: the split
 * produces amounts line by line, and turning 10.000 lines × 342 municipalities around up front
 * cost more than the split itself while most callers only need a few rows or the lines.
 */
class MunicipalityRow implements AllocationRow {
  name: string;
  weight: number;
  share: number;
  excl: number;
  vat: number;
  incl: number;
  private amounts?: number[];

  constructor(
    private readonly source: readonly AllocatedLine[],
    private readonly index: number,
    values: Omit<AllocationRow, "lines">,
  ) {
    this.name = values.name;
    this.weight = values.weight;
    this.share = values.share;
    this.excl = values.excl;
    this.vat = values.vat;
    this.incl = values.incl;
  }

  get lines(): number[] {
    this.amounts ??= this.source.map((line) => line.amounts[this.index]);
    return this.amounts;
  }
}

/** BTW per row = rate × excl., rounded by largest remainder to add up to round(rate × total excl.). */
export function splitVat(exclUnits: readonly number[], totalExcl: number, vatRate: number): number[] {
  const { numerator, denominator } = toFraction(vatRate, "BTW-tarief");
  const target = roundHalfAwayFromZero(numerator * BigInt(totalExcl), denominator);
  const parts = roundQuotas(exclUnits.map((u) => numerator * BigInt(u)), denominator, target, exclUnits.map((u) => BigInt(u)));
  return parts.map((p) => Number(p));
}

function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const rounded = (2n * abs + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}
