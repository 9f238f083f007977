/**
 * The one A1 parser (src/engine/shared/a1.ts): every A1 address the add-in reads goes through it,
 * from Office.js range addresses to references inside formulas. 0-based coordinates.
 */
import {
  cellAt,
  columnIndex,
  columnLetters,
  containsRange,
  formatCell,
  formatRange,
  intersectRanges,
  isCellAddress,
  newReadRef,
  parseCell,
  parseRange,
  quoteSheetName,
  readCellRef,
  splitSheetAddress,
  stripSheet,
  tryParseCell,
  tryParseRange,
} from "../../../src/engine/shared/a1";
import { EngineError } from "../../../src/engine/shared/errors";

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

describe("cells", () => {
  test.each([
    ["A1", 0, 0],
    ["B2", 1, 1],
    ["$A$1", 0, 0],
    ["$B7", 6, 1],
    ["B$7", 6, 1],
    ["aa10", 9, 26],
    [" D7 ", 6, 3],
    ["XFD1048576", 1048575, 16383],
  ])("%s is row %i, col %i", (address, row, col) => {
    expect(tryParseCell(address)).toEqual({ row, col });
    expect(parseCell(address)).toEqual({ row, col });
  });

  test.each(["", "A", "1", "A0", "XFE1", "A1048577", "ABCD1", "A1:B2", "Blad1!A1", "A 1", "$$A1", "A$$1", "A1$", "1A", "A-1", "A1.5", "Ä1", "A12345678"])(
    "%j is not a cell",
    (address) => {
      expect(tryParseCell(address)).toBeUndefined();
      expect(() => parseCell(address)).toThrow(EngineError);
    },
  );

  test("the message names the address, shortened, in Dutch", () => {
    expect(() => parseCell("Q0")).toThrow('Ongeldig celadres "Q0"; verwacht bijvoorbeeld B2.');
    expect(() => parseRange("B2:")).toThrow('Ongeldig bereik "B2:"; verwacht bijvoorbeeld B2:D9.');
    expect(() => parseRange("x".repeat(200))).toThrow(/"x{40}…"/);
  });

  test("formatting round-trips through parsing, also at the sheet's edges", () => {
    for (const [row, col] of [[0, 0], [9, 25], [9, 26], [99, 701], [999, 702], [1048575, 16383]]) {
      const address = formatCell(row, col);
      expect(tryParseCell(address)).toEqual({ row, col });
      expect(tryParseRange(address)).toEqual({ top: row, left: col, bottom: row, right: col });
    }
    expect(formatCell(6, 3)).toBe("D7");
    expect(cellAt({ row: 4, col: 2 }, 2, 1)).toBe("D7");
  });
});

describe("ranges", () => {
  test("sheet-qualified, quoted names with spaces and doubled quotes, anchors", () => {
    expect(tryParseRange("'Blad 1'!A1:B2")).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(tryParseRange("'Jeugd ''24'!$A$1:$B$2")).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(tryParseRange("Blad1!$C$3")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    // a "!" inside a quoted name: the address is what follows the last one
    expect(splitSheetAddress("'Wat!'!B2")).toEqual({ sheetName: "Wat!", address: "B2" });
    expect(tryParseRange("'Wat!'!B2")).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseRange("AA1:A10")).toEqual({ top: 0, left: 0, bottom: 9, right: 26 });
  });

  test("whole columns and rows are not cell ranges (no caller reads them)", () => {
    for (const bad of ["A:A", "3:3", "A:B", "1:10", "A1:B", ":", "Blad1!"]) expect(tryParseRange(bad)).toBeUndefined();
  });
});

describe("readCellRef, the reader inside formulas", () => {
  test("reads a reference where it starts and says where it ends, with its anchors", () => {
    const ref = newReadRef();
    const formula = "=SUM($B$2:c10)+XFD1";
    expect(readCellRef(formula, 5, ref)).toBe(9);
    expect(ref).toMatchObject({ row: 1, col: 1, rowAbsolute: true, colAbsolute: true });
    expect(readCellRef(formula, 10, ref)).toBe(13);
    expect(ref).toMatchObject({ row: 9, col: 2, rowAbsolute: false, colAbsolute: false });
    expect(readCellRef(formula, 15, ref)).toBe(19);
    expect(ref).toMatchObject({ row: 0, col: 16383 });
  });

  test("stops at the given end, and finds nothing where there is no reference", () => {
    const ref = newReadRef();
    expect(readCellRef("B22", 0, ref, 2)).toBe(2);
    expect(ref.row).toBe(1);
    for (const [text, at] of [["=SUM(", 1], ["ABCD1", 0], ["$1", 0], ["A$", 0], ["", 0]] as const) expect(readCellRef(text, at, ref)).toBe(-1);
  });
});
