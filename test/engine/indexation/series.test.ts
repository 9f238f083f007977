import { readIndexOverrides } from "../../../src/workbookData";
import { embeddedFigures, indexSeries } from "../../../src/engine/indexation/embedded";
import {
  IndexSeries,
  parseIndexSeriesCsv,
  removeOverride,
  sourceKindOf,
  upsertOverride,
  type IndexOverride,
} from "../../../src/engine/indexation/series";
import { parseCsv } from "../../../src/engine/indexation/csv";
import { EngineError } from "../../../src/engine/shared/errors";

describe("embedded index series", () => {
  it("reads every figure of index-series.csv (44 rows with a percentage)", () => {
    expect(embeddedFigures()).toHaveLength(44);
  });

  it("uses the VNG 2024 table figures for 2023 and 2024", () => {
    const s = indexSeries();
    expect(s.figure(2023, "OVA", "voorlopig").percent).toBe(4.74);
    expect(s.figure(2023, "OVA", "definitief").percent).toBe(6.36);
    expect(s.figure(2023, "PPC", "voorlopig").percent).toBe(4.87);
    expect(s.figure(2024, "OVA", "voorlopig").percent).toBe(4.94);
    expect(s.figure(2024, "PPC", "voorlopig").percent).toBe(2.51);
  });

  it("prefers VNG over NZa where both published a figure of the same stage (PPC 2023 definitief 7,02 over 9,99)", () => {
    const slot = indexSeries().slot(2023, "PPC", "definitief");
    expect(slot.used?.percent).toBe(7.02);
    expect(slot.used?.sourceKind).toBe("VNG");
    expect(slot.alternatives.map((f) => f.percent)).toContain(9.99);
  });

  it("takes NZa/CPB where VNG published nothing, and keeps revisions as alternatives", () => {
    const s = indexSeries();
    expect(s.figure(2021, "OVA", "definitief").sourceKind).toBe("NZa");
    expect(s.figure(2021, "OVA", "voorlopig").percent).toBe(3.24);
    const ppc2022 = s.slot(2022, "PPC", "definitief");
    expect(ppc2022.used?.percent).toBe(6.3);
    expect(ppc2022.alternatives.map((f) => f.percent).sort()).toEqual([1.64, 1.83, 9.25]);
    const ova2022 = s.slot(2022, "OVA", "voorlopig");
    expect(ova2022.used?.percent).toBe(1.72);
    expect(ova2022.used?.sourceKind).toBe("VNG");
    expect(ova2022.alternatives.map((f) => f.percent)).toEqual(expect.arrayContaining([2.2, 2.74, 3.87]));
  });

  it("never uses a raming as the provisional figure (OVA 2019 voorlopig 4,12, not the raming 3,98)", () => {
    expect(indexSeries().figure(2019, "OVA", "voorlopig").percent).toBe(4.12);
  });

  it("reports a missing figure as not-available naming year, stage and series", () => {
    const s = indexSeries();
    expect(() => s.figure(2025, "OVA", "definitief")).toThrow(/^Voor 2025 ontbreekt nog het indexcijfer OVA 2025 definitief\./);
    try {
      s.figure(2016, "PPC", "voorlopig");
    } catch (e) {
      expect((e as EngineError).kind).toBe("not-available");
    }
    expect.assertions(2);
  });
});

describe("workbook overrides", () => {
  const override: IndexOverride = { year: 2023, series: "PPC", stage: "definitief", percent: 9.99, note: "NZa-tabel" };

  it("win over VNG, and the VNG figure becomes an alternative", () => {
    const s = new IndexSeries(embeddedFigures(), [override]);
    const slot = s.slot(2023, "PPC", "definitief");
    expect(slot.used).toMatchObject({ percent: 9.99, sourceKind: "werkmap", note: "NZa-tabel" });
    expect(slot.alternatives.map((f) => f.percent)).toEqual(expect.arrayContaining([7.02, 9.99]));
  });

  it("can add a year the data does not have (2025 definitief)", () => {
    const s = new IndexSeries(embeddedFigures(), [{ year: 2025, series: "OVA", stage: "definitief", percent: 5.1, note: "CEP 2025" }]);
    expect(s.figure(2025, "OVA", "definitief").percent).toBe(5.1);
    expect(() => s.figure(2025, "PPC", "definitief")).toThrow(/PPC/);
  });

  it("are validated when read back from the workbook (src/workbookData), a broken one is reported not skipped", () => {
    expect(readIndexOverrides(undefined)).toEqual({ ok: true, value: [] });
    expect(readIndexOverrides([override])).toEqual({ ok: true, value: [override] });
    expect(readIndexOverrides([override, { year: "2024" }])).toMatchObject({ ok: false, message: expect.stringContaining("nummer 2") });
    expect(readIndexOverrides("x")).toMatchObject({ ok: false });
  });

  it("upsert replaces the same slot and keeps the list ordered; remove drops one slot", () => {
    const a = upsertOverride([], override);
    const b = upsertOverride(a, { ...override, percent: 8 });
    expect(b).toHaveLength(1);
    expect(b[0].percent).toBe(8);
    const c = upsertOverride(b, { ...override, year: 2022 });
    expect(c.map((o) => o.year)).toEqual([2022, 2023]);
    expect(removeOverride(c, 2022, "PPC", "definitief")).toEqual([b[0]]);
  });
});

describe("csv and sources", () => {
  it("parses quoted fields with commas and doubled quotes", () => {
    expect(parseCsv('a,"b, c","d ""e"""\r\n1,2,3\n')).toEqual([
      ["a", "b, c", 'd "e"'],
      ["1", "2", "3"],
    ]);
  });

  it("classifies sources by host", () => {
    expect(sourceKindOf("https://vng.nl/x")).toBe("VNG");
    expect(sourceKindOf("https://www.nza.nl/y")).toBe("NZa");
    expect(sourceKindOf("https://www.actiz.nl/z")).toBe("overig");
    expect(sourceKindOf("")).toBe("overig");
  });

  it("rejects a file with the wrong header and an unreadable row with its row number", () => {
    expect(() => parseIndexSeriesCsv("jaar,reeks\n")).toThrow(/kopregel/);
    expect(() => parseIndexSeriesCsv("year,series,stage,percent,source_url,published_note\n2024,XYZ,voorlopig,1,,\n")).toThrow(/rij 2/);
  });
});
