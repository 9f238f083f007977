import * as React from "react";
import type { MemoryWorkbookPort } from "../../../src/preview/MemoryWorkbookPort";
import { VERBLIJVEN_SHEET } from "../../../src/preview/demo";
import { VERBLIJVEN_DEFECTS } from "../../../src/preview/demo/verblijven";
import { BezettingPane } from "../../../src/taskpane/panes/bezetting/BezettingPane";
import { I18nProvider, useI18n } from "../../../src/taskpane/i18n/I18nProvider";
import { dayNumber } from "../../../src/engine/shared/dates";
import { byTestId, click, inputByTestId, renderPane, setValue, statusText, unmountPane } from "../renderPane";
import { naiveAverage } from "./naive";

let port: MemoryWorkbookPort;
let container: HTMLElement;
beforeEach(async () => ({ port, container } = await renderPane(<BezettingPane />)));
afterEach(unmountPane);

describe("Bezetting pane", () => {
  it("reads the demo stays, recognises every column and proposes the period from the dates", async () => {
    port.setSelection(VERBLIJVEN_SHEET, "C5");
    await click(byTestId("bezetting-read"));
    expect(byTestId("bezetting-source").textContent).toContain("Verblijven!A1:F201: 200 verblijfsregels");
    const mapped = ["client", "municipality", "provider", "product", "start", "end"].map((r) => (byTestId(`bezetting-map-${r}`) as HTMLSelectElement).value);
    expect(mapped).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect((byTestId("bezetting-from") as HTMLSelectElement).value).toBe("2022-01");
    // the month pickers speak Dutch, whatever the browser's language
    const from = byTestId("bezetting-from") as HTMLSelectElement;
    expect(from.selectedOptions[0].textContent).toBe("januari 2022");
    expect([...from.options].some((o) => o.textContent === "december 2024")).toBe(true);
  });

  it("lists the demo's data problems with sheet rows, stops by default, writes after 'exclude'", async () => {
    const before = JSON.stringify(port.values(VERBLIJVEN_SHEET));
    port.setSelection(VERBLIJVEN_SHEET, "A1");
    await click(byTestId("bezetting-read"));
    await setValue((byTestId("bezetting-from") as HTMLSelectElement), "2022-01");
    await setValue((byTestId("bezetting-to") as HTMLSelectElement), "2024-12");
    await click(byTestId("bezetting-analyse"));

    const problems = byTestId("bezetting-problems").textContent ?? "";
    // data row 41 is sheet row 43 (header in row 1)
    expect(problems).toContain(`Rij ${VERBLIJVEN_DEFECTS.emptyMunicipalityRow + 2}: geen gemeente ingevuld`);
    expect(problems).toContain(`Rij ${VERBLIJVEN_DEFECTS.misspelledMunicipalityRow + 2}: "Venrai" is geen bekende gemeente in deze periode; bedoelt u "Venray"`);
    expect((byTestId("bezetting-write") as HTMLButtonElement).disabled).toBe(true);

    await click(inputByTestId("bezetting-choice-exclude"));
    await setValue(inputByTestId("bezetting-capacity-total"), "20");
    await setValue(inputByTestId("bezetting-capacity-Venlo"), "1,5");
    await click(byTestId("bezetting-write"));
    expect(statusText()).toMatch(/^Bezettingstabel geschreven naar blad "Bezetting 2022-01 tm 2024-12"/);

    const cells = port.values("Bezetting 2022-01 tm 2024-12");
    expect(cells[0][0]).toBe("Gemiddeld bezette plekken per gemeente per maand, januari 2022 t/m december 2024");
    const monthKeys = [2022, 2023, 2024].flatMap((y) => Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, "0")}`));
    expect(cells[2]).toEqual(["Gemeente", ...monthKeys, "Gemiddeld", "Capaciteit"]);
    // the table runs from the header (row 3) through its Totaal row; chart data follows further down
    const body = cells.slice(3, cells.findIndex((r) => r[0] === "Totaal") + 1);
    const names = body.map((r) => r[0]);
    expect(names).toEqual(["Beesel", "Bergen (L.)", "Gennep", "Horst aan de Maas", "Peel en Maas", "Venlo", "Venray", "Totaal"]);

    // every written month checked against a day-by-day count on the original sheet
    const sheet = port.values(VERBLIJVEN_SHEET).slice(1);
    const problemRows = new Set<number>();
    const excludedNote = cells.find((r) => r[0] === "Uitgesloten rijen")![1] as string;
    for (const m of excludedNote.matchAll(/rij (\d+)/g)) problemRows.add(Number(m[1]) - 2);
    expect(problemRows.has(VERBLIJVEN_DEFECTS.emptyMunicipalityRow)).toBe(true);
    const periodEnd = dayNumber(2024, 12, 31);
    for (const row of body.slice(0, -1)) {
      for (let k = 0; k < 36; k++) {
        const expected = naiveAverage(sheet, { municipality: 1, start: 4, end: 5 }, String(row[0]), 2022 + Math.floor(k / 12), (k % 12) + 1, periodEnd, problemRows, {
          client: 0,
          provider: 2,
          periodStart: dayNumber(2022, 1, 1),
        });
        expect(row[k + 1]).toBeCloseTo(expected, 12);
      }
      const mean = (row.slice(1, 37) as number[]).reduce((a, b) => a + b, 0) / 36;
      expect(row[37]).toBeCloseTo(mean, 12);
    }
    const total = body[body.length - 1];
    expect(total[38]).toBe(20);
    expect(body.find((r) => r[0] === "Venlo")![38]).toBe(1.5);
    // months where Venlo is above its 1,5 places are filled, the others not
    const display = port.display("Bezetting 2022-01 tm 2024-12");
    const venloRow = cells.findIndex((r) => r[0] === "Venlo");
    const filled = display[venloRow].slice(1, 37).map((c) => c.fill !== undefined);
    expect(filled).toEqual((cells[venloRow].slice(1, 37) as number[]).map((v) => v > 1.5));
    expect(filled.some(Boolean)).toBe(true);
    expect(filled.every(Boolean)).toBe(false);

    const chart = port.charts("Bezetting 2022-01 tm 2024-12");
    expect(chart).toHaveLength(1);
    expect(chart[0].series.map((s) => s.name)).toEqual(["Totaal", "Capaciteit"]);
    expect(chart[0].series[1].values).toEqual(new Array(36).fill(20));
    expect(chart[0].series[0].values).toEqual(total.slice(1, 37));

    const flat = cells.map((r) => r.filter((c) => c !== "").join(" | "));
    expect(flat).toContain("Bron | Verblijven!A1:F201");
    expect(flat).toContain("Periode | 01-01-2022 t/m 31-12-2024 (36 maanden)");
    expect(flat.some((l) => l.startsWith("Gemiddeld | gemiddelde over alle maanden van de periode; maanden zonder verblijf tellen als 0"))).toBe(true);
    expect(JSON.stringify(port.values(VERBLIJVEN_SHEET))).toBe(before);
  });

  it("after 'exclude' counts and lists what will be written; says how text dates were read; no total capacity line from one group", async () => {
    port.setSelection(VERBLIJVEN_SHEET, "A1");
    await click(byTestId("bezetting-read"));
    await setValue(byTestId("bezetting-from") as HTMLSelectElement, "2022-01");
    await setValue(byTestId("bezetting-to") as HTMLSelectElement, "2024-12");
    await click(byTestId("bezetting-analyse"));
    const capacityGroups = () => [...container.querySelectorAll('[data-testid^="bezetting-capacity-"]')].map((el) => el.getAttribute("data-testid")!.slice("bezetting-capacity-".length)).filter((g) => g !== "total" && g !== "partial");
    const summary = () => byTestId("bezetting-summary").textContent;
    const excludeLabel = () => inputByTestId("bezetting-choice-exclude").closest(".fui-Radio")!.textContent;
    expect(summary()).toBe("9 groepen, januari 2022 t/m december 2024, 200 verblijven geteld; gemiddeld 39,61 bezette plekken in totaal.");
    expect(capacityGroups()).toContain("Venrai");
    expect(capacityGroups()).toContain("(onbekend)");
    // the overlap (rows 5 and 67) is not excluded: its shared days are counted once
    expect(excludeLabel()).toBe("Deze 2 rijen uitsluiten, overlappende dagen één keer tellen en de tabel maken");
    expect(byTestId("bezetting-text-dates").textContent).toBe('1 datum stond als tekst (zoals "15-03-2024") en is gelezen als dd-mm-jjjj: dag, maand, jaar.');

    await click(inputByTestId("bezetting-choice-exclude"));
    expect(summary()).toBe("7 groepen, januari 2022 t/m december 2024, 198 verblijven geteld; gemiddeld 38,96 bezette plekken in totaal.");
    expect(capacityGroups()).toEqual(["Beesel", "Bergen (L.)", "Gennep", "Horst aan de Maas", "Peel en Maas", "Venlo", "Venray"]);
    expect(byTestId("bezetting-cleaned").textContent).toBe("2 rijen uitgesloten; 192 overlappende cliëntdagen één keer geteld.");
    // back to "stop": the pane shows the data as it is again
    await click(inputByTestId("bezetting-choice-stop"));
    expect(summary()).toMatch(/^9 groepen/);
    await click(inputByTestId("bezetting-choice-exclude"));

    // a capacity for Venlo alone: no capacity line for the whole region, and the pane says why
    await setValue(inputByTestId("bezetting-capacity-Venlo"), "10");
    expect(byTestId("bezetting-capacity-partial").textContent).toMatch(/^Niet elke groep heeft een capaciteit/);
    await click(byTestId("bezetting-write"));
    const sheet = "Bezetting 2022-01 tm 2024-12";
    expect(port.charts(sheet)[0].series.map((s) => s.name)).toEqual(["Totaal"]);
    const cells = port.values(sheet);
    const totalRow = cells.findIndex((r) => r[0] === "Totaal");
    expect(cells[totalRow][38]).toBe("");
    const flat = cells.map((r) => r.filter((c) => c !== "").join(" | "));
    expect(flat).toContain("Overlappende verblijven | 1 overlapping van verblijven van één cliënt bij één aanbieder: de gedeelde dagen één keer geteld, bij het verblijf dat het eerst begon (192 cliëntdagen niet dubbel geteld)");
    expect(flat).toContain("Datums als tekst | 1 datum als tekst gelezen als dd-mm-jjjj (dag-maand-jaar)");
    expect(flat).toContain("Verwerkte rijen | 198 van 200 rijen geteld; 0 geheel buiten de periode; 0 lege rijen overgeslagen");
  });

  it("the Totaal row is red in the months it exceeds the total capacity", async () => {
    port.setSelection(VERBLIJVEN_SHEET, "A1");
    await click(byTestId("bezetting-read"));
    await click(byTestId("bezetting-analyse"));
    await click(inputByTestId("bezetting-choice-exclude"));
    await setValue(inputByTestId("bezetting-capacity-total"), "40");
    await click(byTestId("bezetting-write"));
    const sheet = port.sheetNames().find((n) => n.startsWith("Bezetting "))!;
    const cells = port.values(sheet);
    const display = port.display(sheet);
    const totalRow = cells.findIndex((r) => r[0] === "Totaal");
    const months = cells[2].filter((h) => /^\d{4}-\d{2}$/.test(String(h))).length;
    const values = cells[totalRow].slice(1, 1 + months) as number[];
    const red = display[totalRow].slice(1, 1 + months).map((c) => c.fill !== undefined);
    expect(red).toEqual(values.map((v) => v > 40));
    expect(red.some(Boolean)).toBe(true);
    expect(red.every(Boolean)).toBe(false);
  });

  it("refuses a selection without stays below the header, in Dutch", async () => {
    port.setSelection(VERBLIJVEN_SHEET, "H1");
    await click(byTestId("bezetting-read"));
    expect(statusText()).toBe("Verblijven!H1 heeft geen kopregel met verblijven eronder. Selecteer een cel in de tabel met verblijven.");
    expect(container.querySelector('[data-testid="bezetting-source"]')).toBeNull();
  });
});

describe("Bezetting pane: stale data (issue 11)", () => {
  it("stops without writing when a stay was edited after the stays were read", async () => {
    port.setSelection(VERBLIJVEN_SHEET, "A1");
    await click(byTestId("bezetting-read"));
    await setValue((byTestId("bezetting-from") as HTMLSelectElement), "2022-01");
    await setValue((byTestId("bezetting-to") as HTMLSelectElement), "2024-12");
    await click(byTestId("bezetting-analyse"));
    await click(inputByTestId("bezetting-choice-exclude"));
    // the user changes an end date after the analysis
    const end = port.values(VERBLIJVEN_SHEET)[4][5];
    await port.updateCells(VERBLIJVEN_SHEET, [{ address: "F5", expected: end, content: 45000 }]);
    const sheets = port.sheetNames();
    const before = port.serialize();
    await click(byTestId("bezetting-write"));
    expect(statusText()).toContain("De gegevens in Verblijven!A1:F201 zijn gewijzigd sinds het inlezen (cel F5:");
    expect(statusText()).toContain("nu 45000). Er is niets geschreven");
    expect(port.sheetNames()).toEqual(sheets);
    expect(port.serialize()).toBe(before);
  });
});

describe("Bezetting pane: problems are data, reworded when the language changes (issue 14)", () => {
  function SwitchToEnglish() {
    const { setLanguage } = useI18n();
    return <button data-testid="switch-en" onClick={() => setLanguage("en")} />;
  }

  it("lists the problems in Dutch, then in English after switching, with the same sheet rows", async () => {
    await unmountPane();
    ({ port, container } = await renderPane(
      <I18nProvider>
        <SwitchToEnglish />
        <BezettingPane />
      </I18nProvider>,
    ));
    port.setSelection(VERBLIJVEN_SHEET, "A1");
    await click(byTestId("bezetting-read"));
    await setValue(byTestId("bezetting-from") as HTMLSelectElement, "2022-01");
    await setValue(byTestId("bezetting-to") as HTMLSelectElement, "2024-12");
    await click(byTestId("bezetting-analyse"));
    const empty = VERBLIJVEN_DEFECTS.emptyMunicipalityRow + 2;
    const misspelled = VERBLIJVEN_DEFECTS.misspelledMunicipalityRow + 2;
    expect(byTestId("bezetting-problem-empty-municipality").textContent).toContain(`Rij ${empty}: geen gemeente ingevuld; dit verblijf staat onder "(onbekend)".`);

    await click(byTestId("switch-en"));
    expect(byTestId("bezetting-problem-empty-municipality").textContent).toContain(
      `Row ${empty}: no municipality filled in; this stay is counted under "(onbekend)". Fill in the municipality of origin or exclude the row.`,
    );
    expect(byTestId("bezetting-problem-unknown-municipality").textContent).toContain(
      `Row ${misspelled}: "Venrai" is not a known municipality in this period; did you mean "Venray"`,
    );
    const problems = byTestId("bezetting-problems").textContent ?? "";
    expect(problems).not.toMatch(/geen gemeente|is geen bekende|bedoelt u|overlappen/);
  });
});
