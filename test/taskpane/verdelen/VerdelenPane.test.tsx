/**
 * The Verdelen pane in jsdom against the in-memory workbook: importing a CBS StatLine export
 * stores the figures in the workbook settings and makes that year usable (workbook figures
 * win, and the written provenance says so); only years with figures are offered; cost lines
 * are read from a selection.
 */
import * as React from "react";
import { act } from "react";
import type { MemoryWorkbookPort } from "../../../src/preview/MemoryWorkbookPort";
import { VerdelenPane } from "../../../src/taskpane/panes/verdelen/VerdelenPane";
import { SETTINGS_KEYS } from "../../../src/excel/WorkbookPort";
import type { PopulationImport } from "../../../src/engine/municipalities";
import { byTestId, chooseOption, click, flush, inputByTestId, press, renderPane, setValue, statusText, unmountPane } from "../renderPane";

let port: MemoryWorkbookPort;
beforeEach(async () => ({ port } = await renderPane(<VerdelenPane />)));
afterEach(unmountPane);

const CBS_EXPORT = [
  '"Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio"',
  '"Geslacht";"Leeftijd";"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"',
  ...[
    ["Bernheze", 32130],
    ["Boekel", 11200],
    ["Land van Cuijk", 91300],
    ["Maashorst", 58800],
    ["Oss", 94000],
  ].map(([name, value]) => `"Totaal mannen en vrouwen";"Totaal";"${name}";"2027";"${value}"`),
].join("\n");

describe("Verdelen pane", () => {
  it("offers only years with figures, defaults to the latest, imports a CBS export into the workbook and then uses that year", async () => {
    await chooseOption("verdelen-preset", "Brabant Noordoost-oost (5)");
    await setValue(byTestId("verdelen-line-amount-0"), "1.000");
    expect(byTestId("verdelen-preview-row-5").textContent).toContain("€ 1.000");
    const years = () => [...(byTestId("verdelen-year") as HTMLSelectElement).options].map((o) => o.textContent);
    expect(years()).toEqual(["2020", "2022", "2023", "2024", "2025", "2026"]);
    expect((byTestId("verdelen-year") as HTMLSelectElement).value).toBe("2026");
    expect(byTestId("verdelen-year-why").textContent).toBe("Peiljaar 2026: het laatste jaar waarvoor inwonertallen zijn.");

    const file = new File([CBS_EXPORT], "03759ned.csv", { type: "text/csv" });
    const input = byTestId("verdelen-import-file") as HTMLInputElement;
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await flush();
    expect(statusText()).toBe("Geïmporteerd: 5 gemeenten voor 2027. De cijfers staan in de werkmap.");
    const stored = await port.getSetting<PopulationImport[]>(SETTINGS_KEYS.populationImports);
    expect(stored?.[0]).toMatchObject({ year: 2027, figures: expect.arrayContaining([{ code: "GM0828", name: "Oss", value: 94000 }]) });
    expect(years()).toEqual(["2020", "2022", "2023", "2024", "2025", "2026", "2027 (geïmporteerd)"]);
    // the imported year is now the latest with figures, so the default follows it
    expect((byTestId("verdelen-year") as HTMLSelectElement).value).toBe("2027");
    expect(byTestId("verdelen-year-why").textContent).toBe("Peiljaar 2027: het laatste jaar waarvoor inwonertallen zijn.");
    await setValue(byTestId("verdelen-line-name-0"), "Backoffice");
    await setValue(byTestId("verdelen-budget-year"), "2025");
    await click(byTestId("verdelen-write"));
    expect(statusText()).toBe('De verdeling staat op het nieuwe blad "Verdeling 2025".');
    const sheet = (await port.readSnapshot({ kind: "usedRange", sheetName: "Verdeling 2025" })).values;
    expect(sheet[3].slice(0, 2)).toEqual(["Bernheze", 32130]);
    expect(sheet[8].slice(0, 4)).toEqual(["Totaal", 287430, 1, 1000]);
    const lines = sheet.map((r) => r.filter((c) => c !== "").join(" | "));
    expect(lines.filter((l) => l.startsWith("Bron"))).toEqual(["Bron | CBS StatLine 03759ned, inwoners per 1-1-2027 (geïmporteerd in deze werkmap)"]);
  });

  it("uses the reference year the sheet names, says where, and refuses a year without figures", async () => {
    await port.writeTable({ sheetName: "Sleutel", columns: [{ header: "Gemeente" }, { header: "Inwoners per 1 januari 2024" }], rows: [["Oss", 94634], ["Boekel", 11030]] });
    await port.select("Sleutel", "A1:B3");
    await click(byTestId("verdelen-municipality-read"));
    await click(byTestId("verdelen-key-source-cbs"));
    expect((byTestId("verdelen-year") as HTMLSelectElement).value).toBe("2024");
    expect(byTestId("verdelen-year-why").textContent).toBe('Peiljaar 2024: het blad noemt "per 1 januari 2024" (cel B1).');

    await port.writeTable({ sheetName: "Oud", columns: [{ header: "Gemeente" }, { header: "Peiljaar 2021" }], rows: [["Oss", 1]] });
    await port.select("Oud", "A1:B2");
    await click(byTestId("verdelen-municipality-read"));
    await click(byTestId("verdelen-key-source-cbs"));
    expect((byTestId("verdelen-year") as HTMLSelectElement).value).toBe("2024");
    expect(byTestId("verdelen-year-why").textContent).toBe(
      'Het blad noemt "Peiljaar 2021" (cel B1), maar voor 2021 zijn er geen inwonertallen; de dichtstbijzijnde jaren met cijfers zijn 2020 en 2022. Peiljaar blijft 2024; importeer de CBS-cijfers van 2021 of kies zelf een jaar.',
    );
    await setValue(byTestId("verdelen-year"), "2022");
    expect(byTestId("verdelen-year-why").textContent).toBe("Peiljaar 2022: door u gekozen.");
  });

  it("reads cost lines from the selection, including a refund, and names a bad cell", async () => {
    await port.writeTable({
      sheetName: "Posten",
      columns: [{ header: "Kostenpost" }, { header: "Bedrag" }],
      rows: [
        ["Inkoop & contractering", 797000],
        ["Bijdrage Wijchen", "-10.230"],
      ],
    });
    await port.select("Posten", "A1:B3");
    await click(byTestId("verdelen-line-read"));
    expect(statusText()).toBe("2 kostenposten gelezen uit Posten!A1:B3.");
    expect((byTestId("verdelen-line-name-1") as HTMLInputElement).value).toBe("Bijdrage Wijchen");
    expect((byTestId("verdelen-line-amount-1") as HTMLInputElement).value).toBe("-10.230");

    await port.writeTable({ sheetName: "Fout", columns: [{ header: "Kostenpost" }, { header: "Bedrag" }], rows: [["Toezicht", "n.v.t."]] });
    await port.select("Fout", "A1:B2");
    await click(byTestId("verdelen-line-read"));
    expect(statusText()).toBe('B2: "n.v.t." is geen bedrag.');
    expect((byTestId("verdelen-line-name-0") as HTMLInputElement).value).toBe("Inkoop & contractering");
  });

  it("the Regio list is a combobox: arrows move, Enter chooses; a second region replaces or, when asked, adds", async () => {
    const combo = byTestId("verdelen-preset");
    expect(combo.getAttribute("role")).toBe("combobox");
    const names = () => [...document.querySelectorAll('[data-testid^="verdelen-municipality-"]')].filter((el) => el.tagName === "INPUT").map((el) => (el as HTMLInputElement).value);
    // ArrowDown on the closed list opens it and chooses nothing
    await press(combo, "ArrowDown");
    expect(combo.getAttribute("aria-expanded")).toBe("true");
    expect(names()).toEqual([]);
    // the arrows move past the first region; Enter chooses the highlighted one
    await press(combo, "ArrowDown");
    await press(combo, "ArrowDown");
    await press(combo, "Enter");
    expect(combo.getAttribute("aria-expanded")).toBe("false");
    expect(combo.textContent).toBe("Brabant Noordoost-oost (5)");
    expect(names()).toEqual(["Bernheze", "Boekel", "Land van Cuijk", "Maashorst", "Oss"]);
    expect(statusText()).toBe("Brabant Noordoost-oost (5): de lijst bevat nu 5 gemeenten.");

    // a second region replaces the list by default: 7, not 5 + 7
    await chooseOption("verdelen-preset", "Noord-Limburg (7)");
    expect(names()).toEqual(["Beesel", "Bergen (L.)", "Gennep", "Horst aan de Maas", "Peel en Maas", "Venlo", "Venray"]);
    expect(inputByTestId("verdelen-preset-mode-replace").checked).toBe(true);

    // adding is an explicit choice, and a municipality already in the list is not doubled
    await click(inputByTestId("verdelen-preset-mode-add"));
    await chooseOption("verdelen-preset", "Noord- en Midden-Limburg (14)");
    expect(names()).toHaveLength(14);
    expect(new Set(names()).size).toBe(14);
    expect(statusText()).toBe("Noord- en Midden-Limburg (14): 7 gemeenten toegevoegd, 7 stonden er al; de lijst bevat nu 14 gemeenten.");
  });

  it("says when an amount is rounded to the chosen unit, and records the amount as entered", async () => {
    await chooseOption("verdelen-preset", "Brabant Noordoost-oost (5)");
    await setValue(byTestId("verdelen-line-name-0"), "Beleidscoördinatie");
    await setValue(byTestId("verdelen-line-amount-0"), "126000,50");
    const notice = () => byTestId("verdelen-line-amount-0").closest("[class*=fui-Field]")!.textContent;
    expect(notice()).toContain("Afgerond op hele euro's: verdeeld wordt € 126.001 (ingevoerd € 126.000,50).");
    expect(byTestId("verdelen-preview-row-5").textContent).toContain("€ 126.001");
    // in cents nothing is rounded, and nothing is said
    await setValue(byTestId("verdelen-decimals"), "2");
    expect(notice()).not.toContain("Afgerond");
    await setValue(byTestId("verdelen-decimals"), "0");
    await setValue(byTestId("verdelen-budget-year"), "2031");
    await click(byTestId("verdelen-write"));
    const sheet = (await port.readSnapshot({ kind: "usedRange", sheetName: "Verdeling 2031" })).values;
    const lines = sheet.map((r) => r.filter((c) => c !== "").join(" | "));
    expect(lines).toContain("Ingevoerd bedrag | Beleidscoördinatie: ingevoerd € 126.000,50, verdeeld € 126.001 (afgerond op hele euro's)");
    expect(sheet[8][3]).toBe(126001);
  });

  it("a second pane opened on the same workbook sees the imported figures", async () => {
    await port.setSetting(SETTINGS_KEYS.populationImports, [{ year: 2026, source: "CBS StatLine 03759ned", figures: [{ code: "GM0828", name: "Oss", value: 99000 }] }]);
    await unmountPane();
    await renderPane(<VerdelenPane />, port);
    const options = [...(byTestId("verdelen-year") as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toContain("2026");
  });
});
