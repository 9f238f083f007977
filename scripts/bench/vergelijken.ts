/**
 * `npm run bench:vergelijken`: times Vergelijken on tables of every municipality (342) × 20
 * columns (inhabitants + 19 cost lines), the size of a national allocation table.
 *
 * Old version: inhabitants 1-1-2024, each line split exactly. New version: inhabitants
 * 1-1-2025 (embedded figures), every line 3 % bigger, rows in another order, every tenth
 * municipality out of line 5, a few names misspelt — so all parts of the engine do real work.
 * Prints the median of 7 runs (after 2 warm-ups) for pairing, comparing and both, and the size
 * of the result. Bounded: fixed sizes, fixed run count.
 */
import { allocate } from "../../src/engine/allocation";
import { compareMatched, matchTables, type CellValue } from "../../src/engine/comparison";
import { defaultRegistry } from "../../src/engine/municipalities";

const LINES = 19;
const RUNS = 7;
const WARMUP = 2;

const municipalities = defaultRegistry.all(2025).filter((m) => m.population[2024] !== undefined && m.population[2025] !== undefined);

function table(year: 2024 | 2025): CellValue[][] {
  const weights = municipalities.map((m) => m.population[year]!);
  const header: CellValue[] = ["Gemeente", "Inwoners", ...Array.from({ length: LINES }, (_, k) => `Kostenpost ${k + 1} ${year}`)];
  const rows: CellValue[][] = municipalities.map((m, i) => {
    // a misspelling in every 50th name of the new version
    const name = year === 2025 && i % 50 === 7 ? m.name.replace(/[aeiou]/, "") : m.name;
    return [name, weights[i]];
  });
  for (let k = 0; k < LINES; k++) {
    const total = Math.round((1_000_000 + 97_531 * k) * (year === 2025 ? 1.03 : 1));
    const participation = municipalities.map((_, i) => !(year === 2025 && k === 4 && i % 10 === 0));
    const parts = allocate(total, weights, { participation });
    rows.forEach((row, i) => row.push(participation[i] ? parts[i] : ""));
  }
  if (year === 2025) rows.reverse();
  const totals: CellValue[] = ["Totaal", weights.reduce((s, w) => s + w, 0)];
  for (let k = 0; k < LINES; k++) totals.push(rows.reduce((s, r) => s + (typeof r[k + 2] === "number" ? (r[k + 2] as number) : 0), 0));
  return [header, ...rows, totals];
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const oldInput = { name: "2024", values: table(2024) };
const newInput = { name: "2025", values: table(2025) };
const pairTimes: number[] = [];
const compareTimes: number[] = [];
let cells = 0;
let paired = 0;
let explained = 0;
for (let run = 0; run < WARMUP + RUNS; run++) {
  const t0 = performance.now();
  const match = matchTables(oldInput, newInput);
  const t1 = performance.now();
  const result = compareMatched(match);
  const t2 = performance.now();
  if (run >= WARMUP) {
    pairTimes.push(t1 - t0);
    compareTimes.push(t2 - t1);
  }
  cells = result.cells.length;
  paired = match.rows.pairs.filter((p) => p.old.length > 0 && p.new !== null).length;
  explained = result.cells.filter((c) => c.effects).length;
}
const rows = municipalities.length;
console.log(JSON.stringify({ metric: "vergelijken", rows, columns: LINES + 1, cells, pairedRows: paired, cellsWithEffects: explained, pairMs: +median(pairTimes).toFixed(1), compareMs: +median(compareTimes).toFixed(1), totalMs: +(median(pairTimes) + median(compareTimes)).toFixed(1) }));
console.log(
  `Vergelijken ${rows} × ${LINES + 1}: koppelen ${median(pairTimes).toFixed(0)} ms, vergelijken ${median(compareTimes).toFixed(0)} ms (mediaan van ${RUNS}); ` +
    `${paired} van ${rows + 1} rijen gekoppeld (gemeenten en Totaal), ${explained} bedragen verklaard.`,
);
