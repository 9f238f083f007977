/**
 * Allocation tables: every municipality's change in a cost line split exactly into four
 * whole-euro parts (see docs/vergelijken.md).
 *
 * With old and new line totals T and T′, weights w and w′ and participation p and p′, and
 * A(X, w, p) = the largest-remainder split of X over the participating weights (Verdelen's
 * tie rule: larger weight first, then earlier position in the old table):
 *   volume        = A(T′, w, p)  − A(T, w, p)    the line grew or shrank
 *   key           = A(T′, w′, p) − A(T′, w, p)   inhabitants changed
 *   participation = A(T′, w′, p′) − A(T′, w′, p) someone joined or left the line
 *   other         = (new − old) − (volume + key + participation)
 * Per municipality the parts add up to its change; per line volume adds up to T′ − T and key
 * and participation to 0 (each A splits the same total exactly).
 */
import { AllocationKey, toUnits } from "../allocation";
import { isEngineError } from "../shared/errors";

export interface Effects {
  volume: number;
  key: number;
  participation: number;
  other: number;
}

export const NO_EFFECTS: Effects = { volume: 0, key: 0, participation: 0, other: 0 };

export interface LineInput {
  /** per position (old table order, then new-only municipalities): amounts, blank = 0 */
  oldAmounts: readonly number[];
  newAmounts: readonly number[];
  /** line totals: the Totaal row when there is one, else the sum */
  oldTotal: number;
  newTotal: number;
  /** blank or 0 = does not take part */
  oldParticipates: readonly boolean[];
  newParticipates: readonly boolean[];
}

/** Keeps float noise out of amounts with cents (0.1 + 0.2 and the like). */
export function clean(value: number): number {
  const rounded = Math.round(value * 1e6) / 1e6;
  return rounded === 0 ? 0 : rounded;
}

/** A(X, w, p); when nobody with a weight takes part there is nothing to split: all zero (the rest shows as `other`). */
function split(key: AllocationKey, total: number, participates: readonly boolean[], lineName: string): number[] {
  try {
    return key.splitUnits(toUnits(total, 0, lineName), participates, lineName);
  } catch (error) {
    if (isEngineError(error) && error.kind === "division-by-zero") return new Array<number>(key.size).fill(0);
    throw error;
  }
}

/** The four parts per position for one cost line. Throws an EngineError for unusable weights (negative, not numbers). */
export function lineEffects(oldKey: AllocationKey, newKey: AllocationKey, line: LineInput, lineName: string): Effects[] {
  const { oldTotal, newTotal, oldParticipates: p, newParticipates: p2 } = line;
  const aTw = split(oldKey, oldTotal, p, lineName);
  const aT2w = split(oldKey, newTotal, p, lineName);
  const aT2w2 = split(newKey, newTotal, p, lineName);
  const aT2w2p2 = split(newKey, newTotal, p2, lineName);
  return line.oldAmounts.map((old, i) => {
    const volume = aT2w[i] - aTw[i];
    const key = aT2w2[i] - aT2w[i];
    const participation = aT2w2p2[i] - aT2w2[i];
    const other = clean(line.newAmounts[i] - old - volume - key - participation);
    return { volume, key, participation, other };
  });
}

export function addEffects(a: Effects, b: Effects): Effects {
  return {
    volume: a.volume + b.volume,
    key: a.key + b.key,
    participation: a.participation + b.participation,
    other: clean(a.other + b.other),
  };
}
