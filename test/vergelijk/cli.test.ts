/**
 * `npm run vergelijk` on .xlsx files built from the purchasing plan's published tables
 * (test/fixtures/002-kosten-per-gemeente-*), with a merged title above the table and formulas
 * in the Totaal row, as a real budget workbook has them.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { columnLetters } from "../../src/engine/shared/a1";
import { grid, INHABITANTS_2026, resplit } from "../engine/comparison/fixtureTables";
import type { CellValue } from "../../src/engine/comparison";

const ROOT = join(__dirname, "..", "..");
let work: string;

/** A sheet with a merged title in A1:I1, the table from A3, and =SUM formulas in the Totaal row. */
async function writeBook(file: string, sheets: { name: string; title: string; values: CellValue[][]; typedTotals?: number[] }[]) {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name);
    ws.getCell("A1").value = sheet.title;
    ws.mergeCells("A1:I1");
    sheet.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === "") return;
        const cell = ws.getCell(r + 3, c + 1);
        const isTotal = row[0] === "Totaal" && c >= 3 && !(sheet.typedTotals ?? []).includes(c);
        const col = columnLetters(c);
        cell.value = isTotal ? { formula: `SUM(${col}4:${col}${r + 2})`, result: v as number } : v;
      });
    });
  }
  writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
}

function vergelijk(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/controleer/run-ts.cjs"), join(ROOT, "scripts/vergelijk/cli.ts"), ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const lines = (stdout: string) => stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "sd-vergelijk-"));
  await writeBook(join(work, "2024.xlsx"), [{ name: "Kosten", title: "Totaaloverzicht kosten per gemeente - Begroting 2024", values: grid("2024") }]);
  // the 2025 file: Bernheze spelt right, rows reordered, the Beleidscoördinatie total typed over its formula
  const v2025 = grid("2025");
  v2025[1][0] = "Bernheze";
  await writeBook(join(work, "2025.xlsx"), [
    { name: "Toelichting", title: "Begroting 2025", values: [["Zie blad Kosten", ""], ["", ""]] },
    { name: "Kosten", title: "Totaaloverzicht kosten per gemeente - Begroting 2025", values: [v2025[0], v2025[5], v2025[2], v2025[1], v2025[4], v2025[3], v2025[6]], typedTotals: [5] },
    { name: "Inwoners 2026", title: "Begroting 2025 met inwoners 1-1-2026", values: resplit(grid("2025"), { inhabitants: INHABITANTS_2026 }) },
  ]);
}, 30_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run vergelijk", () => {
  it("--json: one object per row × column, nothing else on stdout; effects on the cost-line cells", () => {
    const { status, stdout, stderr } = vergelijk("--json", "--blad-nieuw", "Kosten", join(work, "2024.xlsx"), join(work, "2025.xlsx"));
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const objects = lines(stdout);
    expect(objects).toHaveLength(6 * 8);
    const bernheze = objects.find((o) => o.row === "Bernheze" && o.column === "WMO Toezicht");
    expect(bernheze).toEqual({
      row: "Bernheze",
      row_old: "Bemheze",
      column: "WMO Toezicht",
      old: 38910,
      new: 38910,
      change: 0,
      status: "unchanged",
      effects: { volume: 0, key: 0, participation: 0, other: 0 },
      column_old: "WMO Toezicht",
      percent: 0,
      kind: null,
    });
    const beleid = objects.filter((o) => o.column === "Beleids-coördinatie" && o.effects);
    expect(beleid.reduce((s, o) => s + (o.effects as { volume: number }).volume, 0)).toBe(-20000);
    expect(objects.find((o) => o.row === "Totaal" && o.column === "Beleids-coördinatie")).toMatchObject({ old: 126000, new: 106000, change: -20000, status: "changed", kind: "formula-to-value" });
    expect(objects.find((o) => o.row === "Totaal" && o.column === "WMO Toezicht")).toMatchObject({ kind: null, status: "unchanged" });
    expect(objects.filter((o) => o.column === "Inwoneraantal").every((o) => !("effects" in o))).toBe(true);
  });

  it("prints a Dutch report by default: pairs, lines, municipalities, changed cells", () => {
    const { status, stdout } = vergelijk("--blad-nieuw", "Kosten", join(work, "2024.xlsx"), join(work, "2025.xlsx"));
    expect(status).toBe(0);
    expect(stdout).toContain("Rijen: 6 gekoppeld, 0 nieuw, 0 vervallen");
    expect(stdout).toContain("Bemheze ↔ Bernheze (spelfout in de gemeentenaam)");
    expect(stdout).toContain("Beleids-coördinatie: 126.000 → 106.000 (-20.000): volume -20.000, sleutel 0, deelname 0, overig +1");
    expect(stdout).toContain("Oss × Beleids-coördinatie: 40.818 → 34.339 (-6.479, -15,9%)");
    expect(stdout).toContain("Totaal × Beleids-coördinatie: 126.000 → 106.000 (-20.000, -15,9%) — formule vervangen door een getypt getal");
  });

  it("shows key effects for the inhabitants of 1-1-2026 (sheet chosen by name)", () => {
    const { status, stdout } = vergelijk("--json", "--blad-oud", "Kosten", "--blad-nieuw", "Inwoners 2026", join(work, "2024.xlsx"), join(work, "2025.xlsx"));
    expect(status).toBe(0);
    const withEffects = lines(stdout).filter((o) => o.effects) as { column: string; effects: Record<string, number> }[];
    expect(withEffects).toHaveLength(15);
    for (const column of ["Inkoop & contractering", "WMO Toezicht", "Beleids-coördinatie"]) {
      const sum = (k: string) => withEffects.filter((o) => o.column === column).reduce((s, o) => s + o.effects[k], 0);
      expect([column, sum("key"), sum("participation")]).toEqual([column, 0, 0]);
    }
    expect(withEffects.some((o) => o.effects.key !== 0)).toBe(true);
  });

  it("refuses wrong arguments with a Dutch message and exit code 2", () => {
    expect(vergelijk(join(work, "2024.xlsx"))).toMatchObject({ status: 2, stdout: "" });
    expect(vergelijk(join(work, "2024.xlsx"), join(work, "2025.xlsx"), "--blad-oud").stderr).toContain("--blad-oud heeft een bladnaam nodig");
    const missing = vergelijk("--blad-oud", "Bestaat niet", join(work, "2024.xlsx"), join(work, "2025.xlsx"));
    expect(missing).toMatchObject({ status: 2, stdout: "" });
    expect(missing.stderr).toContain('2024.xlsx heeft geen blad "Bestaat niet"; wel: Kosten.');
    expect(vergelijk(join(work, "nergens.xlsx"), join(work, "2025.xlsx")).stderr).toContain("nergens.xlsx bestaat niet");
  });
});
