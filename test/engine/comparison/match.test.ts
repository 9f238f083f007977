/** Pairing rows and columns by label, and the kinds of cell change. */
import { compareTables, matchLabels, readLayout, repair } from "../../../src/engine/comparison";
import { grid } from "./fixtureTables";

describe("matchLabels", () => {
  it("pairs municipalities through the registry: misspelling, CBS code, another spelling, a merger", () => {
    const m = matchLabels(["Bemheze", "GM0828", "Den Bosch", "Uden", "Landerd", "Totaal"], ["Totaal", "Bernheze", "Oss", "'s-Hertogenbosch", "Maashorst"]);
    const byNew = Object.fromEntries(m.pairs.filter((p) => p.new !== null).map((p) => [p.new, p]));
    expect(byNew[1]).toEqual({ old: [0], new: 1, how: "misspelling" });
    expect(byNew[2]).toEqual({ old: [1], new: 2, how: "code" });
    expect(byNew[3]).toEqual({ old: [2], new: 3, how: "municipality" });
    expect(byNew[4]).toEqual({ old: [3, 4], new: 4, how: "successor" });
    expect(byNew[0]).toEqual({ old: [5], new: 0, how: "same" });
    expect(m.pairs).toHaveLength(5);
  });

  it("pairs headers whose year changed, and near-identical labels when only one candidate is close", () => {
    const m = matchLabels(["Gemeente", "Begroting 2024", "Realisatie 2023", "Inkoop en contractering"], ["Gemeente", "Realisatie 2024", "Begroting 2025", "Inkoop & contractering", "Nieuw"]);
    expect(m.pairs).toEqual([
      { old: [0], new: 0, how: "same" },
      { old: [2], new: 1, how: "year" },
      { old: [1], new: 2, how: "year" },
      { old: [3], new: 3, how: "similar" },
      { old: [], new: 4, how: "same" },
    ]);
  });

  it("does not guess between two equally close labels, and leaves removed labels at the end", () => {
    const m = matchLabels(["Post A1", "Post A2", "Weg"], ["Post A3"]);
    expect(m.pairs).toEqual([
      { old: [], new: 0, how: "same" },
      { old: [0], new: null, how: "same" },
      { old: [1], new: null, how: "same" },
      { old: [2], new: null, how: "same" },
    ]);
  });
});

describe("compareTables", () => {
  it("treats reordered rows as no change", () => {
    const values = grid("2024");
    const reordered = [values[0], values[5], values[3], values[1], values[4], values[2], values[6]];
    const c = compareTables({ name: "a", values }, { name: "b", values: reordered });
    expect(c.cells.filter((x) => x.status !== "unchanged")).toEqual([]);
    expect(c.allocation!.lines.every((l) => l.effects.volume === 0 && l.effects.other === 0)).toBe(true);
  });

  it("marks added and removed rows and columns, and a cell that became empty as changed (empty = 0)", () => {
    const old = [
      ["Post", "2024", "Opmerking"],
      ["Huur", 100, "x"],
      ["Schoonmaak", 50, ""],
    ];
    const next = [
      ["Post", "2025", "Nieuw"],
      ["Huur", "", 1],
      ["Beveiliging", 70, 2],
    ];
    const c = compareTables({ name: "oud", values: old }, { name: "nieuw", values: next });
    const at = (row: string, column: string) => c.cells.find((x) => x.row === row && x.column === column);
    expect(at("Huur", "2025")).toMatchObject({ columnOld: "2024", old: 100, new: null, change: -100, percent: -1, status: "changed" });
    expect(at("Huur", "Nieuw")).toMatchObject({ old: null, new: 1, status: "added" });
    expect(at("Huur", "Opmerking")).toMatchObject({ old: "x", new: null, change: null, status: "removed" });
    expect(at("Beveiliging", "2025")).toMatchObject({ rowOld: null, new: 70, status: "added" });
    expect(at("Schoonmaak", "2025")).toMatchObject({ columnOld: "2024", old: 50, status: "removed" });
    expect(c.allocation).toBeUndefined();
  });

  it("sees a formula replaced by a typed number, another formula shape, and a changed value under the same formula", () => {
    const old = [
      ["Post", "Bedrag", "Dubbel", "Som"],
      ["A", 10, 20, 30],
      ["B", 5, 10, 15],
    ];
    const oldFormulas = [
      ["Post", "Bedrag", "Dubbel", "Som"],
      ["A", 10, "=B2*2", "=B2+C2"],
      ["B", 5, "=B3*2", "=B3+C3"],
    ];
    const next = [
      ["Post", "Bedrag", "Dubbel", "Som"],
      ["B", 6, 12, 18],
      ["A", 10, 20, 30],
    ];
    const newFormulas = [
      ["Post", "Bedrag", "Dubbel", "Som"],
      ["B", 6, "=B2*2", "=B2+C2"], // B moved up a row: same shape, value changed with it
      ["A", 10, 20, "=SUM(B3:C3)"], // typed 20 instead of the formula; another formula for the sum
    ];
    const c = compareTables({ name: "oud", values: old, formulas: oldFormulas }, { name: "nieuw", values: next, formulas: newFormulas });
    const at = (row: string, column: string) => c.cells.find((x) => x.row === row && x.column === column)!;
    expect(at("A", "Dubbel")).toMatchObject({ kind: "formula-to-value", status: "unchanged", oldAddress: "C2", newAddress: "C3" });
    expect(at("A", "Som").kind).toBe("formula-shape");
    expect(at("B", "Dubbel")).toMatchObject({ kind: "value-changed-same-formula", old: 10, new: 12, change: 2 });
    expect(at("B", "Bedrag").kind).toBeNull();
  });
});

describe("repair (the user's correction in the pane)", () => {
  it("moves an old row to another new row; the one left behind becomes removed, then new again", () => {
    const m = matchLabels(["Huur", "Schoonmaak"], ["Huur", "Beveiliging"]);
    expect(m.pairs).toEqual([
      { old: [0], new: 0, how: "same" },
      { old: [], new: 1, how: "same" },
      { old: [1], new: null, how: "same" },
    ]);
    const paired = repair(m, 1, 1);
    expect(paired.pairs).toEqual([
      { old: [0], new: 0, how: "same" },
      { old: [1], new: 1, how: "manual" },
    ]);
    const moved = repair(paired, 1, 0);
    expect(moved.pairs).toEqual([
      { old: [], new: 0, how: "same" },
      { old: [0], new: 1, how: "manual" },
      { old: [1], new: null, how: "same" },
    ]);
    expect(repair(moved, 1, null).pairs).toEqual([
      { old: [], new: 0, how: "same" },
      { old: [], new: 1, how: "same" },
      { old: [1], new: null, how: "same" },
      { old: [0], new: null, how: "same" },
    ]);
  });
});

describe("readLayout", () => {
  it("skips a title above the table and a source note beneath it", () => {
    const layout = readLayout({
      name: "blad",
      values: [
        ["Kosten per gemeente", "", ""],
        ["", "", ""],
        ["Gemeente", "Inwoners", "Bedrag"],
        ["Boekel", 11030, 100],
        ["Oss", 91915, 200],
        ["", "", ""],
        ["Bron: Inkoopplan Wmo 2024–2025", "", ""],
      ],
    });
    expect([layout.headerRow, layout.labelColumn, layout.rows.map((r) => r.label), layout.columns.map((c) => c.header)]).toEqual([2, 0, ["Boekel", "Oss"], ["Inwoners", "Bedrag"]]);
  });
});
