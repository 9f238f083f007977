/**
 * Properties of Vergelijken's split of a change (issue 13) on random allocation tables: for
 * every municipality and cost line the four parts add up to its change; per line volume adds
 * up to T′ − T and key and participation to 0 — whatever the weights, participation, totals,
 * added or removed municipalities and hand edits (which land in `other`).
 */
import fc from "fast-check";
import { compareTables, type CellValue } from "../../src/engine/comparison";
import { allocate } from "../../src/engine/allocation";
import { PROPERTY_SEED, RUNS } from "./settings";

// Real names, so the registry recognises the rows as municipalities.
const NAMES = ["Bernheze", "Boekel", "Land van Cuijk", "Maashorst", "Oss", "Meierijstad", "Uden", "Sint-Michielsgestel", "Vught", "Heusden"];

const municipalityVersion = fc.record({
  present: fc.boolean(),
  weight: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200_000 })),
  joins: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
  edit: fc.oneof(fc.constant(0), fc.integer({ min: -3, max: 3 })),
});

const version = fc.record({
  municipalities: fc.array(municipalityVersion, { minLength: NAMES.length, maxLength: NAMES.length }),
  totals: fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 2, maxLength: 2 }),
  withTotalRow: fc.boolean(),
});

type Version = typeof version extends fc.Arbitrary<infer T> ? T : never;

/** A table as Verdelen would write it (exact splits), then hand-edited by `edit` euros. */
function build(v: Version): CellValue[][] {
  const rows = NAMES.map((name, i) => ({ name, ...v.municipalities[i] })).filter((m) => m.present);
  const values: CellValue[][] = [["Gemeente", "Inwoners", "Post A", "Post B"]];
  const amounts = [0, 1].map((line) => {
    const participation = rows.map((m) => m.joins[line]);
    const weights = rows.map((m) => m.weight);
    if (!rows.some((m, i) => participation[i] && m.weight > 0)) return rows.map(() => 0);
    return allocate(v.totals[line], weights, { participation });
  });
  rows.forEach((m, i) => values.push([m.name, m.weight, ...[0, 1].map((line) => (amounts[line][i] === 0 ? "" : amounts[line][i] + m.edit))]));
  if (v.withTotalRow) values.push(["Totaal", rows.reduce((s, m) => s + m.weight, 0), ...v.totals]);
  return values;
}

describe("comparison properties", () => {
  test("parts add up per municipality; volume to T′ − T, key and participation to 0 per line", () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        const oldValues = build(a);
        const newValues = build(b);
        if (oldValues.length < 3 || newValues.length < 3) return true; // fewer than two municipalities: no allocation table
        const c = compareTables({ name: "oud", values: oldValues }, { name: "nieuw", values: newValues });
        const noAmounts = (values: CellValue[][]) => values.slice(1).every((r) => r[0] === "Totaal" || (r[2] === "" && r[3] === ""));
        if (!c.allocation) return noAmounts(oldValues) && noAmounts(newValues); // no amounts: no cost lines
        for (const cell of c.cells) {
          if (!cell.effects) continue;
          const e = cell.effects;
          if (e.volume + e.key + e.participation + e.other !== cell.change) return false;
          if (![e.volume, e.key, e.participation].every(Number.isInteger)) return false;
        }
        for (const line of c.allocation.lines) {
          const lineCells = c.cells.filter((x) => x.columnPair === line.columnPair && x.effects);
          const sum = (k: "volume" | "key" | "participation") => lineCells.reduce((s, x) => s + x.effects![k], 0);
          // A(X, w, p) needs someone of weight > 0 among the participants; without, that split is
          // all zero (a line nobody took part in before shows entirely as participation)
          const weight = (rowPair: number, side: "old" | "new") => Number(c.cells.find((x) => x.rowPair === rowPair && x.columnPair === c.allocation!.weightColumn)?.[side] ?? 0);
          const joined = (x: (typeof lineCells)[number], side: "old" | "new") => typeof x[side] === "number" && x[side] !== 0;
          const canSplit = (amounts: "old" | "new", weights: "old" | "new") => lineCells.some((x) => joined(x, amounts) && weight(x.rowPair, weights) > 0);
          const [pw, pw2, p2w2] = [canSplit("old", "old"), canSplit("old", "new"), canSplit("new", "new")];
          if (sum("volume") !== (pw ? line.newTotal - line.oldTotal : 0)) return false;
          if (pw && pw2 && sum("key") !== 0) return false;
          if (pw2 && p2w2 && sum("participation") !== 0) return false;
        }
        return true;
      }),
      { numRuns: RUNS.comparison, seed: PROPERTY_SEED },
    );
  });
});
