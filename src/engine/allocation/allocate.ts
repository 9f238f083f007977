/**
 * Allocation of amounts over a key (verdeelsleutel), exact to the unit.
 *
 * Glossary: sleutel = key (weights, usually inhabitants); deelname = participation (does a
 * municipality join this cost line); herverdeeleffect = re-split effect (what a municipality
 * pays more or less because others do not participate).
 */
import { EngineError } from "../shared/errors";
import { checkDecimals, fromUnits, toUnits } from "./exact";
import { integerKey, splitUnits, splitUnitsInto, type IntegerKey } from "./largestRemainder";
import { countNl } from "../shared/plural";

export interface KeyOptions {
  /** per position: false = does not participate (gets 0; the amount is split over the others) */
  participation?: readonly boolean[];
  /** names a position in messages, e.g. "rij 3" or "Boekel" (default "positie 3") */
  positionName?: (index: number) => string;
}

export interface AllocateOptions extends KeyOptions {
  /** decimals of the result (0 = whole euros); the total is rounded to them first */
  decimals?: number;
  /** names the amount in messages, e.g. the cost line */
  lineName?: string;
}

const defaultPositionName = (index: number) => `positie ${index + 1}`;

/** A validated key, reusable for many lines (validation and integer scaling happen once). */
export class AllocationKey {
  readonly size: number;
  private readonly key: IntegerKey;

  constructor(readonly weights: readonly number[], positionName: (index: number) => string = defaultPositionName) {
    if (weights.length === 0) throw new EngineError("invalid-input", "De sleutel is leeg; geef minstens één gewicht.");
    this.key = integerKey(weights, positionName);
    this.size = weights.length;
  }

  /** Splits `totalUnits` (integer units) exactly; see splitUnits for the rules. */
  splitUnits(totalUnits: number, participation?: readonly boolean[], lineName?: string): number[] {
    return splitUnits(totalUnits, this.key, this.checked(participation), lineName);
  }

  /** As splitUnits, into `out` (length ≥ size). */
  splitUnitsInto(totalUnits: number, out: number[], participation?: readonly boolean[], lineName = "de kostenpost"): void {
    splitUnitsInto(totalUnits, this.key, this.checked(participation), lineName, out);
  }

  private checked(participation: readonly boolean[] | undefined): readonly boolean[] | undefined {
    if (participation && participation.length !== this.size) {
      throw new EngineError("invalid-input", `De deelname heeft ${countNl(participation.length, "positie", "posities")} en de sleutel ${this.size}; maak ze even groot.`);
    }
    return participation;
  }
}

/** Splits `total` over `weights`: amounts with `decimals` decimals that add up exactly to the rounded total. */
export function allocate(total: number, weights: readonly number[], options: AllocateOptions = {}): number[] {
  const decimals = checkDecimals(options.decimals ?? 0);
  const key = new AllocationKey(weights, options.positionName);
  const units = toUnits(total, decimals, options.lineName ?? "totaal");
  return key.splitUnits(units, options.participation, options.lineName).map((u) => fromUnits(u, decimals));
}

/**
 * Shares of the key as fractions of 1. Without `decimals` they are exact (w / Σw); with
 * `decimals` they are rounded with largest remainder so they add up to exactly 1
 * (decimals 2 gives whole percents: 002 prints 11/4/32/21/32 %).
 */
export function shares(weights: readonly number[], options: Omit<AllocateOptions, "lineName"> = {}): number[] {
  const key = new AllocationKey(weights, options.positionName);
  if (options.participation && options.participation.length !== weights.length) {
    throw new EngineError("invalid-input", `De deelname heeft ${countNl(options.participation.length, "positie", "posities")} en de sleutel ${weights.length}; maak ze even groot.`);
  }
  if (options.decimals === undefined) {
    const active = (i: number) => !options.participation || options.participation[i];
    const sum = weights.reduce((s, w, i) => (active(i) ? s + w : s), 0);
    if (sum === 0) {
      throw new EngineError("division-by-zero", "Alle deelnemende gewichten zijn 0, dus er is geen aandeel te berekenen. Geef minstens één deelnemer een gewicht groter dan 0.");
    }
    if (Number.isFinite(sum)) return weights.map((w, i) => (active(i) ? w / sum : 0));
    // Σw overflowed (weights near 1e308): scale by the largest weight first; normal keys never get here,
    // so their shares stay exactly w / Σw.
    let max = 0;
    for (let i = 0; i < weights.length; i++) if (active(i) && weights[i] > max) max = weights[i];
    const scaledSum = weights.reduce((s, w, i) => (active(i) ? s + w / max : s), 0);
    return weights.map((w, i) => (active(i) ? w / max / scaledSum : 0));
  }
  const decimals = checkDecimals(options.decimals);
  return key.splitUnits(10 ** decimals, options.participation, "het aandeel").map((u) => fromUnits(u, decimals));
}
