import { normaliseFill, parseHighlightStore, uniformFill } from "../../src/excel/highlightStore";

describe("highlight store", () => {
  test("reads what addHighlights writes and drops what it cannot restore", () => {
    const good = { sheet: "Kosten 2024", address: "A2:C2", fills: [[null, "#FFC000", null]] };
    const raw = JSON.stringify({
      controleren: [good, { sheet: "Kosten 2024", address: "A2:", fills: [[null]] }, { sheet: 3, address: "A1", fills: [] }, { sheet: "X", address: "A1", fills: [[1]] }],
      verdelen: "geen lijst",
    });
    expect(parseHighlightStore(raw)).toEqual({ controleren: [good] });
  });

  test("unreadable settings count as no highlights instead of breaking the pane", () => {
    for (const raw of [undefined, null, "", "{kapot", "[1,2]", 42]) expect(parseHighlightStore(raw)).toEqual({});
  });

  test("white and empty mean no fill; colours are compared in upper case", () => {
    expect([normaliseFill("#FFFFFF"), normaliseFill("#ffffff"), normaliseFill(""), normaliseFill(null), normaliseFill("#ffc000")]).toEqual([
      null,
      null,
      null,
      null,
      "#FFC000",
    ]);
    expect(uniformFill([[null, null], [null, null]])).toBeNull();
    expect(uniformFill([["#FFC000"], ["#FFC000"]])).toBe("#FFC000");
    expect(uniformFill([["#FFC000", null]])).toBeUndefined();
  });
});
