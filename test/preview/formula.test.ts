import { evaluateFormula } from "../../src/preview/formula";
import type { CellValue } from "../../src/excel/WorkbookPort";

// rows 2–6 and total of the printed "Inkoop & contractering" column (seed 002, 2024) in column D
const grid: CellValue[][] = [
  ["Gemeente", "", "", "Inkoop"],
  ["Bemheze", "", "", 89088],
  ["Boekel", "", "", 30983],
  ["Land van Cuijk", "", "", 254798],
  ["Maashorst", "", "", 163940],
  ["Oss", "", "", 258191],
  ["Totaal", "", "", 797000],
];
const read = (row: number, col: number): CellValue => grid[row]?.[col] ?? "";

describe("evaluateFormula (preview)", () => {
  it("sums ranges, skipping text as Excel does", () => {
    expect(evaluateFormula("=SUM(D2:D6)", read)).toBe(797000);
    expect(evaluateFormula("=SUM(D1:D6)", read)).toBe(797000);
    expect(evaluateFormula("=som($D$2:$D$3; D4)", read)).toBe(89088 + 30983 + 254798);
  });

  it("does arithmetic with references, precedence and parentheses", () => {
    expect(evaluateFormula("=D7-SUM(D2:D6)", read)).toBe(0);
    expect(evaluateFormula("=D3*21/100", read)).toBeCloseTo(6506.43, 10);
    expect(evaluateFormula("=(D2+D3)*2^2", read)).toBe((89088 + 30983) * 4);
    expect(evaluateFormula("=-D2+1", read)).toBe(-89087);
    expect(evaluateFormula("=MAX(D2:D6)-MIN(D2:D6)", read)).toBe(258191 - 30983);
    expect(evaluateFormula("=GEMIDDELDE(D2:D6)", read)).toBe(159400);
  });

  it("rounds halves away from zero, like Excel's ROUND", () => {
    expect(evaluateFormula("=ROUND(2.5,0)", read)).toBe(3);
    expect(evaluateFormula("=ROUND(-2.5,0)", read)).toBe(-3);
    expect(evaluateFormula("=AFRONDEN(D3*0.21;0)", read)).toBe(6506);
  });

  it("gives undefined for what it cannot compute, rather than a guess", () => {
    expect(evaluateFormula("=VLOOKUP(A2,A1:D7,4,FALSE)", read)).toBeUndefined();
    expect(evaluateFormula("=A2+1", read)).toBeUndefined();
    expect(evaluateFormula("=D2/0", read)).toBeUndefined();
    expect(evaluateFormula("=SUM(D2:D6", read)).toBeUndefined();
    expect(evaluateFormula("=D2 D3", read)).toBeUndefined();
  });
});
