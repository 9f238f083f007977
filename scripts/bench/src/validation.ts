/**
 * validation_ratio_to_floor: `validateSheet` on a generated, consistent 250,000-cell budget
 * sheet (values, formulas and number formats, as the pane reads them) against the floor: one
 * pass reading every cell of the same three grids.
 */
import { validateSheet } from "../../../src/engine/validation";
import { budgetSheet } from "./budgetSheet";
import { consume, emit, pairedMedianMs, round } from "./measure";

const PERIODS = 12;
const GROUP = 20;
const WIDTH = PERIODS + 2;
const TARGET_CELLS = 250_000;
// data rows such that data + subtotals + title, header and total rows reach the target
const dataRows = Math.ceil(((TARGET_CELLS / WIDTH - 3) * GROUP) / (GROUP + 1));
const sheet = budgetSheet(dataRows, PERIODS, GROUP, { decimals: 2, seed: 250 });
const cells = sheet.values.length * WIDTH;

function floor(): number {
  let acc = 0;
  const { values, formulas, numberFormat } = sheet;
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    const f = formulas[r];
    const n = numberFormat[r];
    for (let c = 0; c < v.length; c++) {
      const x = v[c];
      const y = f[c];
      acc += (typeof x === "number" ? 1 : x.length) + (typeof y === "string" ? y.length : 0) + n[c].length;
    }
  }
  consume(acc);
  return acc;
}

const measured = pairedMedianMs(floor, () => validateSheet(sheet), 5);
const findings = measured.result;
emit({
  metric: "validation_ratio_to_floor",
  value: round(measured.engineMs / measured.floorMs),
  unit: "x",
  cells,
  engine_ms: round(measured.engineMs),
  floor_ms: round(measured.floorMs),
  findings: findings.length,
});
if (findings.length > 0) {
  process.stderr.write(`  validatie: ${findings.length} bevindingen op een consistent blad, bijvoorbeeld ${findings[0].cell}: ${findings[0].message}\n`);
}
