import { normaliseFill, parseHighlightStore, planClear, uniformFill } from "../../src/excel/highlightStore";

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

  test("clearing plans newest first and shows the colour of a group that stays", () => {
    const a1 = { sheet: "Kosten", address: "B2:B3", fills: [["#C6EFCE"], [null]], highlight: "#FF0000" };
    const a2 = { sheet: "Kosten", address: "D4", fills: [[null]], highlight: "#FF0000" };
    const b1 = { sheet: "kosten", address: "b3", fills: [["#FF0000"]], highlight: "#FFEB9C" };
    const store = { controleren: [a1, a2], verdelen: [b1] };

    const all = planClear(store);
    expect(all.cleared).toEqual(["verdelen", "controleren"]);
    expect(all.restores).toEqual([{ record: b1 }, { record: a2 }, { record: a1 }]);
    expect(all.remaining).toEqual({});

    const one = planClear({ controleren: [a1], verdelen: [{ ...b1, address: "B2:B3" }] }, "controleren");
    expect(one.restores).toEqual([{ record: a1, stayingHighlight: "#FFEB9C" }]);
    expect(Object.keys(one.remaining)).toEqual(["verdelen"]);
    expect(planClear(store, "onbekend")).toEqual({ cleared: [], restores: [], remaining: store });
  });
});
