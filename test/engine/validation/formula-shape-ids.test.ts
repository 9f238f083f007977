/**
 * FormulaShapeIds numbers formula shapes without building formulaShape's strings; inconsistent-formula
 * relies on equal ids meaning exactly equal shapes. These pin that down against formulaShape
 * itself, on the edge cases of the parser and on many generated formulas.
 */
import fc from "fast-check";
import { formulaShape, FormulaShapeIds } from "../../../src/engine/validation/formulaShape";

/** Asserts ids agree with the shape strings: same id ⇔ same string, for every pair. */
function expectIdsMatchShapes(cells: Array<[string, number, number]>): void {
  const ids = new FormulaShapeIds();
  const idOfShape = new Map<string, number>();
  const shapeOfId = new Map<number, string>();
  for (const [formula, row, col] of cells) {
    const shape = formulaShape(formula, row, col);
    const id = ids.idOf(formula, row, col);
    expect(id).toBeGreaterThan(0);
    expect(idOfShape.get(shape) ?? id).toBe(id);
    expect(shapeOfId.get(id) ?? shape).toBe(shape);
    idOfShape.set(shape, id);
    shapeOfId.set(id, shape);
  }
}

describe("FormulaShapeIds", () => {
  test("copies of a formula share an id; an overwritten copy, a literal or another case do not", () => {
    const ids = new FormulaShapeIds();
    const down = ["=SUM(B2:M2)", "=SUM(B3:M3)", "=SUM(B4:L4)"].map((f, k) => ids.idOf(f, k + 1, 13));
    expect(down[0]).toBe(down[1]);
    expect(down[2]).not.toBe(down[1]);
    expect(ids.idOf("=sum(b2:m2)", 1, 13)).toBe(down[0]);
    expect(ids.idOf('=IF(A1>0,"x",B1)', 0, 0)).toBe(ids.idOf('=IF(A2>0,"yy",B2)', 1, 0));
    expect(ids.idOf("=A1*1,5", 0, 0)).not.toBe(ids.idOf("=A1*1,6", 0, 0));
  });

  test("the parser's edge cases get the ids their shapes give", () => {
    const formulas = [
      "=SUM(B3:M3)", "=sum($b$3:b22)", "=B9+B18+B19", '=IF(A1>0,"B2 en C3",C3)', "=Blad1!A1+A1", "=LOG10(A1)", "=A1B2",
      "=ABCD1+$A$1", "=A1_x", "=A1_X", "=A1234567890123456789012", "=a1234567890123456789012", "=R1C1", "=$A$1", "=A1",
      "=ſum(A1)", "=SUM(A1)", "=straße(A1)", "=STRASSE(A1)", "=Résumé!A1", "=RÉSUMÉ!A1", "A1", "", "=", "=B2-B3", "=$B2+B$2",
      "=A1+A1", "=XFD1048576", "=a1e5", "=IF(a1>0;\"ß\";b1)", "=B999999999999999999", "=b1000000000000000000000",
    ];
    const cells: Array<[string, number, number]> = [];
    for (const f of formulas) for (const [r, c] of [[0, 0], [0, 1], [1, 0], [5, 7], [200, 3]]) cells.push([f, r, c]);
    expectIdsMatchShapes(cells);
  });

  test("generated formulas get the same ids as their shapes", () => {
    const piece = fc.constantFrom(
      "A", "b", "$", "1", "2", "10", "+", "-", ":", ",", ";", "(", ")", "SUM", "sum", '"', "!", "_", ".", "'", " ", "é", "ß", "E", "XFD", "R", "C", "[", "]",
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(piece, { maxLength: 14 }), fc.nat(30), fc.nat(30)), { minLength: 1, maxLength: 40 }),
        (cells) => expectIdsMatchShapes(cells.map(([parts, r, c]) => ["=" + parts.join(""), r, c])),
      ),
      { numRuns: 300 },
    );
  });
});
