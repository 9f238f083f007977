/**
 * Properties of the allocation engine (issue 3) on random keys, totals and participation:
 * the parts add up exactly to the rounded total, every part lies within one unit of its exact
 * quota total × w / Σw (checked in integers, no float tolerance), and non-participants get 0.
 */
import fc from "fast-check";
import { allocate, shares } from "../../src/engine/allocation";
import { PROPERTY_SEED, RUNS } from "./settings";

const units = (value: number, decimals: number) => Math.round(value * 10 ** decimals);

/** A key of 1–60 positions with inhabitants-like integer weights, some 0, and a participation flag each. */
const keyWithParticipation = fc
  .array(fc.record({ weight: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000 })), joins: fc.boolean() }), { minLength: 1, maxLength: 60 })
  .filter((key) => key.some((k) => k.joins && k.weight > 0));

describe("allocation properties", () => {
  test("parts add up exactly and stay within one unit of the quota", () => {
    fc.assert(
      fc.property(
        keyWithParticipation,
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.boolean(),
        (key, decimals, totalUnits, useParticipation) => {
          const weights = key.map((k) => k.weight);
          const participation = useParticipation ? key.map((k) => k.joins) : undefined;
          const total = totalUnits / 10 ** decimals;
          const parts = allocate(total, weights, { decimals, participation });
          if (parts.length !== weights.length) return false;
          const partUnits = parts.map((p) => units(p, decimals));
          // each part carries at most `decimals` decimals, and together they make the total exactly
          if (parts.some((p, i) => partUnits[i] / 10 ** decimals !== p)) return false;
          if (partUnits.reduce((s, u) => s + u, 0) !== totalUnits) return false;
          const joins = (i: number) => !participation || participation[i];
          const sum = BigInt(weights.reduce((s, w, i) => (joins(i) ? s + w : s), 0));
          return partUnits.every((u, i) => {
            if (!joins(i)) return u === 0;
            // |u − T·w/Σw| < 1  ⇔  |u·Σw − T·w| < Σw
            const gap = BigInt(u) * sum - BigInt(totalUnits) * BigInt(weights[i]);
            return gap < sum && -gap < sum;
          });
        },
      ),
      { seed: PROPERTY_SEED, numRuns: RUNS.allocation },
    );
  });

  test("rounded shares add up to exactly 1 and stay within one unit of w / Σw", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500_000 }), { minLength: 1, maxLength: 40 }).filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 0, max: 6 }),
        (weights, decimals) => {
          const result = shares(weights, { decimals });
          const resultUnits = result.map((s) => units(s, decimals));
          if (resultUnits.reduce((s, u) => s + u, 0) !== 10 ** decimals) return false;
          const sum = BigInt(weights.reduce((s, w) => s + w, 0));
          return resultUnits.every((u, i) => {
            const gap = BigInt(u) * sum - 10n ** BigInt(decimals) * BigInt(weights[i]);
            return gap < sum && -gap < sum;
          });
        },
      ),
      { seed: PROPERTY_SEED, numRuns: RUNS.shares },
    );
  });
});
