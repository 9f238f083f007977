/**
 * The formula parsers behind inconsistent-formula and the total checks (formulaShape,
 * summedRanges) scan characters; these cases pin down the edges they must keep: string
 * literals, sheet names, function names that look like references, case, white space,
 * absolute references and what is not a plain sum.
 */
import { formulaShape } from "../../../src/engine/validation/formulaShape";
import { summedRanges } from "../../../src/engine/validation/sumFormula";

describe("formulaShape", () => {
  test.each([
    ["=SUM(B3:M3)", 2, 13, "=SUM(R[0]C[-12]:R[0]C[-1])"],
    ["=sum($b$3:b22)", 22, 1, "=SUM(R3C2:R[-1]C[0])"],
    ["=B9+B18+B19", 19, 1, "=R[-11]C[0]+R[-2]C[0]+R[-1]C[0]"],
    ['=IF(A1>0,"B2 en C3",C3)', 0, 0, '=IF(R[0]C[0]>0,"",R[2]C[2])'],
    ["=Blad1!A1+A1", 0, 0, "=BLAD1!A1+R[0]C[0]"],
    ["=LOG10(A1)", 1, 1, "=LOG10(R[-1]C[-1])"],
    ["=A1B2", 0, 0, "=A1B2"],
    ["=ABCD1+$A$1", 0, 0, "=ABCD1+R1C1"],
    ["=A1_x", 0, 0, "=A1_X"],
    ["=A1234567890123456789012", 0, 0, "=R[1.2345678901234568E+21]C[0]"],
  ])("%s at (%i, %i)", (formula, row, col, shape) => {
    expect(formulaShape(formula, row, col)).toBe(shape);
  });

  test("copies of one formula down a column share a shape; an overwritten one does not", () => {
    const shapes = ["=SUM(B2:M2)", "=SUM(B3:M3)", "=SUM(B4:L4)"].map((f, k) => formulaShape(f, k + 1, 13));
    expect(shapes[0]).toBe(shapes[1]);
    expect(shapes[2]).not.toBe(shapes[1]);
  });
});

describe("summedRanges", () => {
  test("SUM with ranges and single cells, any case and white space, absolute or not", () => {
    expect(summedRanges("=SUM(B2:B6,B9)")).toEqual([
      { top: 1, left: 1, bottom: 5, right: 1 },
      { top: 8, left: 1, bottom: 8, right: 1 },
    ]);
    expect(summedRanges(" = sum( $B$6 : b2 ) ")).toEqual([{ top: 1, left: 1, bottom: 5, right: 1 }]);
    expect(summedRanges("=AA10:AB12")).toEqual([{ top: 9, left: 26, bottom: 11, right: 27 }]);
  });

  test("a chain of additions", () => {
    expect(summedRanges("=B9+B18+$B$19")).toEqual([
      { top: 8, left: 1, bottom: 8, right: 1 },
      { top: 17, left: 1, bottom: 17, right: 1 },
      { top: 18, left: 1, bottom: 18, right: 1 },
    ]);
  });

  test.each(["=SUM(B2:B6)+1", "=SUM(Blad1!B2)", "=SUM()", "=", "B2+B3", "=B2-B3", "=SUM(B2;B3)", "=ſUM(A1)", "=ABCD1", "=SUM(B2:B3:B4)", "=SUMA(B2)"])(
    "%s is not a plain sum",
    (formula) => {
      expect(summedRanges(formula)).toBeUndefined();
    },
  );
});
