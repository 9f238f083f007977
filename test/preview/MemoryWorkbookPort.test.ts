import { MemoryWorkbookPort, emptyWorkbook, type MemoryWorkbook } from "../../src/preview/MemoryWorkbookPort";
import { PortConflictError, PortError, SETTINGS_KEYS, type LineChartSpec, type TableSpec } from "../../src/excel/WorkbookPort";
import { FORMATS } from "../../src/excel/formats";
import fixture2024 from "../fixtures/002-kosten-per-gemeente-2024.json";

/** The 002 cost table (2024) as a sheet, Totaal row with the printed values. */
function kostenBook(): MemoryWorkbook {
  const cells = (fixture2024.cells as (string | number | null)[][]).map((row) => row.map((value) => ({ value: value ?? "" })));
  return { ...emptyWorkbook(), sheets: [{ name: "Kosten", cells }, { name: "Leeg", cells: [] }], activeSheet: "Kosten", selection: { sheetName: "Kosten", address: "A1" } };
}

const spec: TableSpec = {
  sheetName: "Verdeling 2024",
  title: "Verdeling kosten 2024",
  columns: [{ header: "Gemeente" }, { header: "Bedrag", numberFormat: FORMATS.euro, width: 80 }],
  rows: [
    ["Boekel", 30983],
    ["Oss", 258191],
  ],
  formulas: [
    [null, null],
    [null, "=B4+0"],
  ],
  totalRow: { values: ["Totaal", 289174], formulas: [null, "=SUM(B4:B5)"] },
  notes: [["Bron: begroting 2024"], ["Versie", "0.1.0"]],
  conditionalFills: [{ rows: [0, 1], columns: [1, 1], greaterThan: { value: 100000 }, fill: "#FFC7CE" }],
  chart: { title: "Bedragen", seriesRows: [0], columns: [1, 1], extraSeries: [{ name: "Plafond", values: [50000] }] },
};

describe("MemoryWorkbookPort reading", () => {
  it("lists sheets and reads the used range with values, formulas and formats", async () => {
    const port = new MemoryWorkbookPort(kostenBook());
    expect(await port.listSheets()).toEqual({ names: ["Kosten", "Leeg"], active: "Kosten" });
    const snap = await port.readSnapshot({ kind: "usedRange" });
    expect(snap.address).toBe("A1:I7");
    expect(snap.topLeft).toBe("A1");
    expect(snap.values[1][0]).toBe("Bemheze");
    expect(snap.values[6][8]).toBe(1538031);
    expect(snap.formulas[6][8]).toBe(1538031);
    expect(snap.numberFormat[0][0]).toBe("General");
    expect(snap.tableName).toBeUndefined();
  });

  it("expands a single selected cell to its current region, and reads explicit ranges", async () => {
    const port = new MemoryWorkbookPort(kostenBook());
    port.setSelection("Kosten", "C4");
    const region = await port.readSnapshot({ kind: "selection", expand: true });
    expect(region.address).toBe("A1:I7");
    const single = await port.readSnapshot({ kind: "selection" });
    expect(single.values).toEqual([[32]]);
    const range = await port.readSnapshot({ kind: "range", sheetName: "Kosten", address: "$D$2:D3" });
    expect(range.values).toEqual([[89088], [30983]]);
    const prefixed = await port.readSnapshot({ kind: "range", sheetName: "Leeg", address: "'Kosten'!B7" });
    expect(prefixed).toMatchObject({ sheetName: "Kosten", values: [[283729]] });
  });

  it("leaves empty sheets out of readAllSheets and reports the empty used range as A1", async () => {
    const port = new MemoryWorkbookPort(kostenBook());
    expect((await port.readAllSheets()).map((s) => s.sheetName)).toEqual(["Kosten"]);
    expect(await port.readSnapshot({ kind: "usedRange", sheetName: "Leeg" })).toMatchObject({ address: "A1", values: [[""]] });
  });

  it("says in Dutch what is missing", async () => {
    const port = new MemoryWorkbookPort(kostenBook());
    await expect(port.readSnapshot({ kind: "usedRange", sheetName: "Begroting" })).rejects.toThrow('Werkblad "Begroting" bestaat niet');
    await expect(port.readSnapshot({ kind: "table", tableName: "T1" })).rejects.toThrow(PortError);
    await expect(port.readSnapshot({ kind: "range", sheetName: "Kosten", address: "B2:" })).rejects.toThrow("Ongeldig bereik");
  });
});

describe("MemoryWorkbookPort.writeTable", () => {
  it("writes title, header, body, total row, notes, formats, table, chart and conditional fills to a new sheet", async () => {
    const port = new MemoryWorkbookPort(kostenBook());
    const before = (await port.readSnapshot({ kind: "usedRange", sheetName: "Kosten" })).values;
    const written = await port.writeTable(spec);
    expect(written).toEqual({ sheetName: "Verdeling 2024", tableName: "SD_Verdeling_2024", tableAddress: "A3:B6", headerAddress: "A3:B3" });
    expect(await port.listSheets()).toEqual({ names: ["Kosten", "Leeg", "Verdeling 2024"], active: "Verdeling 2024" });
    expect(port.values("Verdeling 2024")).toEqual([
      ["Verdeling kosten 2024", ""],
      ["", ""],
      ["Gemeente", "Bedrag"],
      ["Boekel", 30983],
      ["Oss", 258191],
      ["Totaal", 289174],
      ["", ""],
      ["Bron: begroting 2024", ""],
      ["Versie", "0.1.0"],
      ["", ""],
      // an Excel chart takes series values from cells: the extra series is written below the notes
      ["Gegevens voor de grafiek", ""],
      ["Plafond", 50000],
    ]);
    const table = await port.readSnapshot({ kind: "table", tableName: "SD_Verdeling_2024" });
    expect(table.tableName).toBe("SD_Verdeling_2024");
    expect(table.formulas[3]).toEqual(["Totaal", "=SUM(B4:B5)"]);
    expect(table.formulas[2]).toEqual(["Oss", "=B4+0"]);
    expect(table.numberFormat[1]).toEqual(["@", FORMATS.euro]); // text cells are formatted as text
    const display = port.display("Verdeling 2024");
    expect(display[0][0].bold).toBe(true);
    expect(display[2][1].bold).toBe(true);
    expect(display[5][1].bold).toBe(true);
    expect(display[3][1].fill).toBeUndefined();
    expect(display[4][1].fill).toBe("#FFC7CE");
    expect(port.columnWidths("Verdeling 2024")).toEqual([null, 80]);
    expect(port.charts("Verdeling 2024")).toEqual([
      {
        sheetName: "Verdeling 2024",
        title: "Bedragen",
        categories: ["Bedrag"],
        series: [{ name: "Boekel", values: [30983] }, { name: "Plafond", values: [50000] }],
        position: ["D3", "K18"],
      },
    ]);
    expect(await port.listTables()).toEqual([{ name: "SD_Verdeling_2024", sheetName: "Verdeling 2024", address: "A3:B6" }]);
    expect((await port.readSnapshot({ kind: "usedRange", sheetName: "Kosten" })).values).toEqual(before);
  });

  it("never reuses a sheet or table name: appends (2), (3) and keeps Excel's 31-character limit", async () => {
    const port = new MemoryWorkbookPort(kostenBook());
    const first = await port.writeTable({ ...spec, sheetName: "kosten" });
    expect(first.sheetName).toBe("kosten (2)");
    const long = "Verdeling per gemeente begroting 2024 definitief";
    const a = await port.writeTable({ ...spec, sheetName: long, tableName: "Verdeling" });
    const b = await port.writeTable({ ...spec, sheetName: long, tableName: "Verdeling" });
    expect(a.sheetName).toBe(long.slice(0, 31));
    expect(b.sheetName).toBe(`${long.slice(0, 27).trimEnd()} (2)`);
    expect(b.sheetName.length).toBeLessThanOrEqual(31);
    expect([a.tableName, b.tableName]).toEqual(["Verdeling", "Verdeling_2"]);
    expect((await port.writeTable({ ...spec, sheetName: "Q1/Q2: [x]" })).sheetName).toBe("Q1 Q2 x");
  });

  it("starts at A1 without a title and writes nothing for a malformed spec", async () => {
    const port = new MemoryWorkbookPort(kostenBook());
    const plain = await port.writeTable({ sheetName: "Plat", columns: [{ header: "X" }], rows: [[1], [2]] });
    expect(plain).toMatchObject({ tableAddress: "A1:A3", headerAddress: "A1" });
    const before = port.serialize();
    await expect(port.writeTable({ ...spec, rows: [["Boekel"]] })).rejects.toThrow("Rij 1 van de tabel heeft 1 cel, de tabel heeft 2 kolommen; er is niets geschreven.");
    await expect(port.writeTable({ ...spec, totalRow: { values: ["Totaal"] } })).rejects.toThrow("Totaal-rij");
    await expect(port.writeTable({ ...spec, chart: { ...(spec.chart as LineChartSpec), seriesRows: [5] } })).rejects.toThrow("grafiek");
    expect(port.serialize()).toBe(before);
  });
});

describe("MemoryWorkbookPort sheet view support", () => {
  it("gives the sheet view only the first rows it shows, and the real row count", async () => {
    const port = new MemoryWorkbookPort(kostenBook());
    const rows = Array.from({ length: 2000 }, (_, i) => [`Regel ${i + 1}`, i]);
    await port.writeTable({ sheetName: "Groot", columns: [{ header: "Regel" }, { header: "Waarde" }], rows, notes: [["Bron: test"]] });
    // header, 2000 body rows, one blank row, the note
    expect(port.rowCount("Groot")).toBe(2003);
    const shown = port.display("Groot", 500);
    expect(shown).toHaveLength(500);
    expect(shown[499].map((c) => c.value)).toEqual(["Regel 499", 498]);
    expect(port.rowCount("Leeg")).toBe(0);
    expect(port.display("Leeg")).toEqual([]);
  });
});

describe("MemoryWorkbookPort.updateCells", () => {
  it("changes only the listed cells and evaluates formulas", async () => {
    const port = new MemoryWorkbookPort(kostenBook());
    await port.updateCells("Kosten", [
      { address: "A2", expected: "Bemheze", content: "Bernheze" },
      { address: "D7", expected: 797000, content: "=SUM(D2:D6)" },
    ]);
    const snap = await port.readSnapshot({ kind: "range", sheetName: "Kosten", address: "A2:D7" });
    expect(snap.values[0][0]).toBe("Bernheze");
    // the printed municipality amounts add up to the printed total
    expect(snap.values[5][3]).toBe(89088 + 30983 + 254798 + 163940 + 258191);
    expect(snap.values[5][3]).toBe(797000);
    expect(snap.formulas[5][3]).toBe("=SUM(D2:D6)");
  });

  it("throws PortConflictError and writes nothing when one cell no longer holds the expected value", async () => {
    const port = new MemoryWorkbookPort(kostenBook());
    const before = port.serialize();
    const attempt = port.updateCells("Kosten", [
      { address: "A2", expected: "Bemheze", content: "Bernheze" },
      { address: "B3", expected: 11031, content: 11030 },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(PortConflictError);
    await expect(attempt).rejects.toMatchObject({ address: "B3", message: expect.stringContaining("Kosten!B3 is gewijzigd") });
    expect(port.serialize()).toBe(before);
  });

  it("compares a formula cell by its formula and shows #NAME? for formulas the preview cannot compute", async () => {
    const port = new MemoryWorkbookPort(kostenBook());
    await port.updateCells("Kosten", [{ address: "I7", expected: 1538031, content: "=SUM(I2:I6)" }]);
    await expect(port.updateCells("Kosten", [{ address: "I7", expected: 1538031, content: 1 }])).rejects.toThrow(PortConflictError);
    await port.updateCells("Kosten", [{ address: "I7", expected: "=SUM(I2:I6)", content: "=VLOOKUP(A2,A1:B7,2,FALSE)" }]);
    expect((await port.readSnapshot({ kind: "range", sheetName: "Kosten", address: "I7" })).values).toEqual([["#NAME?"]]);
    await expect(port.updateCells("Kosten", [{ address: "A1:A2", expected: "", content: 1 }])).rejects.toThrow("geef één cel op");
  });
});

describe("MemoryWorkbookPort highlights and settings", () => {
  it("overlapping ranges of two groups cleared at once end with the true originals", async () => {
    const book = kostenBook();
    book.sheets[0].cells[1][1] = { value: 31715, fill: "#FFFF00" };
    const port = new MemoryWorkbookPort(book);
    await port.addHighlights("Kosten", [{ address: "B2:B3", fill: "#FF0000" }], "controle");
    await port.addHighlights("Kosten", [{ address: "B2", fill: "#00FF00" }], "verdelen");
    expect(await port.clearHighlights()).toBe(2);
    expect(port.display("Kosten").slice(1, 3).map((row) => row[1].fill)).toEqual(["#FFFF00", undefined]);
  });

  it("restores the original fills exactly, per group and all at once", async () => {
    const book = kostenBook();
    book.sheets[0].cells[1][1] = { value: 31715, fill: "#FFFF00" };
    const port = new MemoryWorkbookPort(book);
    const pristine = port.serialize();
    await port.addHighlights("Kosten", [{ address: "B2:C2", fill: "#FF0000" }], "controle");
    await port.addHighlights("Kosten", [{ address: "B2", fill: "#00FF00" }, { address: "Z99", fill: "#00FF00" }], "verdelen");
    expect(port.display("Kosten")[1][1].fill).toBe("#00FF00");
    expect(port.display("Kosten")[1][2].fill).toBe("#FF0000");
    const stored = await port.getSetting<Record<string, unknown[]>>(SETTINGS_KEYS.highlights);
    expect(Object.keys(stored ?? {})).toEqual(["controle", "verdelen"]);
    // the same record as the Excel adapter keeps (src/excel/highlightStore.ts)
    expect(stored?.controle).toEqual([{ sheet: "Kosten", address: "B2:C2", fills: [["#FFFF00", null]] }]);
    expect(await port.clearHighlights("verdelen")).toBe(2);
    expect(port.display("Kosten")[1][1].fill).toBe("#FF0000");
    expect(await port.clearHighlights()).toBe(1);
    expect(port.display("Kosten")[1][1].fill).toBe("#FFFF00");
    expect(port.display("Kosten")[1][2].fill).toBeUndefined();
    expect(await port.clearHighlights()).toBe(0);
    // the empty cell Z99 got a fill and lost it again; its (empty) cell object may remain
    const again = new MemoryWorkbookPort(JSON.parse(port.serialize()) as MemoryWorkbook);
    expect((await again.readSnapshot({ kind: "usedRange", sheetName: "Kosten" })).address).toBe("A1:I7");
    expect(JSON.parse(port.serialize()).settings).toEqual(JSON.parse(pristine).settings);
  });

  it("stores settings as JSON copies and notifies subscribers of every change", async () => {
    const port = new MemoryWorkbookPort();
    const seen: number[] = [];
    const unsubscribe = port.subscribe(() => seen.push(seen.length));
    const value = { reeks: "CBS", jaren: [2023, 2024] };
    await port.setSetting("sd.test", value);
    value.jaren.push(2025);
    expect(await port.getSetting("sd.test")).toEqual({ reeks: "CBS", jaren: [2023, 2024] });
    await port.removeSetting("sd.test");
    expect(await port.getSetting("sd.test")).toBeUndefined();
    expect(seen).toHaveLength(2);
    await port.setSetting("sd.other", [1]);
    await port.setSetting("sd.other", undefined);
    expect(await port.getSetting("sd.other")).toBeUndefined();
    seen.length = 2;
    unsubscribe();
    await port.setSetting("sd.test", 1);
    expect(seen).toHaveLength(2);
  });

  it("serializes deterministically regardless of key order", async () => {
    const a = new MemoryWorkbookPort();
    const b = new MemoryWorkbookPort();
    await a.setSetting("x", { p: 1, q: 2 });
    await b.setSetting("x", { q: 2, p: 1 });
    expect(a.serialize()).toBe(b.serialize());
    await b.select("Blad1", "C3");
    expect(a.serialize()).not.toBe(b.serialize());
    expect(b.selection).toEqual({ sheetName: "Blad1", address: "C3" });
  });
});
