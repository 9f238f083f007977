/**
 * Exact decimal handling for allocation: amounts become integer units of 10^-decimals and
 * rates become integer fractions, so no rounding error of binary floating point can move a
 * euro. Decimal rounding works on the shortest decimal text of the number (what the user
 * typed: 1.005 is "1.005", not 1.00499999…), half away from zero.
 */
import { EngineError } from "../shared/errors";
import { countNl } from "../shared/plural";

export const MAX_DECIMALS = 6;

/** Digits and sign of a finite number's shortest decimal text: 12.5 → { negative: false, digits: "125", exponent: -1 }. */
function decimalParts(value: number): { negative: boolean; digits: string; exponent: number } {
  const text = Math.abs(value).toString();
  const [mantissa, exp = "0"] = text.split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  const digits = (whole + fraction).replace(/^0+(?=\d)/, "");
  return { negative: value < 0, digits, exponent: Number(exp) - fraction.length };
}

/** Rounds to `decimals` places, half away from zero, and returns the integer count of 10^-decimals units. */
export function toUnits(value: number, decimals: number, what = "bedrag"): number {
  if (!Number.isFinite(value)) throw new EngineError("invalid-input", `${what}: ${value} is geen eindig getal.`);
  // Fast path: far from a half (|x − round(x)| < 0,25) and small enough that the float error
  // of x is below 0,001, float rounding and decimal rounding of the shortest text agree.
  const scaled = Math.abs(value) * 10 ** decimals;
  if (scaled < 1e12) {
    const rounded = Math.round(scaled);
    if (Math.abs(scaled - rounded) < 0.25) return value < 0 && rounded !== 0 ? -rounded : rounded;
  }
  const { negative, digits, exponent } = decimalParts(value);
  const shift = exponent + decimals;
  let units: number;
  if (shift >= 0) {
    units = Number(digits + "0".repeat(shift));
  } else {
    const keep = digits.length + shift;
    const kept = keep > 0 ? Number(digits.slice(0, keep)) : 0;
    const next = keep >= 0 ? Number(digits[keep] ?? "0") : 0;
    units = kept + (next >= 5 ? 1 : 0);
  }
  if (!Number.isSafeInteger(units)) {
    throw new EngineError("out-of-range", `${what}: ${value} is te groot om tot op ${countNl(decimals, "decimaal", "decimalen")} exact te verdelen.`);
  }
  return negative && units !== 0 ? -units : units;
}

/** Units back to a number: 8908850 units at 2 decimals → 89088.5. */
export function fromUnits(units: number, decimals: number): number {
  return decimals === 0 ? units : units / 10 ** decimals;
}

/** A rate as an exact fraction: 0.21 → { numerator: 21n, denominator: 100n }. */
export function toFraction(value: number, what = "tarief"): { numerator: bigint; denominator: bigint } {
  if (!Number.isFinite(value)) throw new EngineError("invalid-input", `${what}: ${value} is geen eindig getal.`);
  const { negative, digits, exponent } = decimalParts(value);
  const numerator = BigInt(digits) * (exponent > 0 ? 10n ** BigInt(exponent) : 1n);
  const denominator = exponent < 0 ? 10n ** BigInt(-exponent) : 1n;
  return { numerator: negative ? -numerator : numerator, denominator };
}

export function checkDecimals(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new EngineError("out-of-range", `decimalen: ${decimals} kan niet; kies een geheel getal van 0 tot en met ${MAX_DECIMALS}.`);
  }
  return decimals;
}
