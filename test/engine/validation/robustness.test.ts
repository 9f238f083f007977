/** Whatever a sheet holds, the checker answers: no exceptions, cells inside the block, one finding per rule per cell. */
import fc from "fast-check";
import { validateSheet } from "../../../src/engine/validation";
import { formatCell } from "../../../src/engine/shared/a1";

const cell = fc.oneof(
  fc.constant(""),
  fc.constant("-"),
  fc.constantFrom("Totaal", "Subtotaal", "Lasten", "Baten", "Saldo", "Verschil", "Gemiddeld", "Aandeel", "BTW", "Bemheze", "Oss", "2022-01", "022-01", "#REF!", "4.000", "€ 5.000", "20,35"),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1000, max: 1000, noNaN: true }),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
);

test("random sheets never break the checker", () => {
  fc.assert(
    fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 12 }), (values) => {
      const findings = validateSheet({ values, address: "B3" });
      const width = Math.max(...values.map((r) => r.length));
      const keys = new Set<string>();
      for (const f of findings) {
        // row and col are Excel's numbers of the cell the label names; the block starts at B3
        expect(formatCell(f.row - 1, f.col - 1)).toBe(f.cell);
        expect(f.row).toBeGreaterThanOrEqual(3);
        expect(f.row).toBeLessThan(3 + values.length);
        expect(f.col).toBeGreaterThanOrEqual(2);
        expect(f.col).toBeLessThan(2 + width);
        const key = `${f.rule}|${f.cell}`;
        expect(keys.has(key)).toBe(false);
        keys.add(key);
        expect(f.message.length).toBeGreaterThan(20);
      }
    }),
    { numRuns: 300 },
  );
});

test("an empty sheet and a sheet of one cell give nothing", () => {
  expect(validateSheet({ values: [] })).toEqual([]);
  expect(validateSheet({ values: [[""]] })).toEqual([]);
  expect(validateSheet({ values: [[42]] })).toEqual([]);
});
