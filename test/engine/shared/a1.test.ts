import {
  columnIndex,
  columnLetters,
  containsRange,
  formatRange,
  intersectRanges,
  isCellAddress,
  quoteSheetName,
  splitSheetAddress,
  stripSheet,
  tryParseRange,
} from "../../../src/engine/shared/a1";

describe("A1 addresses", () => {
  test("column letters round-trip at the edges of one, two and three letters", () => {
    const pairs: [number, string][] = [[0, "A"], [25, "Z"], [26, "AA"], [701, "ZZ"], [702, "AAA"], [16383, "XFD"]];
    for (const [index, letters] of pairs) {
      expect(columnLetters(index)).toBe(letters);
      expect(columnIndex(letters)).toBe(index);
    }
  });

  test("ranges parse with anchors, sheet prefixes and reversed corners", () => {
    expect(tryParseRange("B2:D9")).toEqual({ top: 1, left: 1, bottom: 8, right: 3 });
    expect(tryParseRange("'Kosten 2024'!$D$9:$B$2")).toEqual({ top: 1, left: 1, bottom: 8, right: 3 });
    expect(tryParseRange("XFD1048576")).toEqual({ top: 1048575, left: 16383, bottom: 1048575, right: 16383 });
    for (const bad of ["", "B2:", "A0", "XFE1", "A1048577", "A1:B2:C3", "Bemheze", "A:A"]) expect(tryParseRange(bad)).toBeUndefined();
  });

  test("formatting, cell checks, sheet prefixes", () => {
    expect(formatRange({ top: 2, left: 0, bottom: 8, right: 8 })).toBe("A3:I9");
    expect(formatRange({ top: 6, left: 3, bottom: 6, right: 3 })).toBe("D7");
    expect([isCellAddress("D7"), isCellAddress("$D$7"), isCellAddress("D7:D8")]).toEqual([true, true, false]);
    expect(splitSheetAddress("'Jeugd ''24'!A1:B2")).toEqual({ sheetName: "Jeugd '24", address: "A1:B2" });
    expect(stripSheet("Blad1!C3")).toBe("C3");
    expect([quoteSheetName("Blad1"), quoteSheetName("Kosten 2024"), quoteSheetName("Jeugd '24"), quoteSheetName("AB12")]).toEqual([
      "Blad1",
      "'Kosten 2024'",
      "'Jeugd ''24'",
      "'AB12'",
    ]);
  });

  test("containment and overlap", () => {
    const table = tryParseRange("A1:I7")!;
    expect(containsRange(table, tryParseRange("B2:C3")!)).toBe(true);
    expect(containsRange(table, tryParseRange("H6:J6")!)).toBe(false);
    expect(intersectRanges(table, tryParseRange("H6:J100")!)).toEqual(tryParseRange("H6:I7"));
    expect(intersectRanges(table, tryParseRange("K1")!)).toBeUndefined();
  });
});
