import { indexSeries } from "../../../src/engine/indexation/embedded";
import {
  IndexSeries,
  type IndexFigure,
} from "../../../src/engine/indexation/series";
import {
  combine,
  correction,
  deriveIndexation,
  indexTariff,
  providerIndexation,
  roundPercent,
  settlement,
  type IndexationMethod,
} from "../../../src/engine/indexation/indexation";
import { roundHalfAway } from "../../../src/engine/indexation/rounding";

const vng2024: IndexationMethod = { wageShare: 0.9, difference: "relatief", combination: "optellen", rounding: { decimals: 2, components: true } };

/** A tiny hand-made series: year 1 prov 2%/1%, def 4%/3%; year 2 prov 3%/2%; year 3 prov 1%/1%, def for 2 given. */
function fig(year: number, series: "OVA" | "PPC", stage: "voorlopig" | "definitief", percent: number): IndexFigure {
  return { year, series, stage, percent, sourceKind: "VNG", sourceUrl: "https://vng.nl/test", note: "test" };
}
const hand = new IndexSeries([
  fig(2001, "OVA", "voorlopig", 2),
  fig(2001, "PPC", "voorlopig", 1),
  fig(2001, "OVA", "definitief", 4),
  fig(2001, "PPC", "definitief", 3),
  fig(2002, "OVA", "voorlopig", 3),
  fig(2002, "PPC", "voorlopig", 2),
  fig(2002, "OVA", "definitief", 2),
  fig(2002, "PPC", "definitief", 2),
  fig(2003, "OVA", "voorlopig", 1),
  fig(2003, "PPC", "voorlopig", 1),
]);

describe("VNG 2024 table (INDEXATION-METHODS.md)", () => {
  const d = deriveIndexation(indexSeries(), 2024, vng2024);

  it("gives 6,30% with relatief + optellen + 2 decimals", () => {
    expect(d.indexation).toBeCloseTo(0.063, 12);
    expect(roundPercent(d.indexation, 2)).toBe(0.063);
  });

  it("prints the derivation lines as VNG does", () => {
    const [ova, ppc] = d.components;
    expect(ova.label).toBe("OVA");
    expect(ova.weight).toBe(0.9);
    expect(roundPercent(ova.difference, 2)).toBe(0.0155);
    expect(ppc.weight).toBeCloseTo(0.1, 12);
    expect(roundPercent(ppc.difference, 2)).toBe(0.0205);
    expect(roundPercent(d.total.previousProvisional, 2)).toBe(0.0475);
    expect(roundPercent(d.total.previousDefinitive, 2)).toBe(0.0643);
    expect(d.total.difference).toBe(0.016);
    expect(d.total.provisional).toBe(0.047);
    expect(d.total.figures.map((f) => f.percent)).toEqual([4.74, 4.87, 6.36, 7.02, 4.94, 2.51]);
  });

  it("gives 6,29% with the same choices but exact components, and 6,37% with the absolute difference", () => {
    const exact = providerIndexation(indexSeries(), 2024, { ...vng2024, rounding: { decimals: 2, components: false } });
    expect(exact).toBe(0.0629);
    const absolute = providerIndexation(indexSeries(), 2024, { ...vng2024, difference: "absoluut" });
    expect(absolute).toBe(0.0637);
  });
});

describe("every combination of difference × combination × rounding (hand-computed, 90/10)", () => {
  // weighted: prov(2001) = 0,9·2 + 0,1·1 = 1,9%; def(2001) = 3,9%; prov(2002) = 2,9%
  // relatief corr = 1,039/1,019 − 1 = 1,96271%; absoluut corr = 2,0%
  const cases: [IndexationMethod["difference"], IndexationMethod["combination"], boolean | undefined, number][] = [
    ["absoluut", "optellen", undefined, 0.049],
    ["absoluut", "vermenigvuldigen", undefined, 1.029 * 1.02 - 1],
    ["relatief", "optellen", undefined, 0.029 + (1.039 / 1.019 - 1)],
    ["relatief", "vermenigvuldigen", undefined, (1.029 * 1.039) / 1.019 - 1],
    ["absoluut", "optellen", true, 0.049],
    ["absoluut", "vermenigvuldigen", true, 0.0496], // 1,029·1,02 = 1,04958 → 4,96
    ["relatief", "optellen", true, 0.0486], // 2,90 + 1,96
    ["relatief", "vermenigvuldigen", true, 0.0492], // 1,029·1,0196 = 1,0491684 → 4,92
    ["absoluut", "optellen", false, 0.049],
    ["absoluut", "vermenigvuldigen", false, 0.0496],
    ["relatief", "optellen", false, 0.0486], // 4,86271 → 4,86
    ["relatief", "vermenigvuldigen", false, 0.0492], // 4,91920 → 4,92
  ];
  it.each(cases)("%s + %s, components rounded: %s", (difference, combination, components, expected) => {
    const rounding = components === undefined ? undefined : { decimals: 2, components };
    const got = providerIndexation(hand, 2002, { wageShare: 0.9, difference, combination, rounding });
    expect(got).toBeCloseTo(expected, 12);
  });

  it("rounds components half away from zero before combining (0 decimals: 2,9 → 3 and 1,96 → 2 give 5; at 50/50 2,5 → 3 and 2,0 → 2 give 5)", () => {
    expect(providerIndexation(hand, 2002, { wageShare: 0.9, difference: "relatief", combination: "optellen", rounding: { decimals: 0, components: true } })).toBe(0.05);
    expect(providerIndexation(hand, 2002, { wageShare: 0.5, difference: "absoluut", combination: "optellen", rounding: { decimals: 0, components: true } })).toBe(0.05);
    // 0,5·3 + 0,5·2 = 2,5 → 3 and corr 2,0 → 2: 5; exact 4,5 → 5 (half away from zero)
    expect(providerIndexation(hand, 2002, { wageShare: 0.5, difference: "absoluut", combination: "optellen", rounding: { decimals: 0, components: false } })).toBe(0.05);
  });

  it("correction and combine follow the formulas", () => {
    expect(correction(0.06, 0.04, "absoluut")).toBeCloseTo(0.02, 15);
    expect(correction(0.06, 0.04, "relatief")).toBeCloseTo(1.06 / 1.04 - 1, 15);
    expect(combine(0.03, 0.02, "optellen")).toBeCloseTo(0.05, 15);
    expect(combine(0.03, 0.02, "vermenigvuldigen")).toBeCloseTo(0.0506, 15);
  });
});

describe("chained tariff", () => {
  it("applies every year in turn and rounds to cents after each year", () => {
    // 2002: absoluut + optellen = 4,9% → 100 × 1,049 = 104,90
    // 2003: prov 1% + corr(2002) = def 2% − prov 2,9% = −0,9% → 0,1% → 104,90 × 1,001 = 105,0049 → 105,00
    const r = indexTariff(hand, 100, 2001, 2003, { wageShare: 0.9, difference: "absoluut", combination: "optellen" });
    expect(r.steps.map((s) => s.tariff)).toEqual([104.9, 105]);
    expect(r.tariff).toBe(105);
    // without the per-year rounding it would be 105,0049 → still 105,00, so check a case where it matters:
    const r2 = indexTariff(hand, 33.33, 2001, 2003, { wageShare: 0.9, difference: "absoluut", combination: "optellen" });
    // 33,33 × 1,049 = 34,96317 → 34,96; × 1,001 = 34,99496 → 34,99 (unrounded chain: 34,99813 → 35,00)
    expect(r2.steps.map((s) => s.tariff)).toEqual([34.96, 34.99]);
  });

  it("rounds to the given decimals, and the same year gives the tariff unchanged", () => {
    expect(indexTariff(hand, 100, 2001, 2002, { wageShare: 0.9, difference: "absoluut", combination: "optellen" }, 0).tariff).toBe(105);
    expect(indexTariff(hand, 99.99, 2002, 2002, { wageShare: 0.9, difference: "absoluut", combination: "optellen" }).tariff).toBe(99.99);
  });

  it("VNG 2024 on a tariff of € 100,00 gives € 106,30", () => {
    expect(indexTariff(indexSeries(), 100, 2023, 2024, vng2024).tariff).toBe(106.3);
  });

  it("refuses to index backwards and names both years", () => {
    expect(() => indexTariff(hand, 100, 2003, 2001, vng2024)).toThrow(/2001.*2003/);
  });

  it("stops with the missing figure of an intermediate year", () => {
    expect(() => indexTariff(indexSeries(), 100, 2024, 2026, vng2024)).toThrow(/^Voor het tarief van 2024 naar 2026 ontbreken nog 4 indexcijfers: OVA 2025 definitief, PPC 2025 definitief, OVA 2026 voorlopig en PPC 2026 voorlopig\./);
  });
});

describe("settlement (nacalculatie)", () => {
  it("is amount × ((1+def)/(1+prov) − 1) of the weighted figures", () => {
    // 2024 at 90/10: prov 4,697%, def 5,71% → factor 1,0571/1,04697 − 1
    expect(settlement(indexSeries(), 1_000_000, 2024, 0.9)).toBeCloseTo(1_000_000 * (1.0571 / 1.04697 - 1), 6);
    expect(settlement(indexSeries(), 1_000_000, 2024, 0.9)).toBeCloseTo(9675.54, 2);
  });

  it("is negative when the definitive figure is below the provisional one (provider owes)", () => {
    // 2002 hand series: prov 2,9%, def 2,0% → negative
    expect(settlement(hand, 10_000, 2002, 0.9)).toBeCloseTo(10_000 * (1.02 / 1.029 - 1), 8);
    expect(settlement(hand, 10_000, 2002, 0.9)).toBeLessThan(0);
  });

  it("checks the wage share", () => {
    expect(() => settlement(hand, 1, 2002, 1.2)).toThrow(/loonaandeel 1,2 ligt buiten 0 tot en met 1/);
    expect(() => settlement(hand, 1, 2002, -0.1)).toThrow(/buiten/);
  });
});

describe("rounding", () => {
  it("rounds half away from zero without binary noise", () => {
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(100 * 1.063, 2)).toBe(106.3);
    expect(roundHalfAway(4.695, 2)).toBe(4.7);
    expect(roundHalfAway(-4.695, 2)).toBe(-4.7);
    expect(roundHalfAway(2.5, 0)).toBe(3);
  });
});
