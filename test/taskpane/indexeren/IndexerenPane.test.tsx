import * as React from "react";
import { MemoryWorkbookPort } from "../../../src/preview/MemoryWorkbookPort";
import { demoWorkbook, TARIEVEN_SHEET } from "../../../src/preview/demo";
import { IndexerenPane } from "../../../src/taskpane/panes/indexeren/IndexerenPane";
import { SETTINGS_KEYS } from "../../../src/excel/WorkbookPort";
import { I18nProvider } from "../../../src/taskpane/i18n/I18nProvider";
import { buttonWithText, byTestId, click, inputByTestId, renderPane, setValue, statusText, unmountPane } from "../renderPane";

let port: MemoryWorkbookPort;
let container: HTMLElement;
beforeEach(async () => ({ port, container } = await renderPane(<IndexerenPane />)));
afterEach(unmountPane);

async function radio(group: string, value: string) {
  await click(byTestId(group).querySelector(`input[value="${value}"]`)!);
}

describe("Indexeren pane", () => {
  it("opens on the latest year with the method always named (2025, absoluut, result rounded: 4,96%)", () => {
    expect(byTestId("indexeren-result").textContent).toBe("4,96%");
    expect(byTestId("indexeren-method-summary").textContent).toMatch(/verschil absoluut \(def − voorl\); opgeteld bij voorlopig t; uitkomst afgerond op 2 decimalen.*VNG-advies 2025, gecorrigeerde tabel/);
    expect((byTestId("indexeren-year") as HTMLSelectElement).value).toBe("2025");
  });

  it("reproduces the VNG 2024 table when the user picks its choices", async () => {
    await setValue(byTestId("indexeren-year"), "2024");
    await radio("indexeren-difference", "relatief");
    await radio("indexeren-rounding", "componenten");
    expect(byTestId("indexeren-result").textContent).toBe("6,30%");
    expect(byTestId("indexeren-derivation-Totaal").textContent).toContain("1,60%");
    expect(byTestId("indexeren-method-summary").textContent).toContain("VNG-advies 2024 (ambulant 90/10)");
    await radio("indexeren-weights", "verblijf");
    expect(byTestId("indexeren-result").textContent).toBe("6,10%");
  });

  it("indexes the demo tariff list into a new sheet and leaves the list untouched", async () => {
    const before = JSON.stringify(port.values(TARIEVEN_SHEET));
    port.setSelection(TARIEVEN_SHEET, "B3");
    await click(byTestId("indexeren-read"));
    expect(byTestId("indexeren-read-info").textContent).toContain("Tarieven!A1:D13");
    expect((byTestId("indexeren-map-tariff") as HTMLSelectElement).value).toBe("3");
    expect((byTestId("indexeren-from-year") as HTMLSelectElement).value).toBe("2024");
    await click(byTestId("indexeren-write"));
    expect(statusText()).toMatch(/12 tarieven geschreven naar blad "Tarieven 2025"/);
    const cells = port.values("Tarieven 2025");
    // every column of the list is kept: Eenheid stays next to the description (issue 14)
    expect(cells[2].slice(0, 6)).toEqual(["Productcode", "Omschrijving", "Eenheid", "Tarief 2024", "Indexatie 2024→2025", "Tarief 2025"]);
    // 58,45 × 1,0496 = 61,34912 → 61,35
    expect(cells[3].slice(0, 6)).toEqual(["02A01", "Begeleiding individueel basis", "uur", 58.45, 0.0496, 61.35]);
    expect(JSON.stringify(port.values(TARIEVEN_SHEET))).toBe(before);
  });

  it("stores an override in the workbook, uses it, and resets to the embedded series", async () => {
    await click(buttonWithText("Indexreeks bekijken en aanpassen"));
    await click(container.querySelector('button[aria-label="OVA definitief 2025: —"]')!);
    const form = byTestId("indexeren-override-form");
    const inputs = form.querySelectorAll("input");
    await setValue(inputs[1], "5,00");
    await click(buttonWithText("Opslaan in werkmap", form));
    // a source note is required: nothing stored yet
    expect(await port.getSetting(SETTINGS_KEYS.indexOverrides)).toBeUndefined();
    await setValue(inputs[2], "CEP 2025 (test)");
    await click(buttonWithText("Opslaan in werkmap", form));
    expect(await port.getSetting(SETTINGS_KEYS.indexOverrides)).toEqual([
      { year: 2025, series: "OVA", stage: "definitief", percent: 5, note: "CEP 2025 (test)" },
    ]);
    expect(container.querySelector('button[aria-label="OVA definitief 2025: 5,00%"]')).not.toBeNull();
    expect(statusText()).toBe("OVA definitief 2025 opgeslagen in de werkmap.");
    await click(byTestId("indexeren-reset"));
    expect(await port.getSetting(SETTINGS_KEYS.indexOverrides)).toBeUndefined();
  });
});

describe("Indexeren pane with unreadable workbook figures", () => {
  it("says so, calculates with the embedded series and offers the reset", async () => {
    await unmountPane();
    port = new MemoryWorkbookPort(demoWorkbook());
    await port.setSetting(SETTINGS_KEYS.indexOverrides, [{ year: "twintig" }]);
    ({ container } = await renderPane(<IndexerenPane />, port));
    expect(container.textContent).toContain("De eigen indexcijfers in de werkmap zijn niet te lezen");
    expect(byTestId("indexeren-result").textContent).toBe("4,96%");
    await click(buttonWithText("Indexreeks bekijken en aanpassen"));
    await click(byTestId("indexeren-reset"));
    expect(await port.getSetting(SETTINGS_KEYS.indexOverrides)).toBeUndefined();
    expect(container.textContent).not.toContain("De eigen indexcijfers in de werkmap zijn niet te lezen");
  });
});

describe("Indexeren pane on a list with an amount column, chained over two years", () => {
  const cell = (value: string | number) => ({ value });
  beforeEach(async () => {
    await unmountPane();
    const book = demoWorkbook();
    book.sheets.push({
      name: "Lijst 2023",
      cells: [
        [cell("Code"), cell("Product"), cell("Tarief 2023"), cell("Omzet 2023")],
        [cell("X1"), cell("Begeleiding"), cell(100), cell(10000)],
        [cell("X2"), cell("Dagbesteding"), cell("50,00"), cell("")],
      ],
    });
    ({ port, container } = await renderPane(<IndexerenPane />, new MemoryWorkbookPort(book)));
  });

  it("indexes 2023 → 2025 year by year and adds the settlement over 2023 from the amounts", async () => {
    port.setSelection("Lijst 2023", "A1");
    await click(byTestId("indexeren-read"));
    expect((byTestId("indexeren-map-basis") as HTMLSelectElement).value).toBe("3");
    expect((byTestId("indexeren-from-year") as HTMLSelectElement).value).toBe("2023");
    await click(inputByTestId("indexeren-settlement"));
    expect(container.querySelector('input[value="bedrag"]')).not.toBeNull();
    expect((container.querySelector('input[value="bedrag"]') as HTMLInputElement).checked).toBe(true);
    await click(byTestId("indexeren-write"));
    const cells = port.values("Tarieven 2025");
    expect(cells[2].slice(0, 7)).toEqual(["Productcode", "Omschrijving", "Tarief 2023", "Indexatie 2023→2025", "Tarief 2025", "Basis nacalculatie 2023", "Nacalculatie 2023"]);
    // 2024 absoluut 6,37% → 106,37; 2025 4,96% → 111,645952 → 111,65. Settlement 2023: 10.000 × (1,06426/1,04753 − 1) = 159,71
    expect(cells[3].slice(0, 7)).toEqual(["X1", "Begeleiding", 100, Number((1.0637 * 1.0496 - 1).toPrecision(12)), 111.65, 10000, 159.71]);
    // 50 → 53,19 (53,185) → 55,83 (55,828224)
    expect(cells[4].slice(4, 7)).toEqual([55.83, 0, 0]);
    expect(cells[5].slice(0, 7)).toEqual(["Totaal", "2 producten", "", "", "", 10000, 159.71]);
    const flat = cells.map((r) => r.filter((c) => c !== "").join(" | "));
    expect(flat).toContain("Afleiding indexatie aanbieder 2024");
    expect(flat).toContain("Afleiding indexatie aanbieder 2025");
  });

  it("refuses a price level after the contract year and writes nothing", async () => {
    port.setSelection("Lijst 2023", "A1");
    await click(byTestId("indexeren-read"));
    await setValue(byTestId("indexeren-year"), "2023");
    await setValue(byTestId("indexeren-from-year"), "2023");
    const before = port.serialize();
    await setValue(byTestId("indexeren-year"), "2024");
    await setValue(byTestId("indexeren-from-year"), "2024");
    await setValue(byTestId("indexeren-year"), "2023");
    await click(byTestId("indexeren-write"));
    expect(statusText()).toMatch(/prijspeil 2024, later dan contractjaar 2023/);
    expect(port.serialize()).toBe(before);
  });
});

describe("Indexeren pane: stale data (issue 11)", () => {
  it("stops without writing when the tariff list was edited after it was read", async () => {
    port.setSelection(TARIEVEN_SHEET, "B3");
    await click(byTestId("indexeren-read"));
    // the user changes a tariff after reading the list: D4 was 41,8
    await port.updateCells(TARIEVEN_SHEET, [{ address: "D4", expected: 41.8, content: 45 }]);
    const sheets = port.sheetNames();
    const before = port.serialize();
    await click(byTestId("indexeren-write"));
    expect(statusText()).toContain("De gegevens in Tarieven!A1:D13 zijn gewijzigd sinds het inlezen (cel D4: eerst 41,8, nu 45)");
    expect(statusText()).toContain("Er is niets geschreven");
    expect(port.sheetNames()).toEqual(sheets);
    expect(port.serialize()).toBe(before);
    // read again: the new tariff is used
    await click(byTestId("indexeren-read"));
    await click(byTestId("indexeren-write"));
    // sheet row 4 of the list is body row 3 of the output (title, blank, header above it)
    expect(port.values("Tarieven 2025")[5][3]).toBe(45);
  });
});

describe("Indexeren pane: the greyed-out Nacalculatie switch says why it is off (issue 12)", () => {
  const cell = (value: string | number) => ({ value });
  beforeEach(async () => {
    await unmountPane();
    const book = demoWorkbook();
    book.sheets.push({
      name: "Lijst 2025",
      cells: [
        [cell("Code"), cell("Product"), cell("Tarief 2025"), cell("Omzet 2025")],
        [cell("X1"), cell("Begeleiding"), cell(100), cell(10000)],
      ],
    });
    ({ port, container } = await renderPane(<IndexerenPane />, new MemoryWorkbookPort(book)));
  });

  it("names the year and both missing definitive figures of 2025", async () => {
    port.setSelection("Lijst 2025", "A1");
    await click(byTestId("indexeren-read"));
    expect((byTestId("indexeren-map-basis") as HTMLSelectElement).value).toBe("3");
    expect((byTestId("indexeren-from-year") as HTMLSelectElement).value).toBe("2025");
    const settlementSwitch = inputByTestId("indexeren-settlement");
    expect(settlementSwitch.disabled).toBe(true);
    expect(settlementSwitch.checked).toBe(false);
    expect(byTestId("indexeren-settlement-why").textContent).toBe(
      "Nacalculatie 2025 staat uit: de indexcijfers OVA 2025 definitief en PPC 2025 definitief ontbreken nog. Vul ze in onder 'Indexreeks bekijken en aanpassen' zodra VNG ze publiceert, of kies een ander jaar.",
    );
    // 2024 has its definitive figures: the switch is on offer and the why-text goes
    await setValue(byTestId("indexeren-from-year"), "2024");
    expect(inputByTestId("indexeren-settlement").disabled).toBe(false);
    expect(container.querySelector('[data-testid="indexeren-settlement-why"]')).toBeNull();
  });

  it("says it in English from the missing figures, not the engine's Dutch message (issue 14)", async () => {
    await unmountPane();
    const book = demoWorkbook();
    book.sheets.push({ name: "Lijst 2025", cells: [[{ value: "Code" }, { value: "Tarief 2025" }, { value: "Omzet 2025" }], [{ value: "X1" }, { value: 100 }, { value: 10000 }]] });
    ({ port, container } = await renderPane(
      <I18nProvider initial="en">
        <IndexerenPane />
      </I18nProvider>,
      new MemoryWorkbookPort(book),
    ));
    port.setSelection("Lijst 2025", "A1");
    await click(byTestId("indexeren-read"));
    expect(byTestId("indexeren-settlement-why").textContent).toBe(
      "Settlement 2025 is off: the index figures OVA 2025 definitive and PPC 2025 definitive are still missing. Enter them under 'View and edit the index series' as soon as VNG publishes them, or choose another year.",
    );
  });

  it("says to choose the volume or amount column when none is mapped", async () => {
    port.setSelection("Lijst 2025", "A1");
    await click(byTestId("indexeren-read"));
    await setValue(byTestId("indexeren-map-basis"), "");
    expect(inputByTestId("indexeren-settlement").disabled).toBe(true);
    expect(byTestId("indexeren-settlement-why").textContent).toBe("Nacalculatie staat uit: kies eerst de kolom volume of bedrag.");
  });
});
