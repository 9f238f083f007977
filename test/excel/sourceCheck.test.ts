/** Stale data (issue 11): the source range is re-read and compared before a pane writes. */
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { checkSourceUnchanged } from "../../src/excel/sourceCheck";
import { PortConflictError } from "../../src/excel/WorkbookPort";
import { countSyncs, createExcelMock } from "./excelMock";

const sheets = { Tarieven: [["Code", "Tarief 2024"], ["02A01", 58.45], ["02A02", 71.2]] };

test("an unchanged source passes in one round trip", async () => {
  const mock = createExcelMock({ sheets });
  const port = new ExcelWorkbookPort(mock.run);
  const read = await port.readSnapshot({ kind: "range", sheetName: "Tarieven", address: "A1:B3" });
  expect(await countSyncs(mock, () => checkSourceUnchanged(port, read))).toBe(1);
});

test("a changed tariff or a value replaced by a formula stops with the first changed cell", async () => {
  const mock = createExcelMock({ sheets });
  const port = new ExcelWorkbookPort(mock.run);
  const read = await port.readSnapshot({ kind: "range", sheetName: "Tarieven", address: "A1:B3" });
  mock.setCells("Tarieven", { B3: { value: 75 } });
  await expect(checkSourceUnchanged(port, read)).rejects.toThrow(
    new PortConflictError("B3", "De gegevens in Tarieven!A1:B3 zijn gewijzigd sinds het inlezen (cel B3: eerst 71,2, nu 75). Er is niets geschreven; lees de gegevens opnieuw in en probeer het nog eens."),
  );
  mock.setCells("Tarieven", { B3: { value: 71.2 }, A2: { value: "x".repeat(100) } });
  await expect(checkSourceUnchanged(port, read)).rejects.toThrow(`cel A2: eerst "02A01", nu "${"x".repeat(40)}…"`);
});
