/**
 * A 250.000-cell sheet (10.000 rows × 25 columns, and 1.000 × 250): clean, it gives nothing;
 * with one total off by more than rounding, exactly that cell. The time is logged, not asserted
 * (see docs/controleren.md for measured figures).
 */
import { validateSheet } from "../../../src/engine/validation";
import { columnLetters } from "../../../src/engine/shared/a1";
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

test("a 1.000 × 1.000 sheet of formulas is bounded: at most 200 findings per rule plus one summary per rule", () => {
  const n = 1000;
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  for (let r = 0; r < n; r++) {
    const v: unknown[] = [];
    const f: unknown[] = [];
    for (let c = 0; c < n; c++) {
      if (r === 0) {
        v.push(c);
        f.push(c);
        continue;
      }
      // every odd row sums the whole column above it (subtotals inside its range), every even row doubles the cell above
      v.push(r + c);
      f.push(r % 2 ? `=SUM(${columnLetters(c)}1:${columnLetters(c)}${r})` : `=${columnLetters(c)}${r}*2`);
    }
    values.push(v);
    formulas.push(f);
  }
  const started = process.cpuUsage();
  const findings = validateSheet({ values, formulas });
  const used = process.cpuUsage(started);
  console.log(`validateSheet 1.000 × 1.000 formules: ${Math.round((used.user + used.system) / 1000)} ms processortijd`);
  const perRule = new Map<string, number>();
  for (const f of findings) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
  for (const [rule, count] of perRule) expect({ rule, atMost200: count <= 200 }).toEqual({ rule, atMost200: true });
  const summaries = findings.filter((f) => f.rule === "more-findings");
  expect(summaries.length).toBeGreaterThan(0);
  expect(summaries[0].message).toMatch(/en nog [\d.]+ van deze soort/);
});
