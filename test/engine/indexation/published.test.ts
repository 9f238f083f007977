import { embeddedFigures, indexSeries } from "../../../src/engine/indexation/embedded";
import { IndexSeries } from "../../../src/engine/indexation/series";
import { providerIndexation, roundPercent } from "../../../src/engine/indexation/indexation";
import { PUBLISHED_TABLES } from "../../../src/engine/indexation/published";

describe("published indexation tables are reproduced exactly", () => {
  it.each(PUBLISHED_TABLES.map((t) => [t.name, t] as const))("%s", (_name, table) => {
    const series = table.figures ? new IndexSeries(embeddedFigures(), table.figures) : indexSeries();
    const got = providerIndexation(series, table.year, table.method);
    expect(roundPercent(got, 2) * 100).toBeCloseTo(table.published, 10);
  });

  it("covers the tables named in SOURCES.md: VNG 2024 6,30, VNG 2025 4,91 and 4,96, KNMT/NZa 2023 5,29, Rivierenland verblijf 6,10", () => {
    expect(PUBLISHED_TABLES.map((t) => t.published)).toEqual([6.3, 6.1, 4.91, 4.96, 5.29]);
  });

  it("VNG 2025 corrected (4,96%) is NOT reproduced when components are rounded first (4,95%) — the reason it is listed as result-only rounding", () => {
    const got = providerIndexation(indexSeries(), 2025, { wageShare: 0.9, difference: "absoluut", combination: "optellen", rounding: { decimals: 2, components: true } });
    expect(got).toBe(0.0495);
  });

  it("KNMT 5,29% needs the NZa provisional OVA 2022 of 3,87%: with the VNG figure 1,72% it is far off", () => {
    const knmt = PUBLISHED_TABLES.find((t) => t.id === "nza-knmt-2023")!;
    const got = providerIndexation(indexSeries(), 2023, knmt.method);
    expect(roundPercent(got, 2)).toBe(0.0752); // 1,0442/1,0172 × 1,0474 − 1 = 7,52%
  });
});
