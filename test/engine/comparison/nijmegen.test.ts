/**
 * The Nijmegen region's concept allocation 2021 (test/fixtures/004-conceptverdeling-2021.json):
 * rows are budget items, columns municipalities. Compared per cell; its column headers are
 * paired through the municipality list (Mook en Middelaar printed as "M en M" is not a name the
 * list knows, so it pairs on its text only). No four-part split: the municipalities are columns.
 */
import { compareTables, type CellValue } from "../../../src/engine/comparison";
import t2021 from "../../fixtures/004-conceptverdeling-2021.json";

const grid = (): CellValue[][] => t2021.cells.map((row) => row.map((v) => (v === null ? "" : (v as CellValue))));

it("pairs budget items and municipality columns; Wijchen's column as CBS code still pairs", () => {
  const old = grid();
  const next = grid();
  next[0] = next[0].map((h) => (h === "Wijchen" ? "GM0296" : h));
  // the 2021 concept row becomes the 2022 concept; Backoffice grows by 1.000 for Nijmegen
  next[7][0] = String(next[7][0]).replace("2021", "2022");
  next[1][6] = (next[1][6] as number) + 1000;
  const c = compareTables({ name: "2021", values: old }, { name: "2022", values: next });
  expect(c.columns.municipal).toBe(true);
  expect(c.columns.pairs.find((p) => p.new === 6)).toEqual({ old: [6], new: 6, how: "code" });
  expect(c.columns.pairs.find((p) => p.new === 4)).toEqual({ old: [4], new: 4, how: "same" }); // "M en M": by text
  expect(c.rows.pairs.find((p) => p.new === 6)).toEqual({ old: [6], new: 6, how: "year" });
  const changed = c.cells.filter((x) => x.status === "changed");
  expect(changed.map((x) => [x.row, x.column, x.change])).toEqual([["Backoffice", "Nijmegen", 1000]]);
  expect(c.allocation).toBeUndefined();
});
