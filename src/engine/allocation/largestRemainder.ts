/**
 * Largest-remainder (Hamilton) rounding in integer units.
 *
 * Each share's exact quota is numerator_i / denominator. Everyone gets the floor of their quota;
 * the units still missing to reach the target go one each to the largest remainders.
 * Tie rule (stated in the pane and docs/verdelen.md): equal remainders go to the larger
 * weight first, then to the earlier position.
 *
 * Everything is integer arithmetic: plain numbers while products stay below 2^53, BigInt
 * otherwise, so results are exact either way.
 */
import { EngineError } from "../shared/errors";

const SAFE = Number.MAX_SAFE_INTEGER;

/** Weights as exact integers (doubles are dyadic fractions, so scaling by a power of two is exact). */
export interface IntegerKey {
  /** integer weights as numbers when all are safe integers, else undefined */
  small?: number[];
  big: bigint[] | undefined;
  /** largest weight, for the overflow check of the number path */
  max: number;
}

/** Validates weights (finite, ≥ 0) and turns them into exact integers. */
export function integerKey(weights: readonly number[], positionName: (index: number) => string): IntegerKey {
  let allIntegers = true;
  let max = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (typeof w !== "number" || !Number.isFinite(w)) {
      throw new EngineError("invalid-input", `${positionName(i)}: het gewicht is geen getal. Vul een getal van 0 of groter in.`, positionName(i));
    }
    if (w < 0) {
      throw new EngineError("invalid-input", `${positionName(i)}: het gewicht ${String(w).replace(".", ",")} is negatief. Gewichten moeten 0 of groter zijn.`, positionName(i));
    }
    if (!Number.isSafeInteger(w)) allIntegers = false;
    if (w > max) max = w;
  }
  if (allIntegers) return { small: weights.slice(), big: undefined, max };
  const powers = weights.map(twoPower);
  const top = Math.max(...powers);
  const big = weights.map((w, i) => BigInt(w * 2 ** powers[i]) << BigInt(top - powers[i]));
  const fitsNumber = big.every((b) => b <= BigInt(SAFE));
  return fitsNumber ? { small: big.map(Number), big, max: Number(big.reduce((a, b) => (b > a ? b : a), 0n)) } : { small: undefined, big, max: Infinity };
}

/** Smallest k with w·2^k an integer. */
function twoPower(w: number): number {
  let k = 0;
  let x = w;
  while (!Number.isInteger(x)) {
    x *= 2;
    k++;
  }
  return k;
}

/**
 * Splits `total` units over the weights in proportion, exactly: the parts add up to `total`.
 * A negative total is split as the mirror of the positive one (refunds get the same pattern).
 * `active[i] === false` leaves position i out (it gets 0). Throws when no active weight is > 0.
 */
export function splitUnits(total: number, key: IntegerKey, active?: readonly boolean[], lineName = "de kostenpost"): number[] {
  const sign = total < 0 ? -1 : 1;
  const amount = Math.abs(total);
  const n = (key.small ?? key.big ?? []).length;
  const result = new Array<number>(n).fill(0);
  if (key.small) {
    const w = key.small;
    let sum = 0;
    for (let i = 0; i < n; i++) if (!active || active[i]) sum += w[i];
    if (sum === 0) return zeroWeights(lineName, amount);
    if (sum <= SAFE && amount * key.max <= SAFE) {
      splitSmall(amount, w, sum, active, result);
      if (sign < 0) for (let i = 0; i < n; i++) result[i] = -result[i] || 0;
      return result;
    }
  }
  const w = key.big ?? key.small!.map(BigInt);
  let sum = 0n;
  for (let i = 0; i < n; i++) if (!active || active[i]) sum += w[i];
  if (sum === 0n) return zeroWeights(lineName, amount);
  const parts = roundQuotas(w.map((wi, i) => (!active || active[i] ? BigInt(amount) * wi : 0n)), sum, BigInt(amount), w);
  for (let i = 0; i < n; i++) result[i] = sign * Number(parts[i]) || 0;
  return result;
}

function zeroWeights(lineName: string, amount: number): never {
  throw new EngineError(
    "division-by-zero",
    `${lineName}: alle deelnemende gewichten zijn 0, dus er is niets om ${amount === 0 ? "naar" : "het bedrag naar"} te verdelen. Geef minstens één deelnemer een gewicht groter dan 0.`,
  );
}

/** Work buffers reused from line to line (allocating them per line dominated the run time). */
const buffers = { remainder: new Float64Array(0), order: new Int32Array(0) };

/** The number path: all products below 2^53, so floor and remainder are exact. */
function splitSmall(amount: number, w: readonly number[], sum: number, active: readonly boolean[] | undefined, out: number[]): void {
  const n = w.length;
  if (buffers.remainder.length < n) {
    buffers.remainder = new Float64Array(n);
    buffers.order = new Int32Array(n);
  }
  const remainder = buffers.remainder;
  const order = buffers.order;
  let count = 0;
  let assigned = 0;
  for (let i = 0; i < n; i++) {
    if ((active && !active[i]) || w[i] === 0) continue;
    const p = amount * w[i];
    let q = Math.floor(p / sum);
    let r = p - q * sum;
    // p / sum is rounded to the nearest double; correct the floor by one when that crossed an integer
    if (r < 0) {
      q -= 1;
      r += sum;
    } else if (r >= sum) {
      q += 1;
      r -= sum;
    }
    out[i] = q;
    assigned += q;
    if (r > 0) {
      remainder[i] = r;
      order[count++] = i;
    }
  }
  const missing = amount - assigned;
  if (missing <= 0) return;
  selectFirst(order, count, missing, remainder, w);
  for (let j = 0; j < missing; j++) out[order[j]] += 1;
}

/** a goes before b: larger remainder, then larger weight, then earlier position (a strict total order). */
function goesFirst(a: number, b: number, remainder: Float64Array, w: readonly number[]): boolean {
  const ra = remainder[a];
  const rb = remainder[b];
  if (ra !== rb) return ra > rb;
  if (w[a] !== w[b]) return w[a] > w[b];
  return a < b;
}

/**
 * Quickselect: afterwards order[0..k) holds the k first positions (in any order). Linear on
 * average, where sorting all remainders per line would be n·log n.
 */
function selectFirst(order: Int32Array, count: number, k: number, remainder: Float64Array, w: readonly number[]): void {
  let lo = 0;
  let hi = count - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = order[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (goesFirst(order[i], pivot, remainder, w)) i++;
      while (goesFirst(pivot, order[j], remainder, w)) j--;
      if (i <= j) {
        const t = order[i];
        order[i] = order[j];
        order[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return;
  }
}

/**
 * General exact rounding: quota_i = numerators[i] / denominator (any sign), target = the sum
 * the parts must reach. Parts are floor(quota) plus one for the largest remainders; ties go to
 * the larger `tieWeights` value, then the earlier position.
 */
export function roundQuotas(numerators: readonly bigint[], denominator: bigint, target: bigint, tieWeights: readonly bigint[]): bigint[] {
  const n = numerators.length;
  const parts = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  let assigned = 0n;
  for (let i = 0; i < n; i++) {
    const p = numerators[i];
    let q = p / denominator;
    let r = p - q * denominator;
    if (r < 0n) {
      q -= 1n;
      r += denominator;
    }
    parts[i] = q;
    remainders[i] = r;
    assigned += q;
  }
  const missing = Number(target - assigned);
  if (missing < 0 || missing > n) {
    throw new EngineError("invalid-input", "Afronding: het doelbedrag past niet bij de verdeling (interne controle). Controleer de invoer.");
  }
  if (missing === 0) return parts;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => cmp(remainders[b], remainders[a]) || cmp(tieWeights[b], tieWeights[a]) || a - b);
  for (let j = 0; j < missing; j++) parts[order[j]] += 1n;
  return parts;
}

function cmp(a: bigint, b: bigint): number {
  return a > b ? 1 : a < b ? -1 : 0;
}
