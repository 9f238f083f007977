/**
 * Results are written from what was read earlier; the user may have edited the source since.
 * Before a pane writes, it re-reads the very range it read and compares values and formulas
 * (one read, linear in the cells): if anything changed it stops with a Dutch message naming
 * the first changed cell — nothing is written, and the user reads the data again. (The same
 * promise as `updateCells`' `expected` check, for results that go to a new sheet.)
 */
import { PortConflictError, PortError, type CellValue, type SheetSnapshot, type WorkbookPort } from "./WorkbookPort";
import { formatCell } from "../engine/shared/a1";

/** At most this many characters of a cell are quoted in the message. */
const QUOTE = 40;

export async function checkSourceUnchanged(port: WorkbookPort, before: SheetSnapshot): Promise<void> {
  const where = `${before.sheetName}!${before.address}`;
  let now: SheetSnapshot;
  try {
    now = await port.readSnapshot({ kind: "range", sheetName: before.sheetName, address: before.address });
  } catch (error) {
    if (error instanceof PortError) {
      throw new PortError(`De gegevens in ${where} kunnen niet opnieuw gelezen worden: ${error.message} Er is niets geschreven; lees de gegevens opnieuw in.`);
    }
    throw error;
  }
  const origin = before.origin;
  const rows = Math.max(before.values.length, now.values.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(before.values[r]?.length ?? 0, now.values[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const was = before.formulas[r]?.[c] ?? before.values[r]?.[c] ?? "";
      const is = now.formulas[r]?.[c] ?? now.values[r]?.[c] ?? "";
      if (was === is && (before.values[r]?.[c] ?? "") === (now.values[r]?.[c] ?? "")) continue;
      const cell = formatCell(origin.row + r, origin.col + c);
      throw new PortConflictError(
        cell,
        `De gegevens in ${where} zijn gewijzigd sinds het inlezen (cel ${cell}: eerst ${show(was)}, nu ${show(is)}). ` +
          "Er is niets geschreven; lees de gegevens opnieuw in en probeer het nog eens.",
      );
    }
  }
}

function show(value: CellValue): string {
  if (value === "") return "leeg";
  if (typeof value !== "string") return String(value).replace(".", ",");
  return `"${value.length > QUOTE ? `${value.slice(0, QUOTE)}…` : value}"`;
}
