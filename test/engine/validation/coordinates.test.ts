/**
 * Where a block sits on its sheet: the port gives it as numbers (`origin`, 0-based), older
 * callers as an A1 `address`; both place the findings alike, and every finding carries its cell
 * as Excel's row and column numbers next to the A1 label.
 */
import { validateSheet } from "../../../src/engine/validation";

const values = [
  ["Gemeente", "Kosten"],
  ["Bernheze", 1000],
  ["Boekel", 2000],
  ["Oss", 3000],
  ["Totaal", 6500],
];
const formulas = values;

test("a typed total that does not add up is found at its sheet cell, with row and col", () => {
  const findings = validateSheet({ values, formulas, origin: { row: 4, col: 2 }, year: 2024 });
  const total = findings.find((f) => f.rule === "total-mismatch");
  // the block starts at C5, so its Totaal amount (5th row, 2nd column) is D9
  expect(total).toMatchObject({ cell: "D9", row: 9, col: 4, expected: 6000, actual: 6500 });
});

test("origin and the older address give the same findings; origin wins when both are given", () => {
  const byOrigin = validateSheet({ values, formulas, origin: { row: 4, col: 2 }, year: 2024 });
  expect(validateSheet({ values, formulas, address: "C5", year: 2024 })).toEqual(byOrigin);
  expect(validateSheet({ values, formulas, address: "'Blad 1'!$C$5:$D$9", year: 2024 })).toEqual(byOrigin);
  expect(validateSheet({ values, formulas, address: "A1", origin: { row: 4, col: 2 }, year: 2024 })).toEqual(byOrigin);
  expect(validateSheet({ values, formulas, year: 2024 }).find((f) => f.rule === "total-mismatch")).toMatchObject({ cell: "B5", row: 5, col: 2 });
});
