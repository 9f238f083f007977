import { MemoryWorkbookPort } from "../../src/preview/MemoryWorkbookPort";
import { DEMO_SHEETS, demoWorkbook } from "../../src/preview/demo";
import { VERBLIJVEN_DEFECTS, VERBLIJVEN_ROWS, verblijvenSheet } from "../../src/preview/demo/verblijven";
import { DEMO_TARIFFS } from "../../src/preview/demo/tarieven";
import published from "../fixtures/002-kosten-per-gemeente-2024.json";

const port = () => new MemoryWorkbookPort(demoWorkbook());

describe("demo workbook", () => {
  it("has exactly the four demo sheets, the cost table active", async () => {
    expect(await port().listSheets()).toEqual({ names: [...DEMO_SHEETS], active: "Kosten per gemeente 2024" });
    expect(DEMO_SHEETS).toEqual(["Kosten per gemeente 2024", "Overzicht module 1", "Tarieven", "Verblijven", "Kosten per gemeente 2025"]);
  });

  it("holds the printed 002 table (2024) from A1, typo Bemheze included, with SUM formulas in the Totaal row", async () => {
    const snap = await port().readSnapshot({ kind: "range", sheetName: "Kosten per gemeente 2024", address: "A1:I7" });
    expect(snap.values).toEqual(published.cells);
    expect(snap.values[1][0]).toBe("Bemheze");
    expect(snap.formulas[6]).toEqual(["Totaal", "=SUM(B2:B6)", "=SUM(C2:C6)", "=SUM(D2:D6)", "=SUM(E2:E6)", "=SUM(F2:F6)", "=SUM(G2:G6)", "=SUM(H2:H6)", "=SUM(I2:I6)"]);
    // the printed WMO Toezicht total is one more than its printed parts (the fixture's audit finding E7)
    const e7 = published.audit_discrepancies.find((d) => d.cell === "E7");
    const toezicht = snap.values.slice(1, 6).reduce((sum, row) => sum + (row[4] as number), 0);
    expect(toezicht).toBe(e7?.expected_value);
    expect(toezicht).toBe(348099);
    expect(snap.values[6][4]).toBe(e7?.printed_value);
    expect(snap.numberFormat[1][3]).toBe('"€" #,##0;"€" -#,##0');
  });

  it("copies the module 1 overview of seed 000 as printed, header typo and off-by-one subtotal included", async () => {
    const snap = await port().readSnapshot({ kind: "usedRange", sheetName: "Overzicht module 1" });
    const rows = snap.values;
    expect(rows[0]).toEqual(["FINANCIEEL OVERZICHT", "Gewijzigde begroting", "Realisatie", "Vershil", "Gewijzigde begroting", "Prognose", "Vershil"]);
    const byLabel = (label: string) => rows.find((r) => r[0] === label) as (string | number)[];
    expect(byLabel("Totaal lasten").slice(1)).toEqual([672971, 563371, 109600, 1923913, 1790779, 133134]);
    expect(byLabel("Totaal saldo van baten en lasten").slice(1)).toEqual([0, 122956, 122956, 0, 145739, 145739]);
    const parts = ["Huisvestingskosten", "ICT kosten", "DVO (HRM en financieel)", "Juridische kosten", "Onderzoekskosten", "Overige kosten", "Projectkosten segment 1"];
    const sum = parts.reduce((s, label) => s + (byLabel(label)[1] as number), 0);
    expect(sum).toBe(183832);
    expect(byLabel("Totaal bedrijfsvoeringskosten")[1]).toBe(183833);
  });

  it("has twelve synthetic tariffs with a note saying so", async () => {
    const values = port().values("Tarieven");
    expect(values[0]).toEqual(["Productcode", "Omschrijving", "Eenheid", "Tarief 2024"]);
    expect(values.slice(1, 13).map((r) => r[0])).toEqual(DEMO_TARIFFS.map((t) => t.code));
    expect(values.slice(1, 13).every((r) => typeof r[3] === "number" && r[3] > 0)).toBe(true);
    expect(String(values[14][0])).toContain("synthetische tarieven");
  });

  it("generates the same 200 stays every time, with the deliberate defects where documented", () => {
    const a = verblijvenSheet();
    expect(JSON.stringify(verblijvenSheet())).toBe(JSON.stringify(a));
    expect(JSON.stringify(verblijvenSheet(7))).not.toBe(JSON.stringify(a));
    const rows = a.cells.slice(1, 1 + VERBLIJVEN_ROWS).map((r) => r.map((c) => c?.value ?? ""));
    expect(rows).toHaveLength(200);
    expect(rows[VERBLIJVEN_DEFECTS.emptyMunicipalityRow][1]).toBe("");
    expect(rows[VERBLIJVEN_DEFECTS.misspelledMunicipalityRow][1]).toBe("Venrai");
    expect(rows[VERBLIJVEN_DEFECTS.textDateRow][4]).toBe("15-03-2024");
    const known = new Set(["Beesel", "Bergen (L.)", "Gennep", "Horst aan de Maas", "Peel en Maas", "Venlo", "Venray"]);
    const others = rows.filter((_, i) => i !== VERBLIJVEN_DEFECTS.emptyMunicipalityRow && i !== VERBLIJVEN_DEFECTS.misspelledMunicipalityRow);
    expect(others.every((r) => known.has(r[1] as string))).toBe(true);
    expect(new Set(others.map((r) => r[1])).size).toBe(7);
    const open = rows.filter((r) => r[5] === "");
    expect(open.length).toBeGreaterThan(10);
    expect(open.length).toBeLessThan(120);
    for (const r of rows) {
      if (typeof r[4] === "number" && typeof r[5] === "number") expect(r[5]).toBeGreaterThanOrEqual(r[4]);
      if (typeof r[4] === "number") expect(r[4]).toBeGreaterThanOrEqual(44562); // 01-01-2022
    }
    // pseudonymised ids, some clients with more than one stay
    expect(rows.every((r) => /^CL-[0-9A-Z]+$/.test(r[0] as string))).toBe(true);
    expect(new Set(rows.map((r) => r[0])).size).toBeLessThan(200);
  });
});
