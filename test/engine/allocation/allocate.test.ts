import fc from "fast-check";
import { allocate, AllocationKey, buildAllocationTable, shares, toUnits } from "../../../src/engine/allocation";
import { EngineError } from "../../../src/engine/shared/errors";
import conceptverdeling from "../../fixtures/004-conceptverdeling-2021.json";

function engineError(body: () => unknown): EngineError {
  try {
    body();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error("expected an EngineError");
}

describe("largest remainder (Hamilton)", () => {
  test("parts add up exactly to the total where independent rounding drifts", () => {
    // 002 2024 WMO Toezicht: rounding each cell gives 348.099
    const weights = [31715, 11030, 90707, 58362, 91915];
    const parts = allocate(348_100, weights);
    expect(parts.reduce((s, v) => s + v, 0)).toBe(348_100);
    expect(parts).toEqual([38_910, 13_533, 111_286, 71_603, 112_768]);
  });

  test("tie rule: equal remainders go to the larger weight first, then the earlier position", () => {
    expect(allocate(1, [1, 1, 1])).toEqual([1, 0, 0]);
    expect(allocate(2, [1, 1, 1])).toEqual([1, 1, 0]);
    // quotas 5/3, 10/3, 10/3, 5/3: remainders 2/3 for the small weights beat 1/3 for the large ones
    expect(allocate(10, [1, 2, 2, 1])).toEqual([2, 3, 3, 2]);
    // quotas 1,5 and 1,5: equal weights, so the earlier position
    expect(allocate(3, [1, 1])).toEqual([2, 1]);
    expect(allocate(2, [1, 3, 4])).toEqual([0, 1, 1]);
    expect(allocate(1, [2, 6])).toEqual([0, 1]);
    // equal remainders 0.5 for weight 1 (quota 0.5) and weight 3 (quota 1.5): the larger weight wins
    expect(allocate(2, [1, 3])).toEqual([0, 2]);
    expect(allocate(4, [1, 3, 4])).toEqual([0, 2, 2]);
  });

  test("negative totals allocate with their sign, as the mirror of the positive split", () => {
    const weights = [9606, 6022, 4967, 3677, 1568, 48974];
    expect(allocate(-10_230, weights)).toEqual(allocate(10_230, weights).map((v) => -v));
    expect(allocate(-1, [1, 1])).toEqual([-1, 0]);
  });

  test("004 'Bijdrage Wijchen': Wijchen's contribution returned to the six others, within €1 of the printed row", () => {
    const cells = (conceptverdeling as { cells: (string | number | null)[][] }).cells;
    const backoffice = (cells[1] as number[]).slice(1, 7);
    const printed = (cells[4] as number[]).slice(1, 7);
    const wijchen = cells[4][7] as number;
    const parts = allocate(-wijchen, backoffice);
    expect(parts.reduce((s, v) => s + v, 0)).toBe(-wijchen);
    parts.forEach((v, i) => {
      expect(v).toBeLessThan(0);
      expect(Math.abs(v - printed[i])).toBeLessThanOrEqual(1);
    });
  });

  test("decimals: amounts in cents add up to the total rounded to cents", () => {
    expect(allocate(100, [1, 1, 1], { decimals: 2 })).toEqual([33.34, 33.33, 33.33]);
    expect(allocate(1.005, [1, 1], { decimals: 2 })).toEqual([0.51, 0.5]);
    expect(allocate(10.4, [1, 1], { decimals: 0 })).toEqual([5, 5]);
    expect(allocate(10.5, [1, 1], { decimals: 0 })).toEqual([6, 5]);
    expect(toUnits(1.005, 2)).toBe(101);
    expect(toUnits(-2.5, 0)).toBe(-3);
    expect(toUnits(1e-7, 2)).toBe(0);
    expect(() => allocate(1, [1], { decimals: 7 })).toThrow(EngineError);
  });

  test("fractional weights are exact (scaled by powers of two, no float drift)", () => {
    expect(allocate(100, [0.1, 0.2, 0.7])).toEqual([10, 20, 70]);
    // quotas 1,5 / 0,75 / 0,75: the two larger remainders win
    expect(allocate(3, [0.5, 0.25, 0.25])).toEqual([1, 1, 1]);
    expect(allocate(1, [1 / 3, 1 / 3, 1 / 3])).toEqual([1, 0, 0]);
  });

  test("participation: non-participants get 0 and the line is re-split over the others", () => {
    expect(allocate(1000, [1, 1, 2], { participation: [true, false, true] })).toEqual([333, 0, 667]);
    expect(shares([1, 1, 2], { participation: [true, false, true] })).toEqual([1 / 3, 0, 2 / 3]);
  });

  test("errors: negative or non-numeric weights name the position; all weights 0 is division by zero", () => {
    const negative = engineError(() => allocate(10, [1, -2, 3]));
    expect(negative.kind).toBe("invalid-input");
    expect(negative.message).toContain("positie 2");
    const named = engineError(() => allocate(10, [1, Number.NaN], { positionName: (i) => `rij ${i + 1}` }));
    expect(named.message).toContain("rij 2");
    expect(engineError(() => allocate(10, [0, 0])).kind).toBe("division-by-zero");
    expect(engineError(() => allocate(10, [1, 2], { participation: [false, false] })).kind).toBe("division-by-zero");
    expect(engineError(() => allocate(10, [1, 2], { participation: [true] })).message).toContain("even groot");
    expect(engineError(() => allocate(10, [])).kind).toBe("invalid-input");
  });

  test("shares: exact fractions, or rounded with largest remainder to add up to exactly 1", () => {
    expect(shares([1, 3])).toEqual([0.25, 0.75]);
    expect(shares([1, 1, 1], { decimals: 2 })).toEqual([0.34, 0.33, 0.33]);
    expect(engineError(() => shares([0, 0])).kind).toBe("division-by-zero");
  });

  test("huge totals and weights switch to exact big integers", () => {
    const parts = allocate(9_000_000_000_000, [17_942_942, 1, 3]);
    expect(parts.reduce((s, v) => s + v, 0)).toBe(9_000_000_000_000);
    expect(parts[1]).toBe(Math.round((9_000_000_000_000 * 1) / 17_942_946));
  });
});

describe("properties on random keys", () => {
  const weightsArb = fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 60 }).filter((w) => w.some((x) => x > 0));
  const totalArb = fc.integer({ min: -100_000_000, max: 100_000_000 });

  test("sum is exact, every part within one unit of its quota, zero weight gets zero", () => {
    fc.assert(
      fc.property(weightsArb, totalArb, (weights, total) => {
        const parts = allocate(total, weights);
        const sum = weights.reduce((s, w) => s + w, 0);
        expect(parts.reduce((s, v) => s + v, 0)).toBe(total);
        parts.forEach((p, i) => {
          expect(Number.isInteger(p)).toBe(true);
          expect(Math.abs(p - (total * weights[i]) / sum)).toBeLessThan(1);
          if (weights[i] === 0) expect(p).toBe(0);
        });
      }),
    );
  });

  test("monotone in the weight: a larger weight never gets less (same sign totals)", () => {
    fc.assert(
      fc.property(weightsArb, fc.integer({ min: 0, max: 10_000_000 }), (weights, total) => {
        const parts = allocate(total, weights);
        for (let i = 0; i < weights.length; i++) {
          for (let j = 0; j < weights.length; j++) {
            if (weights[i] > weights[j]) expect(parts[i]).toBeGreaterThanOrEqual(parts[j]);
          }
        }
      }),
    );
  });

  test("decimals and participation: sums exact in units, non-participants 0", () => {
    fc.assert(
      fc.property(
        weightsArb.chain((w) => fc.tuple(fc.constant(w), fc.array(fc.boolean(), { minLength: w.length, maxLength: w.length }))),
        fc.integer({ min: 0, max: 4 }),
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        ([weights, participation], decimals, total) => {
          const active = participation.map((p, i) => p && weights[i] > 0);
          if (!active.some(Boolean)) return;
          const parts = allocate(total, weights, { decimals, participation });
          const units = parts.map((p) => Math.round(p * 10 ** decimals));
          expect(units.reduce((s, v) => s + v, 0)).toBe(toUnits(total, decimals));
          participation.forEach((p, i) => {
            if (!p) expect(parts[i]).toBe(0);
          });
        },
      ),
    );
  });

  test("a table adds up in every row and column for random lines, rates and participation", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 500_000 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: -2_000_000, max: 5_000_000 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 30 }),
        (weights, totals, percent) => {
          const table = buildAllocationTable({
            municipalities: weights.map((w, i) => ({ name: `g${i}`, weight: w })),
            lines: totals.map((t, j) => ({ name: `post ${j}`, total: t, participation: weights.map((_, i) => (i + j) % 3 !== 1 || weights.length < 3) })),
            vatRate: percent / 100,
          });
          const exclTotal = totals.reduce((s, t) => s + t, 0);
          expect(table.total.excl).toBe(exclTotal);
          expect(table.total.vat).toBe(Math.sign(exclTotal) * Math.round(Math.abs(exclTotal * percent) / 100 + 1e-9) || 0);
          expect(table.rows.reduce((s, r) => s + r.vat, 0)).toBe(table.total.vat);
          expect(table.rows.reduce((s, r) => s + r.incl, 0)).toBe(table.total.incl);
          for (const row of table.rows) {
            expect(row.excl).toBe(row.lines.reduce((s, v) => s + v, 0));
            expect(row.incl).toBe(row.excl + row.vat);
            expect(Math.abs(row.vat - (row.excl * percent) / 100)).toBeLessThan(1);
          }
          expect(table.rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 10);
        },
      ),
    );
  });
});

describe("allocation table", () => {
  const municipalities = [
    { name: "A", weight: 100 },
    { name: "B", weight: 300 },
    { name: "C", weight: 600 },
  ];

  test("re-split effect per municipality when a line has non-participants", () => {
    const table = buildAllocationTable({
      municipalities,
      lines: [
        { name: "Iedereen", total: 1000 },
        { name: "Zonder A", total: 1000, participation: [false, true, true] },
      ],
      vatRate: 0,
    });
    expect(table.rows.map((r) => r.lines)).toEqual([
      [100, 0],
      [300, 333],
      [600, 667],
    ]);
    expect(table.resplit).toEqual({ lines: [{ name: "Zonder A", effects: [-100, 33, 67] }], perMunicipality: [-100, 33, 67] });
    expect(table.rows.map((r) => r.vat)).toEqual([0, 0, 0]);
  });

  test("no re-split block at full participation; BTW 21% adds up to round(21% × total)", () => {
    const table = buildAllocationTable({ municipalities, lines: [{ name: "Post", total: 1001 }] });
    expect(table.resplit).toBeUndefined();
    expect(table.total.vat).toBe(210);
    expect(table.rows.map((r) => r.vat)).toEqual([21, 63, 126]);
  });

  test("a refund line (negative) next to a cost line", () => {
    const table = buildAllocationTable({
      municipalities,
      lines: [
        { name: "Kosten", total: 10_000 },
        { name: "Bijdrage", total: -999 },
      ],
      vatRate: 0.09,
    });
    expect(table.rows.map((r) => r.lines[1])).toEqual([-100, -300, -599]);
    expect(table.total.excl).toBe(9001);
    expect(table.total.vat).toBe(810);
  });

  test("refuses a bad BTW rate and an empty list of lines", () => {
    expect(engineError(() => buildAllocationTable({ municipalities, lines: [{ name: "x", total: 1 }], vatRate: 1.5 })).kind).toBe("out-of-range");
    expect(engineError(() => buildAllocationTable({ municipalities, lines: [] })).kind).toBe("invalid-input");
    const zero = engineError(() => buildAllocationTable({ municipalities, lines: [{ name: "Alleen A", total: 5, participation: [false, false, false] }] }));
    expect(zero.kind).toBe("division-by-zero");
    expect(zero.message).toContain("Alleen A");
  });

  test("AllocationKey validates once and names municipalities in messages", () => {
    const error = engineError(() => buildAllocationTable({ municipalities: [{ name: "Oss", weight: -1 }], lines: [{ name: "x", total: 1 }] }));
    expect(error.message).toContain("Oss");
    const key = new AllocationKey([1, 2, 3]);
    expect(key.splitUnits(6)).toEqual([1, 2, 3]);
  });
});
