/**
 * "Own output is clean": every sheet a pane writes, written through the in-memory workbook the way
 * the pane writes it and read back the way Controleren reads a sheet, gets no errors and no warnings.
 */
import { validateSheet, type Finding } from "../../../src/engine/validation";
import { defaultRegistry } from "../../../src/engine/municipalities";
import { indexSeries, indexTariffList, type IndexationMethod } from "../../../src/engine/indexation";
import { computeOccupancy } from "../../../src/engine/occupancy";
import { dayNumber } from "../../../src/engine/shared/dates";
import type { TableSpec } from "../../../src/excel/WorkbookPort";
import { MemoryWorkbookPort } from "../../../src/preview/MemoryWorkbookPort";
import { DEMO_TARIFFS } from "../../../src/preview/demo/tarieven";
import { translate } from "../../../src/taskpane/i18n/catalogue";
import { outputSpec } from "../../../src/taskpane/panes/bezetting/outputSpec";
import { withSheet } from "../../../src/taskpane/panes/controleren/model";
import { reportSpec } from "../../../src/taskpane/panes/controleren/report";
import { buildTariffSheet } from "../../../src/taskpane/panes/indexeren/tariffSheet";
import { computeModel, nonParticipants, type VerdelenInput } from "../../../src/taskpane/panes/verdelen/model";
import { buildVerdelingSheet } from "../../../src/taskpane/panes/verdelen/verdelingSheet";
import { compareTables } from "../../../src/engine/comparison";
import { mutatiesSheet } from "../../../src/taskpane/panes/vergelijken/mutatiesSheet";
import { table } from "../../engine/comparison/fixtureTables";

const t = (key: string, params?: Record<string, string | number>) => translate("nl", key, params);
const now = new Date(2026, 10, 22);

/** Writes the spec as the pane does and checks the sheet it lands on as Controleren does. */
async function checkWritten(spec: TableSpec): Promise<Finding[]> {
  const port = new MemoryWorkbookPort();
  const written = await port.writeTable(spec);
  const snapshot = await port.readSnapshot({ kind: "usedRange", sheetName: written.sheetName });
  return validateSheet({ values: snapshot.values, formulas: snapshot.formulas, numberFormat: snapshot.numberFormat, address: snapshot.topLeft });
}

const serious = (findings: Finding[]) => findings.filter((f) => f.severity !== "info").map((f) => `${f.cell} ${f.rule}: ${f.message}`);

test("the Verdelen sheet (CBS key, 21% BTW rounded to add up, a non-participant)", async () => {
  const input: VerdelenInput = {
    rows: ["Bernheze", "Boekel", "Land van Cuijk", "Maashorst", "Oss"].map((name, i) => ({ id: i + 1, name, weight: "" })),
    lines: [
      { id: 11, name: "Inkoop & contractering", amount: "797.000" },
      { id: 12, name: "WMO Toezicht", amount: "348.100" },
      { id: 13, name: "Beleidscoördinatie", amount: "126.000" },
    ],
    keySource: "cbs",
    year: 2022,
    sheetRange: "",
    vat: "21",
    decimals: 0,
    budgetYear: "2024",
    excluded: { "13:2": true },
  };
  const model = computeModel(input, defaultRegistry, { rowError: (text) => t("verdelen.line.invalidAmount", { text }) });
  const spec = buildVerdelingSheet(
    { table: model.table!, lineNames: model.usedLines.map((l) => l.name), nonParticipants: nonParticipants(input, model), key: model.key!, budgetYear: 2024, now },
    t,
  );
  expect(serious(await checkWritten(spec))).toEqual([]);
});

test("the Indexeren tariff sheet (with its 90% + 10% = 100% derivation block)", async () => {
  const method: IndexationMethod = { wageShare: 0.9, difference: "relatief", combination: "optellen", rounding: { decimals: 2, components: true } };
  const result = indexTariffList(indexSeries(), {
    rows: DEMO_TARIFFS.map((d) => [d.code, d.description, d.unit, d.tariff2024]),
    mapping: { code: 0, description: 1, tariff: 3 },
    origin: { row: 1, col: 0 },
    fromYear: 2023,
    toYear: 2024,
    method,
    decimals: 2,
  });
  const spec = buildTariffSheet({ result, fromYear: 2023, toYear: 2024, sourceRange: "Tarieven!A1:D13", overrides: [], decimals: 2, now }, t);
  expect(serious(await checkWritten(spec))).toEqual([]);
});

test("the Bezetting sheet (months, Gemiddeld, Capaciteit, Totaal row)", async () => {
  const result = computeOccupancy(
    {
      municipality: ["Venlo", "Venlo", "Weert", "Venray", "Weert"],
      provider: ["A", "B", "A", "A", "B"],
      start: ["2024-01-01", "2024-02-01", "2024-01-15", "2024-03-03", "2024-01-01"],
      end: ["2024-02-29", "", "2024-01-16", "", "2024-03-31"],
    },
    { from: dayNumber(2024, 1, 1), to: dayNumber(2024, 3, 31), groupBy: ["gemeente"], capacity: { perGroup: { Venlo: 2 }, total: 4 } },
  );
  const spec = outputSpec({ result, sourceRange: "Blad1!A1:D6", excluded: [], rowLabel: (i) => `rij ${i + 2}`, t, now });
  expect(serious(await checkWritten(spec))).toEqual([]);
});

test("the Controleren report", async () => {
  const findings = withSheet(
    "Blad1",
    validateSheet({ values: [["Gemeente", "2024"], ["Bemheze", "4.000"], ["Boekel", 20], ["Oss", 30], ["Totaal", 65]], year: 2024 }),
  );
  expect(findings.length).toBeGreaterThan(2);
  const spec = reportSpec(findings, new Set([findings[0].key]), new Set(), "Blad1!A1:B5", now);
  expect(serious(await checkWritten(spec))).toEqual([]);
});

test("the Vergelijken Mutaties sheet (purchasing plan 2024 → 2025: parts, Totaal row, summary, bridge figures)", async () => {
  const comparison = compareTables(table("2024"), table("2025"));
  const oss = comparison.allocation!.municipalities.find((m) => m.name === "Oss")!;
  const spec = mutatiesSheet({ comparison, oldName: "Kosten 2024", newName: "Kosten 2025", bridgeRowPair: oss.rowPair, t, now });
  expect(spec.rows.length).toBeGreaterThan(10);
  // the sheet repeats each municipality's label as the user's tables spell it; the purchasing plan
  // misspells Bernheze as "Bemheze" in both versions, and Controleren rightly says so — nothing else
  const findings = (await checkWritten(spec)).filter((f) => f.severity !== "info");
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings) expect([f.rule, f.message]).toEqual(["unknown-municipality", expect.stringContaining('"Bemheze" is geen gemeente')]);
});
