/**
 * allocation_ratio_to_floor: a full allocation table (issue 3) of 10,000 cost lines over all 342
 * municipalities of 2024 by inhabitants, in cents, BTW 21% — against the floor: one pass that
 * writes the same 10,000 × 342 amounts as plain proportional floats (total × w / Σw, no rounding,
 * no checks). Both produce the same number of output cells, so the ratio is the price of exact
 * largest-remainder cents, validation and the BTW and share columns.
 */
import { buildAllocationTable } from "../../../src/engine/allocation";
import { defaultRegistry } from "../../../src/engine/municipalities";
import { consume, emit, pairedMedianMs, round, seededRandom } from "./measure";

const LINES = 10_000;
const random = seededRandom(3);
const municipalities = defaultRegistry.all(2024).map((m) => ({ name: m.name, weight: defaultRegistry.populationOf(m, 2024).value }));
const lines = Array.from({ length: LINES }, (_, j) => ({
  name: `Kostenpost ${j + 1}`,
  // amounts from € 100 to € 10 mln with cents, a few refunds (negative) as in seed 004
  total: Math.round((random() < 0.02 ? -1 : 1) * 10 ** (2 + random() * 5) * 100) / 100,
}));

function floor(): number[][] {
  const weights = municipalities.map((m) => m.weight);
  let sum = 0;
  for (const w of weights) sum += w;
  const out = new Array<number[]>(lines.length);
  for (let j = 0; j < lines.length; j++) {
    const factor = lines[j].total / sum;
    const row = new Array<number>(weights.length);
    for (let i = 0; i < weights.length; i++) row[i] = factor * weights[i];
    out[j] = row;
  }
  consume(out.length);
  return out;
}

const measured = pairedMedianMs(floor, () => buildAllocationTable({ municipalities, lines, decimals: 2, vatRate: 0.21 }), 7);
const table = measured.result;
emit({
  metric: "allocation_ratio_to_floor",
  value: round(measured.engineMs / measured.floorMs),
  unit: "x",
  lines: LINES,
  municipalities: table.rows.length,
  engine_ms: round(measured.engineMs),
  floor_ms: round(measured.floorMs),
});
