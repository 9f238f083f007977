/** The Mutaties sheet spec: allocation rows with their parts, cell rows otherwise, sheet name, provenance. */
import { compareTables } from "../../../src/engine/comparison";
import { translate } from "../../../src/taskpane/i18n/catalogue";
import { largestChange, mutatiesSheet, versionsName } from "../../../src/taskpane/panes/vergelijken/mutatiesSheet";
import { table } from "../../engine/comparison/fixtureTables";
import { FORMATS } from "../../../src/excel/formats";

const t = (key: string, params?: Record<string, string | number>) => translate("nl", key, params);
const NOW = new Date(Date.UTC(2026, 11, 3, 12));

describe("mutatiesSheet", () => {
  it("writes one row per municipality and cost line whose parts add up, a Totaal row, summary, bridge and provenance", () => {
    const comparison = compareTables(table("2024"), table("2025"));
    const oss = comparison.allocation!.municipalities.find((m) => m.name === "Oss")!;
    const spec = mutatiesSheet({ comparison, oldName: "Kosten 2024", newName: "Kosten 2025", bridgeRowPair: oss.rowPair, t, now: NOW });
    expect(spec.sheetName).toBe("Mutaties 2024-2025");
    expect(spec.columns.map((c) => c.header)).toEqual(["Gemeente", "Kostenpost", "Oud", "Nieuw", "Verschil", "%", "Volume", "Sleutel", "Deelname", "Overig"]);
    expect(spec.rows).toHaveLength(15);
    for (const r of spec.rows as number[][]) expect(r[6] + r[7] + r[8] + r[9]).toBe(r[4]);
    expect(spec.rows.find((r) => r[0] === "Oss" && r[1] === "Beleids-coördinatie")).toEqual(["Oss", "Beleids-coördinatie", 40818, 34339, -6479, -6479 / 40818, -6479, 0, 0, 0]);
    expect(spec.totalRow!.values.slice(4, 10)).toEqual([-19999, -19999 / 1271099, -20000, 0, 0, 1]);
    const notes = spec.notes!.map((r) => r.map((c) => (typeof c === "object" ? c.value : c)).join(" | "));
    const ossSummary = spec.notes!.find((r) => r[0] === "Oss")!;
    expect(ossSummary.slice(1).every((c) => typeof c === "object" && c.numberFormat === FORMATS.euro)).toBe(true);
    expect(notes).toContain("Oss | 411777 | 405298 | -6479 | -6479 | 0 | 0 | 0");
    expect(spec.chart).toEqual({
      kind: "bridge",
      title: "Overbrugging Oss",
      start: { label: "Oud totaal", value: 411777 },
      steps: [
        { label: "Volume", value: -6479 },
        { label: "Sleutel", value: 0 },
        { label: "Deelname", value: 0 },
        { label: "Overig", value: 0 },
      ],
      end: { label: "Nieuw totaal", value: 405298 },
      numberFormat: FORMATS.euro,
      names: { data: "Overbrugging Oss", amount: "Bedrag", base: "Basis (onzichtbaar in de grafiek)", total: "Totaal", increase: "Stijging", decrease: "Daling" },
    });
    expect(notes).toContain("Oude versie | Kosten 2024");
    expect(notes).toContain("Datum | 03-12-2026");
  });

  it("lists changed, added and removed cells when the tables are no allocation tables", () => {
    const comparison = compareTables(
      { name: "a", values: [["Post", "Bedrag"], ["Huur", 100], ["Schoonmaak", 50]] },
      { name: "b", values: [["Post", "Bedrag"], ["Huur", 110], ["Beveiliging", 70]] },
    );
    const spec = mutatiesSheet({ comparison, oldName: "Begroting", newName: "Begroting (2)", t, now: NOW });
    expect(spec.rows).toEqual([
      ["Huur", "Bedrag", 100, 110, 10, 0.1, "gewijzigd", ""],
      ["Beveiliging", "Bedrag", "", 70, 70, "", "nieuw", ""],
      ["Schoonmaak", "Bedrag", 50, "", -50, -1, "vervallen", ""],
    ]);
    expect(spec.totalRow!.values[4]).toBe(30);
  });
});

describe("largestChange", () => {
  it("picks the municipality with the largest change either way, the first of equals", () => {
    const comparison = compareTables(table("2024"), table("2025"));
    const a = comparison.allocation!;
    expect(a.municipalities.find((m) => m.rowPair === largestChange(a))!.name).toBe("Oss");
    const increases = { ...a, municipalities: a.municipalities.map((m, i) => ({ ...m, change: i === 2 ? 7000 : i === 4 ? -7000 : 10 })) };
    expect(largestChange(increases)).toBe(a.municipalities[2].rowPair);
  });
});

describe("versionsName", () => {
  it("keeps what differs, whole words", () => {
    expect(versionsName("Kosten per gemeente 2024", "Kosten per gemeente 2025")).toBe("2024-2025");
    expect(versionsName("Begroting", "Kosten")).toBe("Kosten");
    expect(versionsName("Kosten", "Kosten")).toBe("Kosten");
  });
});
