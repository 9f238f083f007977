/**
 * The Vergelijken pane in jsdom on the demo workbook: pair the 2024 and 2025 cost tables, correct
 * a pairing by hand, compare, write the Mutaties sheet; and refuse to write when a compared
 * table changed in the meantime (nothing written).
 */
import type { MemoryWorkbookPort } from "../../../src/preview/MemoryWorkbookPort";
import { KOSTEN_2025_SHEET, KOSTEN_SHEET } from "../../../src/preview/demo";
import { byTestId, click, setValue, statusText, unmountPane } from "../renderPane";
import { renderDemoVersions } from "./demoVersions";

let port: MemoryWorkbookPort;
beforeEach(async () => {
  port = await renderDemoVersions();
});
afterEach(unmountPane);

async function pairDemoTables() {
  await setValue(byTestId("vergelijken-old") as HTMLSelectElement, `sheet:${KOSTEN_SHEET}`);
  await setValue(byTestId("vergelijken-new") as HTMLSelectElement, `sheet:${KOSTEN_2025_SHEET}`);
  await click(byTestId("vergelijken-pair"));
}

describe("Vergelijken pane", () => {
  it("shows the pairing, takes a correction, compares and writes the Mutaties sheet", async () => {
    await pairDemoTables();
    expect(byTestId("vergelijken-match-summary").textContent).toBe("Rijen: 5 gekoppeld, 1 nieuw, 1 vervallen. Kolommen: 8 gekoppeld, 0 nieuw, 0 vervallen.");
    const rows = byTestId("vergelijken-match-rows");
    expect(rows.textContent).toContain("Oude rij bij Bernheze");
    expect(rows.textContent).toContain("spelfout in de gemeentenaam");
    expect(rows.textContent).toContain("Nieuwe rij bij Boekel (vervallen)");
    // the only new row without an old partner is the renamed Boekel
    const boekel = [...rows.querySelectorAll("select[data-new-index]")].find((s) => (s as HTMLSelectElement).value === "") as HTMLSelectElement;
    await setValue(boekel, "1"); // old row 1 = Boekel
    expect(byTestId("vergelijken-match-summary").textContent).toBe("Rijen: 6 gekoppeld, 0 nieuw, 0 vervallen. Kolommen: 8 gekoppeld, 0 nieuw, 0 vervallen.");
    expect(byTestId("vergelijken-match-rows").textContent).toContain("door u gekoppeld");

    await click(byTestId("vergelijken-compare"));
    const result = byTestId("vergelijken-result").textContent ?? "";
    expect(result).toContain("Verdeeltabel herkend: sleutel Inwoneraantal, 3 kostenposten.");
    // the bridge starts at the largest change (Oss, −6.479); the user picks Bernheze
    expect(byTestId("vergelijken-bridge-text").textContent).toBe("Oss: 411.777 → 405.298: volume -6.479, sleutel 0, deelname 0, overig 0.");
    const bridge = byTestId("vergelijken-bridge") as HTMLSelectElement;
    await setValue(bridge, [...bridge.options].find((o) => o.textContent === "Bernheze")!.value);
    expect(byTestId("vergelijken-bridge-text").textContent).toBe("Bernheze: 142.082 → 139.847: volume -2.236, sleutel 0, deelname 0, overig +1.");

    await click(byTestId("vergelijken-write"));
    expect(statusText()).toBe("Blad Mutaties 2024-2025 gemaakt met 15 rijen.");
    const cells = port.values("Mutaties 2024-2025");
    expect(cells.some((r) => r[0] === "Gemeente Boekel (BNO)" && r[1] === "WMO Toezicht" && r[4] === 0)).toBe(true);
    const [chart] = port.charts("Mutaties 2024-2025");
    expect(chart).toMatchObject({ type: "columnStacked", title: "Overbrugging Bernheze" });
    expect(chart.categories).toEqual(["Oud totaal", "Volume", "Sleutel", "Deelname", "Overig", "Nieuw totaal"]);
    expect(chart.series.find((s) => s.name === "Totaal")!.values).toEqual([142082, 0, 0, 0, 0, 139847]);
    expect(cells.some((r) => r[0] === "Bedrag" && r[1] === 142082 && r[2] === -2236 && r[5] === 1 && r[6] === 139847)).toBe(true);
  });

  it("writes nothing when a compared table changed after the comparison", async () => {
    await pairDemoTables();
    await click(byTestId("vergelijken-compare"));
    await port.updateCells(KOSTEN_SHEET, [{ address: "D2", expected: 89088, content: 90000 }]);
    const sheets = (await port.listSheets()).names;
    await click(byTestId("vergelijken-write"));
    expect(statusText()).toBe("De tabel Kosten per gemeente 2024 is gewijzigd sinds de vergelijking. Vergelijk opnieuw; er is niets geschreven.");
    expect((await port.listSheets()).names).toEqual(sheets);
  });
});
