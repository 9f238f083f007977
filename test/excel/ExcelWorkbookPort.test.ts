/**
 * ExcelWorkbookPort on office-addin-mock: every operation costs the same, small number of
 * context.sync() round trips at 10 and at 10,000 rows, and the right values, formulas, formats,
 * fills and settings arrive in the (mock) workbook.
 */
import fixture2024 from "../fixtures/002-kosten-per-gemeente-2024.json";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { PortConflictError, PortError, SETTINGS_KEYS, type CellValue, type TableSpec, type WorkbookPort } from "../../src/excel/WorkbookPort";
import { FORMATS } from "../../src/excel/formats";
import { countSyncs, createExcelMock, type ExcelMock, type ExcelMockOptions } from "./excelMock";

const SIZES = [10, 10_000] as const;
const cells2024 = fixture2024.cells as CellValue[][];
const HEADER = cells2024[0];
const MUNICIPALITIES = cells2024.slice(1, -1);

/** A data sheet of `n` body rows cycling through the 002 table (header in row 1). */
function dataSheet(n: number): CellValue[][] {
  const rows: CellValue[][] = [HEADER];
  for (let i = 0; i < n; i++) {
    const source = MUNICIPALITIES[i % MUNICIPALITIES.length];
    rows.push([`${source[0]} ${i + 1}`, ...source.slice(1)]);
  }
  return rows;
}

function setup(n: number, extra: Partial<ExcelMockOptions> = {}): { mock: ExcelMock; port: WorkbookPort } {
  const mock = createExcelMock({
    sheets: { Gegevens: dataSheet(n), Notities: [["Zie blad Gegevens"]] },
    tables: [{ name: "Kosten", sheet: "Gegevens", address: `A1:I${n + 1}` }],
    selection: { sheet: "Gegevens", address: "B2" },
    ...extra,
  });
  return { mock, port: new ExcelWorkbookPort(mock.run) };
}

/** A table spec of `n` body rows with formulas, total, notes, conditional fills and a chart. */
function bigSpec(n: number): TableSpec {
  const rows: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const [name, inhabitants, , purchase, supervision] = MUNICIPALITIES[i % MUNICIPALITIES.length];
    const sum = (purchase as number) + (supervision as number);
    rows.push([`${name} ${i + 1}`, inhabitants, purchase, supervision, sum]);
    formulas.push([null, null, null, null, `=C${i + 4}+D${i + 4}`]);
  }
  return {
    sheetName: "Verdeling",
    title: "Verdeling test",
    columns: [
      { header: "Gemeente" },
      { header: "Inwoners", numberFormat: FORMATS.integer },
      { header: "Inkoop", numberFormat: FORMATS.euro },
      { header: "Toezicht", numberFormat: FORMATS.euro },
      { header: "Totaal", numberFormat: FORMATS.euro, alignment: "right", width: 80 },
    ],
    rows,
    formulas,
    totalRow: { values: ["Totaal", 0, 0, 0, 0], formulas: [null, `=SUM(B4:B${n + 3})`, `=SUM(C4:C${n + 3})`, `=SUM(D4:D${n + 3})`, `=SUM(E4:E${n + 3})`] },
    notes: [["Bron: 002 Begroting 2024"], ["Versie", "0.1.0"]],
    conditionalFills: [{ rows: [0, n - 1], columns: [2, 2], greaterThan: { column: 3 }, fill: "#FFC7CE" }],
    chart: { title: "Kosten", seriesRows: [0, 1], columns: [2, 4], extraSeries: [{ name: "Plafond", values: [1, 2, 3] }] },
  };
}

interface Operation {
  name: string;
  /** the exact round trips the operation costs, whatever the size */
  syncs: number;
  prepare?: (port: WorkbookPort, mock: ExcelMock, n: number) => Promise<void>;
  act: (port: WorkbookPort, n: number) => Promise<unknown>;
}

const OPERATIONS: Operation[] = [
  { name: "listSheets", syncs: 1, act: (port) => port.listSheets() },
  { name: "listTables", syncs: 2, act: (port) => port.listTables() },
  { name: "readSnapshot selection (expand to table)", syncs: 2, act: (port) => port.readSnapshot({ kind: "selection", expand: true }) },
  { name: "readSnapshot usedRange", syncs: 1, act: (port) => port.readSnapshot({ kind: "usedRange", sheetName: "Gegevens" }) },
  { name: "readSnapshot range", syncs: 1, act: (port, n) => port.readSnapshot({ kind: "range", sheetName: "Gegevens", address: `A1:I${n + 1}` }) },
  { name: "readSnapshot table", syncs: 1, act: (port) => port.readSnapshot({ kind: "table", tableName: "Kosten" }) },
  { name: "readAllSheets", syncs: 2, act: (port) => port.readAllSheets() },
  { name: "writeTable", syncs: 2, act: (port, n) => port.writeTable(bigSpec(n)) },
  {
    name: "updateCells",
    syncs: 2,
    act: (port, n) =>
      port.updateCells(
        "Gegevens",
        Array.from({ length: n }, (_, i) => ({ address: `D${i + 2}`, expected: MUNICIPALITIES[i % 5][3], content: 1 })),
      ),
  },
  { name: "select", syncs: 1, act: (port, n) => port.select("Gegevens", `A2:I${n + 1}`) },
  {
    name: "addHighlights",
    syncs: 2,
    act: (port, n) => port.addHighlights("Gegevens", Array.from({ length: n }, (_, i) => ({ address: `A${i + 2}`, fill: "#FFEB9C" })), "controleren"),
  },
  {
    name: "clearHighlights",
    syncs: 2,
    // seeded as addHighlights leaves it (that path is measured above), with every other cell originally filled
    prepare: async (_port, mock, n) => {
      const records = Array.from({ length: n }, (_, i) => ({ sheet: "Gegevens", address: `A${i + 2}`, fills: [[i % 2 ? "#DDEBF7" : null]] }));
      mock.state.settings.set(SETTINGS_KEYS.highlights, JSON.stringify({ controleren: records }));
      mock.setCells("Gegevens", { [`A2:A${n + 1}`]: { fill: "#FFEB9C" } });
    },
    act: async (port, n) => expect(await port.clearHighlights()).toBe(n),
  },
  { name: "getSetting", syncs: 1, prepare: (port, _m, n) => port.setSetting("sd.test", Array.from({ length: n }, (_, i) => i)), act: (port) => port.getSetting("sd.test") },
  { name: "setSetting", syncs: 1, act: (port, n) => port.setSetting("sd.test", Array.from({ length: n }, (_, i) => i)) },
  { name: "removeSetting", syncs: 2, prepare: (port, _m, n) => port.setSetting("sd.test", Array.from({ length: n }, (_, i) => i)), act: (port) => port.removeSetting("sd.test") },
];

describe("round trips: at most 3 context.sync() calls, the same at 10 and 10,000 rows", () => {
  test.each(OPERATIONS.map((op) => [op.name, op] as const))("%s", async (_name, op) => {
    const counts: number[] = [];
    for (const n of SIZES) {
      const { mock, port } = setup(n);
      await op.prepare?.(port, mock, n);
      const sync = jest.spyOn(mock.context, "sync");
      const syncs = await countSyncs(mock, () => op.act(port, n));
      expect(sync).toHaveBeenCalledTimes(syncs);
      counts.push(syncs);
    }
    expect(counts).toEqual([op.syncs, op.syncs]);
    expect(op.syncs).toBeLessThanOrEqual(3);
  });
});

describe("the mock is strict, so the counts above mean something", () => {
  test("a property read before load + sync is the mock's not-loaded text, not the value", async () => {
    const { mock } = setup(10);
    const seen = await mock.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Gegevens").getRange("A2");
      const before = range.values as unknown;
      range.load("values");
      await context.sync();
      return [before, range.values];
    });
    expect(seen).toEqual(["Error, property was not loaded", [["Bemheze 1"]]]);
  });

  test("writes reach the workbook only at sync, and a batch that never syncs them fails", async () => {
    const { mock } = setup(10);
    await expect(
      mock.run(async (context) => {
        context.workbook.worksheets.getItem("Gegevens").getRange("A2").values = [["Bernheze"]];
      }),
    ).rejects.toThrow(/zonder context.sync/);
    expect(mock.values("Gegevens", "A2")).toEqual([["Bemheze 1"]]);
  });

  test("writing back the loaded array, changed in place, is a write too", async () => {
    const { mock } = setup(10);
    await mock.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Gegevens").getRange("A2:B2").load("values");
      await context.sync();
      const values = range.values;
      values[0][0] = "Bernheze";
      range.values = values;
      await context.sync();
    });
    expect(mock.values("Gegevens", "A2:B2")).toEqual([["Bernheze", 31715]]);
  });
});

describe("writeTable", () => {
  const spec2024: TableSpec = {
    sheetName: "Kosten per gemeente 2024",
    title: fixture2024.title,
    columns: HEADER.map((h, c) => ({
      header: String(h),
      numberFormat: c === 0 ? undefined : c === 1 ? FORMATS.integer : c === 2 ? FORMATS.percent0 : FORMATS.euro,
    })),
    rows: MUNICIPALITIES.map((r) => r.map((v, c) => (c === 2 ? (v as number) / 100 : v))),
    totalRow: {
      values: cells2024[6].map((v, c) => (c === 2 ? 1 : v)),
      formulas: HEADER.map((_, c) => (c === 0 ? null : `=SUM(${"ABCDEFGHI"[c]}4:${"ABCDEFGHI"[c]}8)`)),
    },
    notes: [["Bron", "002 Inkoopplan, §6.4"], ["Peildatum inwoners", "01-01-2022"]],
  };

  test("writes the published 2024 table on a new sheet: values, formats, bold header, Totaal row, notes", async () => {
    const { mock, port } = setup(10, { sheets: { "Kosten per gemeente 2024": [["eigen werk"]] } , tables: [], selection: null });
    const before = mock.values("Kosten per gemeente 2024", "A1:C3");
    const written = await port.writeTable(spec2024);

    expect(written).toEqual({
      sheetName: "Kosten per gemeente 2024 (2)",
      tableName: "SD_Kosten_per_gemeente_2024_2",
      tableAddress: "A3:I9",
      headerAddress: "A3:I3",
    });
    const sheet = written.sheetName;
    expect(mock.values("Kosten per gemeente 2024", "A1:C3")).toEqual(before);
    expect(mock.values(sheet, "A1")).toEqual([[fixture2024.title]]);
    expect(mock.bold(sheet, "A1")).toEqual([[true]]);
    expect(mock.values(sheet, "A3:I3")).toEqual([HEADER]);
    expect(mock.bold(sheet, "A3:I3")[0].every(Boolean)).toBe(true);
    expect(mock.values(sheet, "A4:I4")).toEqual([["Bemheze", 31715, 0.11, 89088, 38910, 14084, 142083, 29837, 171920]]);
    expect(mock.values(sheet, "A8:B8")).toEqual([["Oss", 91915]]);
    expect(mock.numberFormats(sheet, "B4:D4")).toEqual([[FORMATS.integer, FORMATS.percent0, FORMATS.euro]]);
    expect(mock.formulas(sheet, "A9:E9")).toEqual([["Totaal", "=SUM(B4:B8)", "=SUM(C4:C8)", "=SUM(D4:D8)", "=SUM(E4:E8)"]]);
    expect(mock.numberFormats(sheet, "I9")).toEqual([[FORMATS.euro]]);
    expect(mock.bold(sheet, "A9:I9")[0].every(Boolean)).toBe(true);
    expect(mock.values(sheet, "A11:B12")).toEqual([["Bron", "002 Inkoopplan, §6.4"], ["Peildatum inwoners", "01-01-2022"]]);
    expect(mock.state.tables).toEqual([{ name: "SD_Kosten_per_gemeente_2024_2", sheet, address: "A3:I8", showTotals: true, style: "TableStyleMedium2" }]);
    expect(mock.state.active).toBe(sheet);
  });

  test("conditional fills, column formats and the line chart arrive where the spec says", async () => {
    const { mock, port } = setup(10);
    const written = await port.writeTable(bigSpec(10));
    const sheet = written.sheetName;
    expect(mock.formulas(sheet, "E4:E5")).toEqual([["=C4+D4"], ["=C5+D5"]]);
    expect(mock.formulas(sheet, "B14")).toEqual([["=SUM(B4:B13)"]]);
    expect(mock.state.conditionalFormats).toEqual([
      { sheet, address: "C4:C13", type: "CellValue", fill: "#FFC7CE", rule: { formula1: "=$D4", operator: "GreaterThan" } },
    ]);
    expect(mock.sheet(sheet).columnWidths.get(4)).toBe(80);
    expect(mock.sheet(sheet).cells.get("4:4")?.alignment).toBe("Right");
    // extra series are written out as cells, labelled, below the notes
    expect(mock.values(sheet, "A19:D20")).toEqual([["Gegevens voor de grafiek", "", "", ""], ["Plafond", 1, 2, 3]]);
    expect(mock.state.charts).toEqual([
      {
        sheet,
        type: "Line",
        source: `${sheet}!C4:E4`,
        seriesBy: "Rows",
        title: { text: "Kosten" },
        series: [
          { name: "Bemheze 1", values: `${sheet}!C4:E4`, xAxis: `${sheet}!C3:E3` },
          { name: "Boekel 2", values: `${sheet}!C5:E5`, xAxis: `${sheet}!C3:E3` },
          { name: "Plafond", values: `${sheet}!B20:D20`, xAxis: `${sheet}!C3:E3` },
        ],
        position: ["G3", "N18"],
      },
    ]);
  });

  test("at 10,000 rows the last body row, its formula and the Totaal row arrive in place", async () => {
    const { mock, port } = setup(10);
    const written = await port.writeTable(bigSpec(10_000));
    expect(written.tableAddress).toBe("A3:E10004");
    const sheet = written.sheetName;
    expect(mock.formulas(sheet, "A10003:E10004")).toEqual([
      ["Oss 10000", 91915, 258191, 112768, "=C10003+D10003"],
      ["Totaal", "=SUM(B4:B10003)", "=SUM(C4:C10003)", "=SUM(D4:D10003)", "=SUM(E4:E10003)"],
    ]);
    expect(mock.numberFormats(sheet, "C10003:C10004")).toEqual([[FORMATS.euro], [FORMATS.euro]]);
    expect(mock.state.conditionalFormats[0].address).toBe("C4:C10003");
  });

  test("a second run gets its own sheet and table name; the first result is untouched", async () => {
    const { mock, port } = setup(10);
    const first = await port.writeTable(bigSpec(10));
    const firstCells = mock.formulas(first.sheetName, "A1:E14");
    const second = await port.writeTable(bigSpec(10));
    expect([first.sheetName, second.sheetName]).toEqual(["Verdeling", "Verdeling (2)"]);
    expect([first.tableName, second.tableName]).toEqual(["SD_Verdeling", "SD_Verdeling_2"]);
    expect(mock.formulas(first.sheetName, "A1:E14")).toEqual(firstCells);
  });

  test("a row of the wrong width is refused before anything is sent to Excel", async () => {
    const { mock, port } = setup(10);
    const sheetsBefore = mock.state.sheets.map((s) => s.name);
    const spec = { ...bigSpec(3), rows: [["Venlo", 1, 2, 3]] as CellValue[][], formulas: undefined };
    await expect(port.writeTable(spec)).rejects.toThrow(new PortError("Rij 1 van de tabel heeft 4 cellen, de tabel heeft 5 kolommen; er is niets geschreven."));
    expect(mock.syncCount()).toBe(0);
    expect(mock.state.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  });
});

describe("readSnapshot", () => {
  test("a single selected cell inside a table grows to the whole table", async () => {
    const { port } = setup(10);
    const snap = await port.readSnapshot({ kind: "selection", expand: true });
    expect(snap).toMatchObject({ sheetName: "Gegevens", address: "A1:I11", topLeft: "A1", tableName: "Kosten" });
    expect(snap.values[1]).toEqual(["Bemheze 1", 31715, 11, 89088, 38910, 14084, 142083, 29837, 171920]);
    expect(snap.numberFormat[1][1]).toBe("General");
  });

  test("a single selected cell outside tables grows to its surrounding region", async () => {
    const { port } = setup(10, {
      tables: [],
      sheets: { Blad1: [["Tarieven"], [], ["Code", "Tarief"], ["45A", 61.2], ["45B", 70.05]], Blad2: [] },
      selection: { sheet: "Blad1", address: "B4" },
    });
    const snap = await port.readSnapshot({ kind: "selection", expand: true });
    expect(snap).toMatchObject({ sheetName: "Blad1", address: "A3:B5", values: [["Code", "Tarief"], ["45A", 61.2], ["45B", 70.05]] });
    expect(snap.tableName).toBeUndefined();
  });

  test("a selection of whole rows is cut to the used range; inside a table it names the table", async () => {
    const { port } = setup(10, { selection: { sheet: "Gegevens", address: "A3:Z500" } });
    const snap = await port.readSnapshot({ kind: "selection" });
    expect(snap.address).toBe("A3:I11");
    expect(snap.values.length).toBe(9);
    expect(snap.tableName).toBe("Kosten");
  });

  test("formulas are read next to their values", async () => {
    const { port } = setup(10, { cells: { Gegevens: { J2: { value: 31716, formula: "=B2+1" } } }, tables: [] });
    const snap = await port.readSnapshot({ kind: "range", sheetName: "Gegevens", address: "Gegevens!I2:J2" });
    expect(snap).toMatchObject({ address: "I2:J2", values: [[171920, 31716]], formulas: [[171920, "=B2+1"]] });
  });

  test("no usable selection, a missing sheet or table, an empty sheet and a bad address give Dutch messages", async () => {
    const { port } = setup(10, { selection: null, sheets: { Gegevens: dataSheet(2), Leeg: [] } });
    await expect(port.readSnapshot({ kind: "selection" })).rejects.toThrow(/^Er is geen bruikbare selectie\. Selecteer één aaneengesloten bereik/);
    await expect(port.readSnapshot({ kind: "usedRange", sheetName: "Kosten 2025" })).rejects.toThrow(
      new PortError('Het blad "Kosten 2025" bestaat niet (meer). Controleer de bladnaam of kies het blad opnieuw.'),
    );
    await expect(port.readSnapshot({ kind: "table", tableName: "Tarieven" })).rejects.toThrow(
      new PortError('De tabel "Tarieven" bestaat niet (meer) in deze werkmap. Kies de tabel opnieuw.'),
    );
    await expect(port.readSnapshot({ kind: "usedRange", sheetName: "Leeg" })).rejects.toThrow('Het blad "Leeg" is leeg: er staat niets om te lezen.');
    await expect(port.readSnapshot({ kind: "range", sheetName: "Gegevens", address: "K1:K4" })).rejects.toThrow(
      'Het bereik K1:K4 op blad "Gegevens" is leeg.',
    );
    await expect(port.readSnapshot({ kind: "range", sheetName: "Gegevens", address: "B2:" })).rejects.toThrow(
      '"B2:" is geen geldig celadres; gebruik bijvoorbeeld B2 of B2:D9.',
    );
  });

  test("readAllSheets leaves out empty sheets", async () => {
    const { port } = setup(3, { sheets: { Gegevens: dataSheet(3), Leeg: [], Notities: [["Zie blad Gegevens"]] } });
    const all = await port.readAllSheets();
    expect(all.map((s) => [s.sheetName, s.address])).toEqual([["Gegevens", "A1:I4"], ["Notities", "A1"]]);
  });

  test("listSheets and listTables report names and addresses without sheet prefix", async () => {
    const { port } = setup(4, { sheets: { "Kosten 2024": dataSheet(4) }, tables: [{ name: "Kosten", sheet: "Kosten 2024", address: "A1:I5" }] });
    expect(await port.listSheets()).toEqual({ names: ["Kosten 2024"], active: "Kosten 2024" });
    expect(await port.listTables()).toEqual([{ name: "Kosten", sheetName: "Kosten 2024", address: "A1:I5" }]);
  });
});

describe("updateCells", () => {
  test("writes values and formulas into exactly the listed cells", async () => {
    const { mock, port } = setup(10);
    await port.updateCells("Gegevens", [
      { address: "A2", expected: " Bemheze 1 ", content: "Bernheze" },
      { address: "E7", expected: 38910, content: "=SUM(E2:E6)" },
    ]);
    expect(mock.formulas("Gegevens", "A2:A3")).toEqual([["Bernheze"], ["Boekel 2"]]);
    expect(mock.formulas("Gegevens", "E7")).toEqual([["=SUM(E2:E6)"]]);
    expect(mock.formulas("Gegevens", "E6")).toEqual([[112768]]);
  });

  test("a cell changed since reading stops the whole update, names the cell and writes nothing", async () => {
    const { mock, port } = setup(10);
    const before = mock.formulas("Gegevens", "A1:I11");
    const attempt = port.updateCells("Gegevens", [
      { address: "A2", expected: "Bemheze 1", content: "Bernheze" },
      { address: "D3", expected: 30984, content: 30983 },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(PortConflictError);
    await expect(attempt).rejects.toMatchObject({
      address: "D3",
      message:
        'Cel D3 op blad "Gegevens" is gewijzigd sinds het lezen (verwacht 30984, nu 30983). Er is niets geschreven; lees de gegevens opnieuw en probeer het nog eens.',
    });
    expect(mock.formulas("Gegevens", "A1:I11")).toEqual(before);
  });

  test("a number and the same digits as text are not the same content", async () => {
    const { mock, port } = setup(10);
    await expect(port.updateCells("Gegevens", [{ address: "B2", expected: "31715", content: 1 }])).rejects.toBeInstanceOf(PortConflictError);
    expect(mock.values("Gegevens", "B2")).toEqual([[31715]]);
  });

  test("a range or a missing sheet is refused in Dutch", async () => {
    const { port } = setup(10);
    await expect(port.updateCells("Gegevens", [{ address: "A2:A3", expected: "", content: 1 }])).rejects.toThrow(
      '"A2:A3" is geen adres van één cel; gebruik bijvoorbeeld D7.',
    );
    await expect(port.updateCells("Blad9", [{ address: "A2", expected: "", content: 1 }])).rejects.toThrow('Het blad "Blad9" bestaat niet (meer).');
  });
});

describe("highlights", () => {
  test("restore each cell's own fill: colours come back, unfilled cells are cleared, not painted white", async () => {
    const { mock, port } = setup(10, { cells: { Gegevens: { A2: { fill: "#FFC000" }, C3: { fill: "#DDEBF7" } } } });
    await port.addHighlights("Gegevens", [{ address: "A2", fill: "#FF0000" }, { address: "A3:C3", fill: "#FFEB9C" }], "controleren");
    expect(mock.fills("Gegevens", "A2:C3")).toEqual([["#FF0000", null, null], ["#FFEB9C", "#FFEB9C", "#FFEB9C"]]);
    expect(JSON.parse(mock.state.settings.get(SETTINGS_KEYS.highlights) as string)).toEqual({
      controleren: [
        { sheet: "Gegevens", address: "A2", fills: [["#FFC000"]], highlight: "#FF0000" },
        { sheet: "Gegevens", address: "A3:C3", fills: [[null, null, "#DDEBF7"]], highlight: "#FFEB9C" },
      ],
    });

    expect(await port.clearHighlights("controleren")).toBe(2);
    expect(mock.fills("Gegevens", "A2:C3")).toEqual([["#FFC000", null, null], [null, null, "#DDEBF7"]]);
    expect(mock.state.settings.has(SETTINGS_KEYS.highlights)).toBe(false);
  });

  test("groups are cleared one at a time; a second highlight of the same cell keeps the first original", async () => {
    const { mock, port } = setup(10, { cells: { Gegevens: { B2: { fill: "#C6EFCE" } } } });
    await port.addHighlights("Gegevens", [{ address: "B2", fill: "#FF0000" }], "controleren");
    await port.addHighlights("Gegevens", [{ address: "B2", fill: "#FFEB9C" }], "controleren");
    await port.addHighlights("Gegevens", [{ address: "D2", fill: "#FFEB9C" }], "verdelen");
    expect(await port.clearHighlights("verdelen")).toBe(1);
    expect(mock.fills("Gegevens", "B2:D2")).toEqual([["#FFEB9C", null, null]]);
    expect(await port.clearHighlights()).toBe(1);
    expect(mock.fills("Gegevens", "B2")).toEqual([["#C6EFCE"]]);
    expect(await port.clearHighlights()).toBe(0);
  });

  test("two groups on the same cell: clearing one keeps the other's colour, clearing both restores the original", async () => {
    for (const order of [["controleren", "verdelen"], ["verdelen", "controleren"]]) {
      const { mock, port } = setup(10, { cells: { Gegevens: { C4: { fill: "#C6EFCE" } } } });
      await port.addHighlights("Gegevens", [{ address: "C4", fill: "#FF0000" }], "controleren");
      await port.addHighlights("Gegevens", [{ address: "c4", fill: "#FFEB9C" }], "verdelen");
      expect(await port.clearHighlights(order[0])).toBe(1);
      expect(mock.fills("Gegevens", "C4")).toEqual([[order[0] === "controleren" ? "#FFEB9C" : "#FF0000"]]);
      expect(await port.clearHighlights(order[1])).toBe(1);
      expect(mock.fills("Gegevens", "C4")).toEqual([["#C6EFCE"]]);
    }
  });

  test("overlapping ranges of two groups cleared at once end with the true originals", async () => {
    const { mock, port } = setup(10, { cells: { Gegevens: { B2: { fill: "#C6EFCE" } } } });
    await port.addHighlights("Gegevens", [{ address: "B2:B3", fill: "#FF0000" }], "controleren");
    await port.addHighlights("Gegevens", [{ address: "B2", fill: "#FFEB9C" }], "verdelen");
    expect(await port.clearHighlights()).toBe(2);
    expect(mock.fills("Gegevens", "B2:B3")).toEqual([["#C6EFCE"], [null]]);
  });

  test("highlights on a sheet deleted since are skipped", async () => {
    const { mock, port } = setup(10);
    await port.addHighlights("Notities", [{ address: "A1", fill: "#FF0000" }], "controleren");
    mock.state.sheets = mock.state.sheets.filter((s) => s.name !== "Notities");
    expect(await port.clearHighlights()).toBe(0);
  });
});

describe("select and settings", () => {
  test("select activates the sheet and selects the range", async () => {
    const { mock, port } = setup(10);
    await port.select("Notities", "$A$1");
    expect(mock.state.active).toBe("Notities");
    expect(mock.state.selection).toEqual({ sheet: "Notities", address: "A1" });
    await expect(port.select("Weg", "A1")).rejects.toThrow('Het blad "Weg" bestaat niet (meer).');
  });

  test("settings round-trip JSON values and are stored in the workbook as JSON text", async () => {
    const { mock, port } = setup(10);
    const value = { bron: "CBS", peildatum: "2022-01-01", inwoners: [31715, 11030] };
    expect(await port.getSetting(SETTINGS_KEYS.populationImports)).toBeUndefined();
    await port.setSetting(SETTINGS_KEYS.populationImports, value);
    expect(mock.state.settings.get(SETTINGS_KEYS.populationImports)).toBe(JSON.stringify(value));
    expect(await port.getSetting(SETTINGS_KEYS.populationImports)).toEqual(value);
    await port.removeSetting(SETTINGS_KEYS.populationImports);
    expect(await port.getSetting(SETTINGS_KEYS.populationImports)).toBeUndefined();
    await expect(port.removeSetting(SETTINGS_KEYS.populationImports)).resolves.toBeUndefined();
  });
});

test("Excel errors any operation can meet come back as Dutch advice; nothing is written", async () => {
  const { mock, port } = setup(10);
  mock.failNextSync("InvalidOperationInCellEditMode");
  await expect(port.writeTable(bigSpec(3))).rejects.toThrow(
    new PortError("Excel is bezig met het bewerken van een cel. Druk op Enter of Esc in het werkblad en probeer het opnieuw."),
  );
  expect(mock.state.sheets.map((s) => s.name)).toEqual(["Gegevens", "Notities"]);
  mock.failNextSync("ResponsePayloadSizeLimitExceeded");
  await expect(port.readSnapshot({ kind: "usedRange" })).rejects.toThrow(/^Het bereik is te groot om in één keer te lezen/);
  mock.failNextSync("GeneralException");
  await expect(port.listSheets()).rejects.toMatchObject({ code: "GeneralException" });
});

test("outside Excel the default runner says so in Dutch instead of crashing", async () => {
  await expect(new ExcelWorkbookPort().listSheets()).rejects.toThrow(
    new PortError("Excel is niet beschikbaar. Open de Rekenhulp in Excel, of gebruik de voorbeeldweergave in de browser."),
  );
});
