/** The preview's demo workbook, read through the in-memory port exactly as the pane reads it. */
import { validateSheet } from "../../../src/engine/validation";
import { MemoryWorkbookPort } from "../../../src/preview/MemoryWorkbookPort";
import { demoWorkbook, KOSTEN_SHEET, OVERZICHT_SHEET, TARIEVEN_SHEET, VERBLIJVEN_SHEET } from "../../../src/preview/demo";

async function findingsBySheet() {
  const port = new MemoryWorkbookPort(demoWorkbook());
  const out = new Map<string, ReturnType<typeof validateSheet>>();
  for (const s of await port.readAllSheets()) {
    out.set(s.sheetName, validateSheet({ values: s.values, formulas: s.formulas, numberFormat: s.numberFormat, address: s.topLeft }));
  }
  return out;
}

test("Kosten per gemeente 2024: Bemheze with the suggestion Bernheze, the 1-euro drifts, no errors", async () => {
  const f = (await findingsBySheet()).get(KOSTEN_SHEET)!;
  expect(f.find((x) => x.cell === "A2")).toMatchObject({ rule: "unknown-municipality", suggestion: "Bernheze" });
  expect(f.filter((x) => x.rule === "rounding-difference").map((x) => x.cell)).toEqual(["G2", "G3", "G4", "I5", "I6", "E7"]);
  expect(f.filter((x) => x.severity === "error")).toEqual([]);
  // Aandeel is printed as whole percentage points with a literal "%": they add up to 100
  expect(f.some((x) => x.rule === "share-not-100")).toBe(false);
});

test("Overzicht module 1: hierarchical totals and saldo understood, only one-euro drifts", async () => {
  const f = (await findingsBySheet()).get(OVERZICHT_SHEET)!;
  expect(f.filter((x) => x.severity === "error")).toEqual([]);
  expect(f.every((x) => x.rule === "rounding-difference" || (x.rule === "variance-mismatch" && x.severity === "info"))).toBe(true);
});

test("Tarieven and Verblijven (lists, not budgets) raise nothing", async () => {
  const all = await findingsBySheet();
  expect(all.get(TARIEVEN_SHEET)).toEqual([]);
  expect(all.get(VERBLIJVEN_SHEET)).toEqual([]);
});
