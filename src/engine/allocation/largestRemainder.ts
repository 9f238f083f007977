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
  size: number;
  /** integer weights as numbers when all are safe integers, else undefined */
  small?: number[];
  big: bigint[] | undefined;
  /** largest weight, for the overflow check of the number path */
  max: number;
  /** sum of `small` (all positions active) */
  smallSum: number;
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
  if (allIntegers) return { size: weights.length, small: weights.slice(), big: undefined, max, smallSum: sumOf(weights) };
  // w = mantissa / 2^power exactly; shifting the mantissa (not w · 2^power, which is Infinity for
  // tiny weights such as 1e-300) keeps every weight exact. A loop, not Math.max(...), so 200,000
  // weights do not overflow the call stack.
  const mantissas = new Array<number>(weights.length);
  const powers = new Array<number>(weights.length);
  let top = 0;
  for (let i = 0; i < weights.length; i++) {
    const [mantissa, power] = dyadic(weights[i]);
    mantissas[i] = mantissa;
    powers[i] = power;
    if (power > top) top = power;
  }
  const big = mantissas.map((m, i) => BigInt(m) << BigInt(top - powers[i]));
  const fitsNumber = big.every((b) => b <= BigInt(SAFE));
  return fitsNumber
    ? { size: weights.length, small: big.map(Number), big, max: Number(big.reduce((a, b) => (b > a ? b : a), 0n)), smallSum: sumOf(big.map(Number)) }
    : { size: weights.length, small: undefined, big, max: Infinity, smallSum: Infinity };
}

function sumOf(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
}

/** [w·2^k, k] for the smallest k with w·2^k an integer (doubling is exact, and stops at most at 2^53). */
function dyadic(w: number): [number, number] {
  let k = 0;
  let x = w;
  while (!Number.isInteger(x)) {
    x *= 2;
    k++;
  }
  return [x, k];
}

/**
 * Splits `total` units over the weights in proportion, exactly: the parts add up to `total`.
 * A negative total is split as the mirror of the positive one (refunds get the same pattern).
 * `active[i] === false` leaves position i out (it gets 0). Throws when no active weight is > 0.
 */
export function splitUnits(total: number, key: IntegerKey, active?: readonly boolean[], lineName = "de kostenpost"): number[] {
  const out = new Array<number>(key.size);
  splitUnitsInto(total, key, active, lineName, out);
  return out;
}

/** As splitUnits, writing into `out` (reused across lines by the table builder). */
export function splitUnitsInto(total: number, key: IntegerKey, active: readonly boolean[] | undefined, lineName: string, out: number[]): void {
  const sign = total < 0 ? -1 : 1;
  const amount = Math.abs(total);
  const n = key.size;
  out.fill(0, 0, n);
  if (key.small) {
    const w = key.small;
    let sum = key.smallSum;
    if (active) {
      sum = 0;
      for (let i = 0; i < n; i++) if (active[i]) sum += w[i];
    }
    if (sum === 0) zeroWeights(lineName, amount);
    if (sum <= SAFE && amount * key.max <= SAFE) {
      splitSmall(amount, w, sum, active, out);
      if (sign < 0) for (let i = 0; i < n; i++) out[i] = -out[i] || 0;
      return;
    }
  }
  const w = key.big ?? key.small!.map(BigInt);
  let sum = 0n;
  for (let i = 0; i < n; i++) if (!active || active[i]) sum += w[i];
  if (sum === 0n) zeroWeights(lineName, amount);
  const parts = roundQuotas(w.map((wi, i) => (!active || active[i] ? BigInt(amount) * wi : 0n)), sum, BigInt(amount), w);
  for (let i = 0; i < n; i++) out[i] = sign * Number(parts[i]) || 0;
}

function zeroWeights(lineName: string, amount: number): never {
  throw new EngineError(
    "division-by-zero",
    `${lineName}: alle deelnemende gewichten zijn 0, dus er is niets om ${amount === 0 ? "naar" : "het bedrag naar"} te verdelen. Geef minstens één deelnemer een gewicht groter dan 0.`,
  );
}

/** Work buffers reused from line to line (allocating them per line dominated the run time). */
const buffers = { remainder: new Float64Array(0), bucket: new Int32Array(0), counts: new Int32Array(0) };

/**
 * The number path: all products below 2^53, so floor and remainder are exact.
 *
 * Instead of sorting all remainders per line, each remainder goes into one of n buckets by
 * remainder / sum (monotone in the exact remainder). Whole buckets above the cut get their unit
 * at once; only the bucket at the cut (usually one or two positions) is sorted by the tie rule.
 */
function splitSmall(amount: number, w: readonly number[], sum: number, active: readonly boolean[] | undefined, out: number[]): void {
  const n = w.length;
  if (buffers.remainder.length < n) {
    buffers.remainder = new Float64Array(n);
    buffers.bucket = new Int32Array(n);
    buffers.counts = new Int32Array(n);
  }
  const { remainder, bucket, counts } = buffers;
  counts.fill(0, 0, n);
  const factor = amount / sum;
  const toBucket = n / sum;
  let assigned = 0;
  for (let i = 0; i < n; i++) {
    bucket[i] = -1;
    const wi = w[i];
    if (wi === 0 || (active && !active[i])) continue;
    const p = amount * wi;
    let q = Math.floor(wi * factor);
    let r = p - q * sum;
    // w · (amount / sum) is a float estimate of the quota; the exact integer remainder corrects its floor
    while (r < 0) {
      q -= 1;
      r += sum;
    }
    while (r >= sum) {
      q += 1;
      r -= sum;
    }
    out[i] = q;
    assigned += q;
    if (r > 0) {
      // 0 ≤ r < sum, so the bucket is below n (the min guards a float product rounding up to n)
      const b = Math.min(n - 1, (r * toBucket) | 0);
      remainder[i] = r;
      bucket[i] = b;
      counts[b]++;
    }
  }
  const missing = amount - assigned;
  if (missing <= 0) return;
  let cut = n - 1;
  let above = 0;
  while (above + counts[cut] < missing) above += counts[cut--];
  const atCut: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = bucket[i];
    if (b > cut) out[i] += 1;
    else if (b === cut) atCut.push(i);
  }
  if (atCut.length > 1) atCut.sort((x, y) => tieOrder(x, y, remainder, w));
  for (let k = 0; k < missing - above; k++) out[atCut[k]] += 1;
}

/** Larger remainder first, then larger weight, then earlier position (a strict total order). */
function tieOrder(a: number, b: number, remainder: Float64Array, w: readonly number[]): number {
  if (remainder[a] !== remainder[b]) return remainder[b] - remainder[a];
  if (w[a] !== w[b]) return w[b] - w[a];
  return a - b;
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
