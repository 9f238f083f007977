/**
 * Issue 11, "outputs people can calculate with": every number a pane writes is a number with a
 * number format, never text. The proof the issue used: Controleren on the written sheet found
 * "numbers stored as text" (24 in the Indexeren derivation block). Also issue 14: Indexeren
 * keeps every column of the tariff list.
 */
import { MemoryWorkbookPort } from "../../src/preview/MemoryWorkbookPort";
import { demoWorkbook } from "../../src/preview/demo";
import { validateSheet } from "../../src/engine/validation";
import { indexSeries, indexTariffList, recognizeColumns } from "../../src/engine/indexation";
import { buildTariffSheet, otherColumns } from "../../src/taskpane/panes/indexeren/tariffSheet";
import { translate } from "../../src/taskpane/i18n/catalogue";
import { HOSTILE, verdelenSpec } from "../fixtures/hostileSpecs";

const t = (key: string, params?: Record<string, string | number>) => translate("nl", key, params);

async function numberTextFindings(port: MemoryWorkbookPort, sheetName: string) {
  const snapshot = await port.readSnapshot({ kind: "usedRange", sheetName });
  return validateSheet({ values: snapshot.values, formulas: snapshot.formulas, numberFormat: snapshot.numberFormat, address: snapshot.topLeft }).filter(
    (f) => f.rule === "number-as-text",
  );
}

/** Text cells that read as a Dutch number or percentage ("4,94%", "18.835"). */
function numericTexts(values: unknown[][]): string[] {
  return values.flat().filter((v): v is string => typeof v === "string" && /^[€\s+-]*\d[\d.]*(,\d+)?\s*%?$/.test(v.trim()));
}

describe("numbers are written as numbers", () => {
  test("Indexeren: the derivation block and the figures are numbers in a % format; every column of the list is kept", async () => {
    const port = new MemoryWorkbookPort(demoWorkbook());
    const snapshot = await port.readSnapshot({ kind: "usedRange", sheetName: "Tarieven" });
    const list = { values: snapshot.values.slice(0, 13), numberFormat: snapshot.numberFormat.slice(0, 13) };
    const mapping = recognizeColumns(list.values[0]);
    const result = indexTariffList(indexSeries(), {
      rows: list.values.slice(1),
      mapping,
      origin: { row: snapshot.origin.row + 1, col: snapshot.origin.col },
      fromYear: 2023,
      toYear: 2025,
      method: { wageShare: 0.9, difference: "relatief", combination: "optellen", rounding: { decimals: 2, components: true } },
      decimals: 2,
    });
    const others = otherColumns(list, mapping);
    expect(others.map((o) => o.header)).toEqual(["Eenheid"]);
    const spec = buildTariffSheet({ result, fromYear: 2023, toYear: 2025, sourceRange: "Tarieven!A1:D13", overrides: [], decimals: 2, otherColumns: others }, t);
    const { sheetName } = await port.writeTable(spec);
    const cells = port.values(sheetName);
    expect(cells[2].slice(0, 3)).toEqual(["Productcode", "Omschrijving", "Eenheid"]);
    expect(cells[3][2]).toBe("uur");
    expect(numericTexts(cells)).toEqual([]);
    expect(await numberTextFindings(port, sheetName)).toEqual([]);
    // the OVA line of 2024: 4,94% voorlopig is the number 0,0494 shown as 4,94%
    const shown = port.display(sheetName).flat();
    expect(shown.some((c) => c.value === 0.0494 && c.numberFormat === "0.00%")).toBe(true);
  });

  test("Verdelen: the re-split effect block is numbers in a signed € format", async () => {
    const port = new MemoryWorkbookPort();
    const { sheetName } = await port.writeTable(verdelenSpec(8));
    const cells = port.values(sheetName);
    // the municipality names "+1" and "-2" are the user's text and stay text
    expect(numericTexts(cells).filter((v) => !(HOSTILE as readonly string[]).includes(v))).toEqual([]);
    const row = port.display(sheetName).find((line) => line[0]?.value === "+1" && typeof line[1]?.value === "number" && line[1].numberFormat?.includes("+"));
    expect(row?.[1].numberFormat).toBe('"€" +#,##0;"€" -#,##0;"€" 0');
    // "+1" does not join Wmo: it pays its full-participation share less
    expect(row?.[1].value).toBeLessThan(0);
  });
});
