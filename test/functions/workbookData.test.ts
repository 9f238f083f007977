import { indexRate, municipalityCode, population, providerIndexation, settlement } from "../../src/functions/functions";
import { markWorkbookDataUnreadable, resetWorkbookData, setWorkbookData, subscribeWorkbookData } from "../../src/workbookData";

const setIndexOverrides = (value: unknown) => setWorkbookData({ indexOverrides: value });
const setPopulationImports = (value: unknown) => setWorkbookData({ populationImports: value });
import { parseCbsPopulationCsv, type PopulationImport } from "../../src/engine/municipalities";
import type { IndexOverride } from "../../src/engine/indexation";

function excelError(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("expected an error");
}

/** A StatLine 03759ned download as the Verdelen pane imports it. The 2027 figures are test input, not published figures. */
const statline2027 = [
  '"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"',
  '"Oss";"2027";"96102"',
  '"Bernheze";"2027";"32980"',
].join("\n");

const ova2024: IndexOverride = { year: 2024, series: "OVA", stage: "voorlopig", percent: 5, note: "eigen cijfer (test)" };

afterEach(() => resetWorkbookData());

describe("functions with an empty workbook state use the embedded figures", () => {
  it("SD.INDEXCIJFER(2024) is the VNG figure 4,697% and SD.INWONERS has no 2027", () => {
    expect(indexRate(2024)).toBeCloseTo(0.04697, 12);
    expect(population("Oss")).toBe(95_549);
    expect(excelError(() => population("Oss", 2027))).toMatchObject({ code: "#N/A", message: expect.stringContaining("1 januari 2027") });
  });
});

describe("index-figure overrides stored in the workbook", () => {
  it("an own OVA 2024 voorlopig of 5,00% changes SD.INDEXCIJFER(2024) to 0,9·5,00 + 0,1·2,51", () => {
    setIndexOverrides([ova2024]);
    expect(indexRate(2024)).toBeCloseTo(0.04751, 12);
    // the definitive stage has no override and stays the embedded 0,9·6,00 + 0,1·3,10
    expect(indexRate(2024, 0.9, "definitief")).toBeCloseTo(0.0571, 12);
  });

  it("reaches SD.INDEXATIE and SD.NACALCULATIE through the same series", () => {
    const before = { indexation: providerIndexation(2025), settlement: settlement(100_000, 2024) };
    setIndexOverrides([ova2024]);
    // correction for 2024 = definitief − voorlopig shrinks by 0,9 × (5,00 − 4,94) points
    expect(providerIndexation(2025)).toBeCloseTo(before.indexation - 0.00054, 12);
    expect(settlement(100_000, 2024)).toBeCloseTo((100_000 * 1.0571) / 1.04751 - 100_000, 6);
    expect(settlement(100_000, 2024)).not.toBeCloseTo(before.settlement, 2);
  });

  it("clearing the setting brings back the embedded figures", () => {
    setIndexOverrides([ova2024]);
    setIndexOverrides(undefined);
    expect(indexRate(2024)).toBeCloseTo(0.04697, 12);
  });

  it("an unreadable stored value gives #VALUE! with the reason, not the embedded figure", () => {
    setIndexOverrides([{ year: 2024, series: "OVA" }]);
    expect(excelError(() => indexRate(2024))).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("\"Eigen indexcijfers\" in de werkmap is onbruikbaar: de gegevens hebben niet de vorm van eigen indexcijfers (jaar, OVA/PPC, voorlopig/definitief, percentage, toelichting) (nummer 1, veld stage)") });
  });
});

describe("CBS population figures imported into the workbook", () => {
  it("an imported year 2027 makes SD.INWONERS(\"Oss\";2027) work and become the default year", () => {
    setPopulationImports(parseCbsPopulationCsv(statline2027));
    expect(population("Oss", 2027)).toBe(96_102);
    expect(population("GM1721", 2027)).toBe(32_980);
    expect(population("Oss")).toBe(96_102);
    // embedded years are untouched
    expect(population("Oss", 2024)).toBe(94_634);
    expect(population("Oss", 2026)).toBe(95_549);
  });

  it("a municipality known only from the import gets its SD.GEMEENTECODE", () => {
    const imports: PopulationImport[] = [{ year: 2027, source: "CBS StatLine 03759ned (test)", figures: [{ code: "GM1999", name: "Nieuwland", value: 1234 }] }];
    expect(excelError(() => municipalityCode("Nieuwland", 2027)).code).toBe("#N/A");
    setPopulationImports(imports);
    expect(municipalityCode("Nieuwland", 2027)).toBe("GM1999");
    setPopulationImports(undefined);
    expect(excelError(() => municipalityCode("Nieuwland", 2027)).code).toBe("#N/A");
  });

  it("an unreadable stored value gives #VALUE! pointing to the Verdelen pane", () => {
    setPopulationImports([{ year: "2025", figures: "Oss" }]);
    expect(excelError(() => population("Oss", 2024))).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("deelvenster Verdelen") });
  });
});

describe("workbook state holder", () => {
  it("says so when the settings could not be read, until a pane stores them again", () => {
    markWorkbookDataUnreadable("GeneralException");
    expect(excelError(() => indexRate(2024))).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("GeneralException") });
    expect(excelError(() => population("Oss", 2024)).code).toBe("#VALUE!");
    setWorkbookData({ indexOverrides: undefined, populationImports: undefined });
    expect(indexRate(2024)).toBeCloseTo(0.04697, 12);
    expect(population("Oss", 2024)).toBe(94_634);
  });

  it("is shared by separate copies of the module (taskpane.js and functions.js are separate bundles)", () => {
    type DataModule = typeof import("../../src/workbookData");
    let otherCopy: DataModule | undefined;
    jest.isolateModules(() => {
      otherCopy = jest.requireActual<DataModule>("../../src/workbookData");
    });
    expect(otherCopy?.setWorkbookData).not.toBe(setWorkbookData);
    let notified = 0;
    const stop = subscribeWorkbookData(() => notified++);
    otherCopy?.setWorkbookData({ indexOverrides: [ova2024] });
    expect(indexRate(2024)).toBeCloseTo(0.04751, 12);
    expect(notified).toBe(1);
    stop();
  });
});

describe("settings a workbook can hold that the schema refuses (issue 11)", () => {
  const oss = (value: unknown) => [{ year: 2027, source: "CBS (test)", figures: [{ code: "GM0828", name: "Oss", value }] }];
  it.each([
    ["figures that are text", [{ year: 2027, source: "x", figures: "abc" }], "de gegevens hebben niet de vorm van een CBS-import (nummer 1)"],
    ["population 0", oss(0), "een inwonertal moet een geheel getal van 1 tot en met 2.000.000 zijn (nummer 1, gemeente 1, veld value)"],
    ["population 1e308", oss(1e308), "een inwonertal moet een geheel getal van 1 tot en met 2.000.000 zijn"],
    ["a municipality twice", [{ year: 2027, source: "x", figures: [{ code: "GM0828", name: "Oss", value: 1 }, { code: "GM0828", name: "Oss", value: 2 }] }], "GM0828 staat twee keer in de import van 2027"],
  ])("imported inhabitants with %s: #VALUE! naming the setting", (_, value, detail) => {
    setPopulationImports(value);
    const e = excelError(() => population("Oss", 2026));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain('De instelling "Geïmporteerde CBS-inwonertallen" in de werkmap is onbruikbaar: ');
    expect(e.message).toContain(detail);
    expect(e.message).toContain("Zet de instelling terug in het deelvenster Verdelen.");
  });

  it.each([
    ["an index figure of −100 %", [{ ...ova2024, percent: -100 }], "een indexcijfer moet tussen −50 % en 50 % liggen (nummer 1, veld percent)"],
    ["two overrides for one figure", [ova2024, { ...ova2024, percent: 6 }], "OVA 2024 voorlopig staat twee keer in de lijst (nummer 1 en 2)"],
  ])("own index figures with %s: #VALUE! naming the setting, never Infinity or a silent choice", (_, value, detail) => {
    setIndexOverrides(value);
    const e = excelError(() => settlement(1000, 2024));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain('De instelling "Eigen indexcijfers" in de werkmap is onbruikbaar: ');
    expect(e.message).toContain(detail);
  });
});
