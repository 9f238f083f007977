import fc from "fast-check";
import fixture2024 from "../../fixtures/002-kosten-per-gemeente-2024.json";
import { formatEuroNl, formatNumberNl, formatPercentNl, parseNumberText, readNumberCell } from "../../../src/engine/shared/numbers";

describe("parseNumberText: Dutch first, English when unambiguous", () => {
  test.each([
    ["1.234,56", 1234.56],
    ["1,234.56", 1234.56],
    ["€ 5.000", 5000],
    ["€\u00a05.000,-", 5000],
    ["5.000,--", 5000],
    ["21%", 0.21],
    ["12,5 %", 0.125],
    ["4.000", 4000],
    ["12.345.678", 12345678],
    ["1,234,567", 1234567],
    ["1.000.000,00", 1000000],
    ["0.5", 0.5],
    ["20,35", 20.35],
    ["1 234,56", 1234.56],
    ["-1.234,56", -1234.56],
    ["−5", -5],
    ["(1.234)", -1234],
    ["+7", 7],
    ["€ -89.088", -89088],
  ])("%s → %d", (text, expected) => {
    expect(parseNumberText(text)).toBeCloseTo(expected, 10);
  });

  test("a lone comma is the Dutch decimal mark, so the ambiguous 1,234 is 1.234", () => {
    expect(parseNumberText("1,234")).toBe(1.234);
  });

  test.each(["", " ", "€", "%", "-", "abc", "1.23.456", "1,234,56", "1.234,56,7", "12-3", "1e5", ".5", "1,", "(-5)", "--5", "Bemheze"])(
    "%j is not a number",
    (text) => {
      expect(parseNumberText(text)).toBeUndefined();
    },
  );

  test("every printed amount of the 002 table (2024) reads back as its published value", () => {
    const { raw, cells } = fixture2024 as unknown as { raw: string[][]; cells: (string | number)[][] };
    for (let r = 1; r < raw.length; r++) {
      for (let c = 1; c < raw[r].length; c++) {
        const expected = c === 2 ? (cells[r][c] as number) / 100 : (cells[r][c] as number);
        expect(parseNumberText(raw[r][c])).toBeCloseTo(expected, 10);
      }
    }
    expect(parseNumberText(raw[6][8])).toBe(1538031);
  });

  test("round trip: any amount formatted the Dutch way reads back to the same cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (cents) => {
        const value = cents / 100;
        expect(parseNumberText(formatNumberNl(value, 2))).toBeCloseTo(value, 6);
        expect(parseNumberText(formatEuroNl(value, 2))).toBeCloseTo(value, 6);
      }),
    );
  });
});

describe("Dutch formatting for messages", () => {
  test("thousands with dots, decimals with a comma", () => {
    expect(formatNumberNl(1234567.891)).toBe("1.234.567,89");
    expect(formatNumberNl(348100, 0)).toBe("348.100");
    expect(formatNumberNl(-1234, 0)).toBe("-1.234");
    expect(formatEuroNl(1538031)).toBe("€ 1.538.031");
    expect(formatEuroNl(20.345, 2)).toBe("€ 20,35");
    expect(formatPercentNl(0.0469)).toBe("4,69%");
    expect(formatPercentNl(0.11, 0)).toBe("11%");
  });

  test("a value that rounds to zero is shown without a minus sign", () => {
    expect(formatNumberNl(-0.001)).toBe("0,00");
    expect(formatEuroNl(-0.4)).toBe("€ 0");
    expect(formatNumberNl(-0.005)).toBe("-0,01");
  });
});

describe("readNumberCell", () => {
  test("numbers as is, text the Dutch way, anything else not a number", () => {
    expect(readNumberCell(1234.5)).toBe(1234.5);
    expect(readNumberCell("1.234,56")).toBe(1234.56);
    expect(readNumberCell(Number.NaN)).toBeUndefined();
    expect(readNumberCell(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(readNumberCell("abc")).toBeUndefined();
    expect(readNumberCell(true)).toBeUndefined();
    expect(readNumberCell(null)).toBeUndefined();
  });
});
