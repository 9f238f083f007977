/**
 * excel_syncs_small / excel_syncs_large: `context.sync()` round trips of every pane action's
 * workbook part on the Office.js adapter (ExcelWorkbookPort) over office-addin-mock, with 10
 * and with 10,000 data rows. Each action is what one `run(…)` in a pane does (the panes read
 * the selection in one action and compute-and-write in the next), with the real engines and,
 * for Bezetting, the pane's own output builder. The metric is the maximum over actions; it
 * must not grow with the data (one batch per operation, whole ranges at once).
 */
import { ExcelWorkbookPort } from "../../../src/excel/ExcelWorkbookPort";
import type { CellValue, WorkbookPort } from "../../../src/excel/WorkbookPort";
import { FORMATS } from "../../../src/excel/formats";
import { computeOccupancy } from "../../../src/engine/occupancy";
import { outputSpec } from "../../../src/taskpane/panes/bezetting/outputSpec";
import { translate } from "../../../src/taskpane/i18n/catalogue";
import { buildAllocationTable } from "../../../src/engine/allocation";
import { validateSheet } from "../../../src/engine/validation";
import { dayNumber } from "../../../src/engine/shared/dates";
import { createExcelMock } from "../../../test/excel/excelMock";
import { emit } from "./measure";
import { budgetSheet } from "./budgetSheet";
import { generateStays, municipalityNames } from "./stays";
import { engineColumns } from "./occupancyAdapter";

type Sheets = Record<string, CellValue[][]>;

interface Action {
  name: string;
  sheets: (rows: number) => Sheets;
  selection?: (rows: number) => { sheet: string; address: string };
  /** workbook state the action needs first (not counted) */
  prepare?: (port: WorkbookPort, rows: number) => Promise<unknown>;
  body: (port: WorkbookPort, rows: number) => Promise<unknown>;
}

function staysSheet(rows: number): Sheets {
  const stays = generateStays(rows, 11, 0.1);
  const { municipality, start, end } = engineColumns(stays);
  const values: CellValue[][] = [["Cliënt", "Gemeente", "Aanbieder", "Product", "Begindatum", "Einddatum"]];
  for (let i = 0; i < rows; i++) values.push([`C${i % 997}`, municipality[i], `Aanbieder ${i % 7}`, `P${i % 5}`, start[i], end[i]]);
  return { Verblijven: values };
}

function populationSheet(rows: number): Sheets {
  const names = municipalityNames();
  const values: CellValue[][] = [["Gemeente", "Inwoneraantal"]];
  for (let i = 0; i < rows; i++) values.push([`${names[i % names.length]} ${Math.floor(i / names.length) || ""}`.trim(), 1000 + ((i * 7919) % 90000)]);
  return { Gemeenten: values };
}

function tariffSheet(rows: number): Sheets {
  const values: CellValue[][] = [["Productcode", "Omschrijving", "Eenheid", "Tarief 2024"]];
  for (let i = 0; i < rows; i++) values.push([`45A${String(i).padStart(5, "0")}`, `Product ${i + 1}`, "uur", 50 + (i % 400) / 4]);
  return { Tarieven: values };
}

const ACTIONS: Action[] = [
  {
    name: "bezetting: verblijven lezen",
    sheets: staysSheet,
    selection: () => ({ sheet: "Verblijven", address: "A1" }),
    body: (port) => port.readSnapshot({ kind: "selection", expand: true }),
  },
  {
    name: "bezetting: berekenen en blad schrijven",
    sheets: staysSheet,
    body: (port, rows) => {
      const body = staysSheet(rows).Verblijven.slice(1);
      const result = computeOccupancy(
        { client: body.map((r) => r[0]), municipality: body.map((r) => r[1]), start: body.map((r) => r[4]), end: body.map((r) => r[5]) },
        { from: dayNumber(2023, 1, 1), to: dayNumber(2024, 12, 31), capacity: { total: 50 }, onInvalidRow: "skip" },
      );
      // the pane's own output builder: table, Totaal row, capacity fills, chart and provenance
      const spec = outputSpec({
        result,
        sourceRange: `Verblijven!A1:F${rows + 1}`,
        excluded: [],
        rowLabel: (i) => `rij ${i + 2}`,
        t: (key, params) => translate("nl", key, params),
      });
      return port.writeTable(spec);
    },
  },
  {
    name: "verdelen: gemeenten lezen",
    sheets: populationSheet,
    selection: () => ({ sheet: "Gemeenten", address: "A1" }),
    body: (port) => port.readSnapshot({ kind: "selection", expand: true }),
  },
  {
    name: "verdelen: verdelen en blad schrijven",
    sheets: populationSheet,
    body: (port, rows) => {
      const municipalities = populationSheet(rows).Gemeenten.slice(1).map((r) => ({ name: String(r[0]), weight: Number(r[1]) }));
      const lines = [
        { name: "Inkooporganisatie", total: 1_234_567.89 },
        { name: "Toezicht Wmo", total: 250_000 },
        { name: "Beleidscoördinatie", total: 98_765.43 },
      ];
      const table = buildAllocationTable({ municipalities, lines, decimals: 2 });
      const asRow = (r: (typeof table.rows)[number]): CellValue[] => [r.name, r.weight, r.share, ...r.lines, r.excl, r.vat, r.incl];
      return port.writeTable({
        sheetName: "Verdeling 2024",
        columns: [
          { header: "Gemeente" },
          { header: "Inwoneraantal", numberFormat: FORMATS.integer },
          { header: "Aandeel", numberFormat: FORMATS.percent2 },
          ...lines.map((l) => ({ header: l.name, numberFormat: FORMATS.euroCents })),
          { header: "Bedrag excl. BTW", numberFormat: FORMATS.euroCents },
          { header: "BTW", numberFormat: FORMATS.euroCents },
          { header: "Totaal incl. BTW", numberFormat: FORMATS.euroCents },
        ],
        rows: table.rows.map(asRow),
        totalRow: { values: asRow(table.total) },
        notes: [["Verdeling naar inwoners, grootste overschot"]],
      });
    },
  },
  {
    name: "verdelen: CBS-cijfers in de werkmap bewaren",
    sheets: () => ({ Blad1: [["x"]] }),
    body: (port, rows) =>
      port.setSetting("sd.verdelen.inwoners", [{ year: 2026, source: "CBS 03759ned", figures: Array.from({ length: rows }, (_, i) => ({ code: `GM${i}`, name: `G${i}`, value: i })) }]),
  },
  {
    name: "indexeren: tarievenlijst lezen",
    sheets: tariffSheet,
    selection: () => ({ sheet: "Tarieven", address: "A1" }),
    body: (port) => port.readSnapshot({ kind: "selection", expand: true }),
  },
  {
    name: "indexeren: geïndexeerde lijst schrijven",
    sheets: tariffSheet,
    body: (port, rows) => {
      const body: CellValue[][] = tariffSheet(rows).Tarieven.slice(1).map((r) => [...r, 0.063, Math.round((r[3] as number) * 106.3) / 100]);
      return port.writeTable({
        sheetName: "Tarieven 2025",
        columns: ["Productcode", "Omschrijving", "Eenheid", "Tarief 2024", "Indexatie", "Tarief 2025"].map((header, c) => ({
          header,
          numberFormat: c === 4 ? FORMATS.percent2 : c >= 3 ? FORMATS.euroCents : undefined,
        })),
        rows: body,
        notes: [["Indexatie 2025: relatief, optellen, 2 decimalen"]],
      });
    },
  },
  {
    name: "controleren: blad lezen en controleren",
    sheets: (rows) => ({ Begroting: budgetSheet(rows, 12, 5).values }),
    body: async (port) => {
      const snap = await port.readSnapshot({ kind: "usedRange", sheetName: "Begroting" });
      return validateSheet({ values: snap.values, formulas: snap.formulas, numberFormat: snap.numberFormat, origin: snap.origin });
    },
  },
  {
    name: "controleren: alle bladen lezen",
    sheets: (rows) => ({ Begroting: budgetSheet(rows, 12, 5).values, ...tariffSheet(rows) }),
    body: (port) => port.readAllSheets(),
  },
  {
    name: "controleren: bevindingen markeren",
    sheets: (rows) => ({ Begroting: budgetSheet(rows, 12, 5).values }),
    body: (port, rows) =>
      port.addHighlights(
        "Begroting",
        Array.from({ length: rows }, (_, i) => ({ address: `B${i + 2}`, fill: "#FFF2CC" })),
        "controle",
      ),
  },
  {
    name: "controleren: markeringen wissen",
    sheets: (rows) => ({ Begroting: budgetSheet(rows, 12, 5).values }),
    prepare: (port, rows) =>
      port.addHighlights("Begroting", Array.from({ length: rows }, (_, i) => ({ address: `B${i + 2}`, fill: "#FFF2CC" })), "controle"),
    body: (port) => port.clearHighlights("controle"),
  },
  {
    name: "controleren: rapport schrijven",
    sheets: () => ({ Blad1: [["x"]] }),
    body: (port, rows) =>
      port.writeTable({
        sheetName: "Controle 22-11-2026",
        columns: [{ header: "Bevinding" }, { header: "Cel" }, { header: "Melding" }, { header: "Status" }],
        rows: Array.from({ length: rows }, (_, i) => ["total-mismatch", `N${i + 2}`, "Totaal wijkt af", "open"]),
      }),
  },
  {
    name: "controleren: veilige correctie toepassen",
    sheets: (rows) => ({ Begroting: budgetSheet(rows, 12, 5).values }),
    body: async (port) => {
      const snap = await port.readSnapshot({ kind: "usedRange", sheetName: "Begroting" });
      return port.updateCells("Begroting", [{ address: "B2", expected: snap.values[1][1], content: 1 }]);
    },
  },
];

async function syncsOf(action: Action, rows: number): Promise<number> {
  const mock = createExcelMock({ sheets: action.sheets(rows), selection: action.selection?.(rows) });
  const port = new ExcelWorkbookPort(mock.run);
  await action.prepare?.(port, rows);
  mock.resetSyncCount();
  await action.body(port, rows);
  return mock.syncCount();
}

async function main(): Promise<void> {
  const small: Record<string, number> = {};
  const large: Record<string, number> = {};
  for (const action of ACTIONS) {
    small[action.name] = await syncsOf(action, 10);
    large[action.name] = await syncsOf(action, 10_000);
    process.stderr.write(`  syncs: ${action.name}: ${small[action.name]} (10 rijen), ${large[action.name]} (10.000 rijen)\n`);
  }
  const max = (r: Record<string, number>) => Math.max(...Object.values(r));
  const worst = (r: Record<string, number>) => Object.entries(r).find(([, v]) => v === max(r))?.[0];
  emit({ metric: "excel_syncs_small", value: max(small), unit: "syncs", rows: 10, actions: ACTIONS.length, worst_action: worst(small), per_action: small });
  emit({ metric: "excel_syncs_large", value: max(large), unit: "syncs", rows: 10_000, actions: ACTIONS.length, worst_action: worst(large), per_action: large });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
