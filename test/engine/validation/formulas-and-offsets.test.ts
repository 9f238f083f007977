/** Sheets built with formulas: row sums that skip a column, odd formulas in a column, blocks not starting at A1. */
import { validateSheet } from "../../../src/engine/validation";
import { sheet } from "./sheets";

test("a row total whose SUM skips a column is formula-omits-cells, pointing at the skipped cell", () => {
  const f = validateSheet(sheet([
    ["Post", "Q1", "Q2", "Q3", "Totaal"],
    ["a", 10, 20, 30, ["=SUM(B2:D2)", 60]],
    ["b", 5, 6, 7, ["=SUM(B3:C3)", 11]],
    ["c", 1, 2, 3, ["=SUM(B4:D4)", 6]],
  ]));
  expect(f.filter((x) => x.rule === "formula-omits-cells")).toEqual([expect.objectContaining({ cell: "E3", related: ["D3"], expected: 18, actual: 11, suggestion: "=SUM(B3:D3)" })]);
});

test("a formula typed differently in the middle of a column is inconsistent-formula", () => {
  const f = validateSheet(sheet([
    ["Post", "Bedrag", "BTW"],
    ["a", 100, ["=B2*21%", 21]],
    ["b", 200, ["=B3*21%", 42]],
    ["c", 350, ["=350*21%", 73.5]],
    ["d", 400, ["=B5*21%", 84]],
  ]));
  expect(f.map((x) => [x.rule, x.cell, x.related])).toEqual([["inconsistent-formula", "C4", ["C3", "C5"]]]);
});

test("findings carry sheet addresses when the block does not start at A1", () => {
  const f = validateSheet({ values: [["Post", "2024"], ["a", 10], ["b", 20], ["Totaal", 40]], address: "C5" });
  expect(f).toEqual([expect.objectContaining({ rule: "total-mismatch", cell: "D8", related: ["D6", "D7"] })]);
});

test("a total of subtotals written as a formula over the subtotals is accepted", () => {
  const f = validateSheet(sheet([
    ["Post", "Begroting"],
    ["Lasten", ""],
    ["Personeel", 100],
    ["Inhuur", 50],
    ["Totaal personeel", ["=SUM(B3:B4)", 150]],
    ["Huisvesting", 30],
    ["ICT", 20],
    ["Totaal bedrijfsvoering", ["=SUM(B6:B7)", 50]],
    ["Onvoorzien", 10],
    ["Totaal lasten", ["=B5+B8+B9", 210]],
  ]));
  expect(f).toEqual([]);
});

test("an error value in a block is reported once, with its Dutch name; #DEEL/0! is a note, #VERW! an error", () => {
  const f = validateSheet(sheet([["Post", "Bedrag"], ["a", "#DIV/0!"], ["b", 5], ["c", 6]]));
  expect(f).toEqual([expect.objectContaining({ rule: "error-value", cell: "B2", severity: "info" })]);
  const ref = validateSheet(sheet([["Post", "Bedrag"], ["a", "#REF!"], ["b", 5], ["c", 6]]));
  expect(ref).toEqual([expect.objectContaining({ rule: "error-value", cell: "B2", severity: "error" })]);
  expect(f[0].message).toContain("#DEEL/0!");
});
