import { indexRate, indexTariff, providerIndexation, settlement } from "../../src/functions/functions";

function errorOf(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("expected an error");
}

describe("SD.INDEXCIJFER", () => {
  it("gives the weighted provisional index as a fraction (2024 at 90/10: 4,697%)", () => {
    expect(indexRate(2024)).toBeCloseTo(0.04697, 12);
    expect(indexRate(2024, 0.9, "voorlopig")).toBeCloseTo(0.04697, 12);
  });

  it("takes the definitive stage, case-insensitive, and another wage share (2023 at 80/20: 6,492%)", () => {
    expect(indexRate(2023, 0.8, "Definitief")).toBeCloseTo(0.06492, 12);
    expect(indexRate(2023, "0,8" as unknown as number, "DEFINITIEF")).toBeCloseTo(0.06492, 12);
  });

  it("gives #N/A naming the year and the missing figure", () => {
    const e = errorOf(() => indexRate(2026));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe(
      "Voor het voorlopige indexcijfer van 2026 ontbreken nog 2 indexcijfers: OVA 2026 voorlopig en PPC 2026 voorlopig. Vul ze in het deelvenster Indexeren in zodra VNG ze publiceert (reekseditor), of kies een ander jaar.",
    );
    // with wage share 1 only OVA is needed, and only OVA is named
    expect(errorOf(() => indexRate(2026, 1)).message).toMatch(/ontbreekt nog het indexcijfer OVA 2026 voorlopig\. Vul het/);
  });

  it("gives #NUM! for a wage share outside 0..1 and #VALUE! listing the allowed stages", () => {
    expect(errorOf(() => indexRate(2024, 90)).code).toBe("#NUM!");
    const e = errorOf(() => indexRate(2024, 0.9, "bijgesteld"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/"voorlopig", "definitief"/);
  });
});

describe("SD.INDEXATIE", () => {
  it("reproduces the VNG 2024 table: 6,30% with relatief + optellen + 2", () => {
    expect(providerIndexation(2024, 0.9, "relatief", "optellen", 2)).toBeCloseTo(0.063, 12);
  });

  it("defaults to absoluut + optellen without rounding: VNG 2025 corrected table 4,957% (printed 4,96%)", () => {
    expect(providerIndexation(2025)).toBeCloseTo(0.03944 + 0.01013, 12);
    expect(providerIndexation(2025, undefined, undefined, undefined, undefined)).toBeCloseTo(0.04957, 12);
  });

  it("reproduces the first VNG 2025 table: 4,91% with relatief", () => {
    expect(providerIndexation(2025, 0.9, "relatief", "optellen", 2)).toBeCloseTo(0.0491, 12);
  });

  it("multiplies when asked: 2024 relatief + vermenigvuldigen exact = 1,04697 × 1,06426/1,04753 − 1", () => {
    expect(providerIndexation(2024, 0.9, "RELATIEF", "Vermenigvuldigen")).toBeCloseTo((1.04697 * 1.06426) / 1.04753 - 1, 12);
  });

  it("gives #VALUE! listing the allowed words, #NUM! for a bad wage share or rounding, #N/A for a missing year", () => {
    const v = errorOf(() => providerIndexation(2024, 0.9, "procentueel"));
    expect(v.code).toBe("#VALUE!");
    expect(v.message).toMatch(/"relatief", "absoluut"/);
    const c = errorOf(() => providerIndexation(2024, 0.9, "relatief", "delen"));
    expect(c.code).toBe("#VALUE!");
    expect(c.message).toMatch(/"optellen", "vermenigvuldigen"/);
    expect(errorOf(() => providerIndexation(2024, -0.5)).code).toBe("#NUM!");
    expect(errorOf(() => providerIndexation(2024, 0.9, "relatief", "optellen", 2.5)).code).toBe("#NUM!");
    const n = errorOf(() => providerIndexation(2026));
    expect(n.code).toBe("#N/A");
    expect(n.message).toMatch(/^Voor de indexatie van 2026 ontbreken nog 4 indexcijfers: OVA 2025 definitief, PPC 2025 definitief, OVA 2026 voorlopig en PPC 2026 voorlopig\./);
    // issue 12: SD.INDEXATIE(2031) names the asked year and every missing figure, not only the first
    const far = errorOf(() => providerIndexation(2031));
    expect(far.message).toMatch(/^Voor de indexatie van 2031 ontbreken nog 6 indexcijfers: OVA 2030 voorlopig, PPC 2030 voorlopig, OVA 2030 definitief, PPC 2030 definitief, OVA 2031 voorlopig en PPC 2031 voorlopig\./);
  });
});

describe("SD.TARIEF", () => {
  it("indexes one year with the default method (absoluut, optellen): 100 × 1,04957 → 104,96", () => {
    expect(indexTariff(100, 2024, 2025)).toBe(104.96);
  });

  it("chains years and rounds each year to cents (2023 → 2025, relatief)", () => {
    // 2024 relatief exact 6,2938…%: 68,50 → 72,81; 2025 relatief exact 4,9116…%: 72,81 → 76,39
    expect(indexTariff(68.5, 2023, 2025, 0.9, "relatief")).toBe(76.39);
  });

  it("rounds to the given decimals and accepts Dutch number text", () => {
    expect(indexTariff("1.000,00" as unknown as number, 2024, 2025, 0.9, "absoluut", "optellen", 0)).toBe(1050);
  });

  it("gives #VALUE! when naar_jaar is before van_jaar, #N/A for a missing year", () => {
    const e = errorOf(() => indexTariff(100, 2025, 2024));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/naar_jaar 2024 ligt vóór van_jaar 2025/);
    expect(errorOf(() => indexTariff(100, 2025, 2026)).code).toBe("#N/A");
    expect(errorOf(() => indexTariff(100, 2024, 2025, 1.5)).code).toBe("#NUM!");
    expect(errorOf(() => indexTariff(100, 2024, 2025, 0.9, "x")).code).toBe("#VALUE!");
  });
});

describe("SD.NACALCULATIE", () => {
  it("2024 at 90/10: € 1.000.000 × (1,0571/1,04697 − 1) = € 9.675,54 owed to the provider", () => {
    expect(settlement(1_000_000, 2024)).toBeCloseTo(9675.54, 2);
  });

  it("2023 OVA only: 1,0636/1,0474 − 1 on € 50.000", () => {
    expect(settlement(50_000, 2023, 1)).toBeCloseTo(50_000 * (1.0636 / 1.0474 - 1), 8);
  });

  it("gives #N/A for a year without the definitive figure and #NUM! for a bad wage share", () => {
    const e = errorOf(() => settlement(1000, 2025));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/^Voor de nacalculatie over 2025 ontbreken nog 2 indexcijfers: OVA 2025 definitief en PPC 2025 definitief\./);
    expect(errorOf(() => settlement(1000, 2024, 2)).code).toBe("#NUM!");
  });
});
