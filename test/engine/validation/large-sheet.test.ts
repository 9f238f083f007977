/**
 * A 250.000-cell sheet (10.000 rows × 25 columns, and 1.000 × 250): clean, it gives nothing;
 * with one total off by more than rounding, exactly that cell. The time is logged, not asserted
 * (see docs/controleren.md for measured figures).
 */
import { validateSheet } from "../../../src/engine/validation";
import { columnLetters } from "../../../src/engine/validation/a1";
import { largeSheet } from "./large-sheet";

test.each([
  [10_000, 25],
  [1_000, 250],
])("%i × %i cells: clean gives no findings, one broken total gives one error", (rows, cols) => {
  const sheet = largeSheet(rows, cols);
  const started = process.cpuUsage();
  const clean = validateSheet(sheet);
  const used = process.cpuUsage(started);
  console.log(`validateSheet ${rows} × ${cols}: ${Math.round((used.user + used.system) / 1000)} ms processortijd`);
  expect(clean).toEqual([]);

  const last = sheet.values.length - 1;
  (sheet.values[last][3] as number) += 1_000_000;
  const broken = validateSheet(sheet);
  const errors = broken.filter((f) => f.severity === "error");
  // the column total, and the Totaal row's own row total (the grand total no longer equals B..: of that row)
  const grandTotal = `${columnLetters(cols - 1)}${last + 1}`;
  expect(errors.map((f) => [f.rule, f.cell])).toEqual([["total-mismatch", `D${last + 1}`], ["total-mismatch", grandTotal]]);
  expect(broken.filter((f) => f.severity !== "error")).toEqual([]);
});
