import { displayValue, formatGeneral } from "../../src/preview/displayFormat";
import { FORMATS } from "../../src/excel/formats";

describe("displayValue shows values as Dutch Excel does", () => {
  it.each([
    [1538031, FORMATS.euro, "€ 1.538.031"],
    [-55650, FORMATS.euro, "€ -55.650"],
    [58.45, FORMATS.euroCents, "€ 58,45"],
    [1234.5, FORMATS.decimal2, "1.234,50"],
    [283729, FORMATS.integer, "283.729"],
    [0.047, FORMATS.percent2, "4,70%"],
    [0.11, FORMATS.percent0, "11%"],
    [11, '0"%"', "11%"],
    [45382, FORMATS.date, "31-03-2024"],
    [45382, "d mmmm yyyy", "31 maart 2024"],
    [-55650, '#,##0;-#,##0;"-"', "-55.650"],
    [0, '#,##0;-#,##0;"-"', "-"],
    [1997, '#,##0;-#,##0;"-"', "1.997"],
    [-0.004, FORMATS.decimal2, "0,00"],
    [1234.5, "[$€-413] #,##0.00", "€ 1.234,50"],
    [12345678, "#,##0,", "12.346"],
  ])("%p with %p → %p", (value, format, shown) => {
    expect(displayValue(value, format)).toBe(shown);
  });

  it("uses General for unformatted numbers, and WAAR/ONWAAR for booleans", () => {
    expect(displayValue(20.35)).toBe("20,35");
    expect(displayValue(1 / 3, "General")).toBe("0,3333333333");
    expect(formatGeneral(1538031)).toBe("1538031");
    expect(displayValue(true)).toBe("WAAR");
    expect(displayValue(false, FORMATS.integer)).toBe("ONWAAR");
    expect(displayValue("Bemheze", FORMATS.euro)).toBe("Bemheze");
  });
});
