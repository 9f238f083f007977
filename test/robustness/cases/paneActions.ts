/**
 * Pane actions on bad input, on the preview's in-memory workbook (the demo workbook): each
 * action does what the pane's `run(…)` does — read through the WorkbookPort, compute with the
 * engine and the pane's own helpers, write through the port — and must stop with a Dutch
 * message before anything is written. The runner compares `serialize()` before and after.
 * (The same panes are driven through their UI in test/e2e/safety.test.ts.)
 */
import { MemoryWorkbookPort, type MemoryWorkbook } from "../../../src/preview/MemoryWorkbookPort";
import { demoWorkbook } from "../../../src/preview/demo";
import { computeOccupancy, missingRoles } from "../../../src/engine/occupancy";
import { buildAllocationTable } from "../../../src/engine/allocation";
import { indexSeries, indexTariffList, recognizeColumns } from "../../../src/engine/indexation";
import { dayNumber } from "../../../src/engine/shared/dates";
import { staysFromSnapshot, extractColumns, sheetRowLabel } from "../../../src/taskpane/panes/bezetting/staysSource";
import { outputSpec } from "../../../src/taskpane/panes/bezetting/outputSpec";
import { translate } from "../../../src/taskpane/i18n/catalogue";
import type { CellValue } from "../../../src/excel/WorkbookPort";
import { checkSourceUnchanged } from "../../../src/excel/sourceCheck";
import type { PaneActionCase, Capability, Says } from "../catalogue";

const t = (key: string, params?: Record<string, string | number>) => translate("nl", key, params);

/** The demo workbook with some cells replaced (sheet, 0-based row and column, value). */
function workbook(edits: [string, number, number, CellValue][] = []): MemoryWorkbook {
  const book = demoWorkbook();
  for (const [sheetName, row, col, value] of edits) {
    const sheet = book.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`demo mist blad ${sheetName}`);
    sheet.cells[row] ??= [];
    sheet.cells[row][col] = { value };
  }
  return book;
}

function paneCase(capability: Capability, input: string, book: MemoryWorkbook, says: Says, action: (port: MemoryWorkbookPort) => Promise<unknown>): PaneActionCase {
  const port = new MemoryWorkbookPort(book);
  return { capability, input, says, action: () => action(port), serialize: () => port.serialize() };
}

/** Bezetting "Schrijf": read the stays, compute (stop at the first bad row), write the sheet. */
async function writeOccupancy(port: MemoryWorkbookPort, address: string, from = dayNumber(2023, 1, 1), to = dayNumber(2024, 12, 31)) {
  const snapshot = await port.readSnapshot({ kind: "range", sheetName: "Verblijven", address });
  const source = staysFromSnapshot(snapshot);
  if (!source) throw new Error(t("bezetting.read.tooSmall", { address: `${snapshot.sheetName}!${snapshot.address}` }));
  const missing = missingRoles(source.mapping);
  if (missing.length > 0) throw new Error(t("bezetting.mapping.missing", { roles: missing.map((r) => t(`bezetting.role.${r}`)).join(", ") }));
  const columns = await extractColumns(source, async () => undefined);
  const result = computeOccupancy(columns, { from, to, onInvalidRow: "throw", rowLabel: sheetRowLabel(source) });
  return port.writeTable(outputSpec({ result, sourceRange: `Verblijven!${address}`, excluded: [], rowLabel: sheetRowLabel(source), t }));
}

/** Verdelen "Schrijf": the key from the Kosten sheet (Gemeente, Inwoneraantal), one cost line. */
async function writeAllocation(port: MemoryWorkbookPort) {
  const snapshot = await port.readSnapshot({ kind: "range", sheetName: "Kosten per gemeente 2024", address: "A2:B6" });
  const municipalities = snapshot.values.map((r) => ({ name: String(r[0]), weight: r[1] as number }));
  const table = buildAllocationTable({ municipalities, lines: [{ name: "Inkoop & contractering", total: 797_000 }] });
  return port.writeTable({ sheetName: "Verdeling 2024", columns: [{ header: "Gemeente" }, { header: "Bedrag" }], rows: table.rows.map((r) => [r.name, r.lines[0]]) });
}

/** Indexeren "Toepassen": the demo tariff list indexed to `toYear`, written to a new sheet. */
async function writeTariffs(port: MemoryWorkbookPort, toYear: number) {
  const snapshot = await port.readSnapshot({ kind: "usedRange", sheetName: "Tarieven" });
  const result = indexTariffList(indexSeries(), {
    rows: snapshot.values.slice(1),
    mapping: recognizeColumns(snapshot.values[0]),
    origin: { row: snapshot.origin.row + 1, col: snapshot.origin.col },
    fromYear: 2024,
    toYear,
    method: { wageShare: 0.9, difference: "relatief", combination: "optellen" },
    decimals: 2,
  });
  return port.writeTable({ sheetName: `Tarieven ${toYear}`, columns: [{ header: "Code" }, { header: "Tarief" }], rows: result.rows.map((r) => [r.code, r.newTariff]) });
}

/**
 * Stale data (issue 11): the pane read `address` from the workbook as it was (`earlier`), the
 * user edited it since (`book`); the write must re-read, see the change and write nothing.
 */
function staleCase(capability: Capability, input: string, sheetName: string, address: string, book: MemoryWorkbook, says: Says): PaneActionCase {
  const earlier = new MemoryWorkbookPort(workbook());
  return paneCase(capability, input, book, says, async (port) => {
    const read = await earlier.readSnapshot({ kind: "range", sheetName, address });
    await checkSourceUnchanged(port, read);
    return port.writeTable({ sheetName: "Uitkomst", columns: [{ header: "x" }], rows: [[1]] });
  });
}

export function paneActionCases(): PaneActionCase[] {
  return [
    staleCase("bezetting", "end date edited between reading and writing", "Verblijven", "A1:F201", workbook([["Verblijven", 4, 5, 45000]]), [
      "Verblijven!A1:F201",
      "gewijzigd sinds het inlezen",
      "cel F5",
      "nu 45000",
      "niets geschreven",
    ]),
    staleCase("indexeren", "tariff edited between reading and writing", "Tarieven", "A1:D13", workbook([["Tarieven", 3, 3, 45]]), [
      "Tarieven!A1:D13",
      "cel D4: eerst 41,8, nu 45",
      "niets geschreven",
    ]),
    staleCase("indexeren", "tariff sheet deleted between reading and writing", "Tarieven", "A1:D13", (() => {
      const book = workbook();
      book.sheets = book.sheets.filter((s) => s.name !== "Tarieven");
      return book;
    })(), ["Tarieven!A1:D13", "kunnen niet opnieuw gelezen worden", '"Tarieven" bestaat niet', "niets geschreven"]),
    paneCase("bezetting", "end date before start date in row 5", workbook([["Verblijven", 4, 5, 40000]]), ["Rij 5", "einddatum", "vóór de begindatum"], (port) => writeOccupancy(port, "A1:F203")),
    paneCase("bezetting", "start date as garbage text in row 7", workbook([["Verblijven", 6, 4, "ergens in mei"]]), ["Rij 7", '"ergens in mei"', "geen datum"], (port) => writeOccupancy(port, "A1:F203")),
    paneCase("bezetting", "selection without date columns", workbook(), ["Begindatum", "Einddatum"], (port) => writeOccupancy(port, "A1:D203")),
    paneCase("bezetting", "header row only", workbook(), ["Verblijven!A1:F1"], (port) => writeOccupancy(port, "A1:F1")),
    paneCase("bezetting", "period backwards", workbook(), ["periode loopt achteruit"], (port) => writeOccupancy(port, "A1:F203", dayNumber(2024, 12, 1), dayNumber(2023, 1, 1))),
    paneCase("verdelen", "negative inhabitants in the key", workbook([["Kosten per gemeente 2024", 2, 1, -11030]]), ["Inwoneraantal van Boekel", "negatief"], writeAllocation),
    paneCase("verdelen", "all inhabitants zero", workbook([2, 3, 4, 5, 6].map((r) => ["Kosten per gemeente 2024", r - 1, 1, 0] as [string, number, number, CellValue])), ["gewichten zijn 0"], writeAllocation),
    paneCase("indexeren", "tariff typed as text in the list", workbook([["Tarieven", 3, 3, "op aanvraag"]]), ["D4", '"op aanvraag" is geen bedrag', "niets geschreven"], (port) => writeTariffs(port, 2025)),
    paneCase("indexeren", "target year without figures", workbook(), ["ontbreken nog", "OVA 2031 voorlopig", "reekseditor"], (port) => writeTariffs(port, 2031)),
    paneCase("controleren", "safe fix on a cell changed since the check", workbook(), ["Tarieven!D2", "gewijzigd", "niets aangepast"], (port) =>
      port.updateCells("Tarieven", [{ address: "D2", expected: 60, content: 61 }]),
    ),
    paneCase("controleren", "two fixes, the second one stale: neither is written", workbook(), ["Tarieven!D3", "niets aangepast"], (port) =>
      port.updateCells("Tarieven", [
        { address: "D2", expected: 58.45, content: 60 },
        { address: "D3", expected: 1, content: 2 },
      ]),
    ),
    paneCase("controleren", "fix on a sheet deleted meanwhile", workbook(), ['"Begroting oud"', "bestaat niet"], (port) =>
      port.updateCells("Begroting oud", [{ address: "A1", expected: "", content: 1 }]),
    ),
    paneCase("controleren", "fix aimed at a range instead of one cell", workbook(), ['"A1:B2"', "één cel"], (port) => port.updateCells("Tarieven", [{ address: "A1:B2", expected: "", content: 1 }])),
    paneCase("controleren", "report with a row wider than its columns", workbook(), ["Rij 1", "niets geschreven"], (port) =>
      port.writeTable({ sheetName: "Controle", columns: [{ header: "Bevinding" }], rows: [["total-mismatch", "C8"]] }),
    ),
  ];
}
