import { defaultRegistry, MunicipalityRegistry, parseCbsPopulationCsv, type LookupResult } from "../../../src/engine/municipalities";
import { EngineError } from "../../../src/engine/shared/errors";

function name(result: LookupResult): string {
  if (!result.ok) throw new Error(`expected a match, got: ${result.message}`);
  return result.municipality.name;
}

describe("municipality registry: look-up", () => {
  test("by name ignoring case, diacritics and surrounding spaces", () => {
    expect(name(defaultRegistry.lookup("  bernheze "))).toBe("Bernheze");
    expect(name(defaultRegistry.lookup("SUDWEST-FRYSLAN"))).toBe("Súdwest-Fryslân");
    expect(name(defaultRegistry.lookup("noardeast fryslan"))).toBe("Noardeast-Fryslân");
  });

  test("by CBS code in several spellings", () => {
    expect(defaultRegistry.lookup("GM1982").ok && defaultRegistry.lookup("gm1982")).toMatchObject({ ok: true });
    expect(name(defaultRegistry.lookup("gm1982"))).toBe("Land van Cuijk");
    expect(name(defaultRegistry.lookup("893"))).toBe("Bergen (L.)");
    const missing = defaultRegistry.lookup("GM9999");
    expect(missing).toMatchObject({ ok: false, reason: "unknown" });
  });

  test("CBS spelling variants and common names", () => {
    expect(name(defaultRegistry.lookup("Bergen (L.)"))).toBe("Bergen (L.)");
    expect(name(defaultRegistry.lookup("Bergen L"))).toBe("Bergen (L.)");
    expect(name(defaultRegistry.lookup("Bergen (Limburg)"))).toBe("Bergen (L.)");
    expect(name(defaultRegistry.lookup("bergen (nh)"))).toBe("Bergen (NH.)");
    expect(name(defaultRegistry.lookup("Beek (L.)"))).toBe("Beek");
    expect(name(defaultRegistry.lookup("Hengelo (O.)"))).toBe("Hengelo");
    expect(name(defaultRegistry.lookup("Groningen (gemeente)"))).toBe("Groningen");
    expect(name(defaultRegistry.lookup("Den Haag"))).toBe("'s-Gravenhage");
    expect(name(defaultRegistry.lookup("s-Gravenhage"))).toBe("'s-Gravenhage");
    expect(name(defaultRegistry.lookup("Nuenen c.a."))).toBe("Nuenen, Gerwen en Nederwetten");
    expect(name(defaultRegistry.lookup("Bergen op Zoom"))).toBe("Bergen op Zoom");
  });

  test("an ambiguous name is refused with the candidates", () => {
    const result = defaultRegistry.lookup("Bergen");
    expect(result).toMatchObject({ ok: false, reason: "ambiguous" });
    if (!result.ok) {
      expect(result.suggestions.sort()).toEqual(["Bergen (L.)", "Bergen (NH.)"]);
      expect(result.message).toContain("niet eenduidig");
    }
  });

  test("a misspelling gets the closest real names", () => {
    const result = defaultRegistry.lookup("Bemheze");
    expect(result).toMatchObject({ ok: false, reason: "unknown" });
    if (!result.ok) {
      expect(result.suggestions[0]).toBe("Bernheze");
      expect(result.message).toContain("Bernheze");
    }
    expect(defaultRegistry.suggest("Venlo0")[0]).toBe("Venlo");
    expect(defaultRegistry.suggest("Xyzzyqwv")).toEqual([]);
  });

  test("a municipality that did not exist in the year names its successor or start date", () => {
    const uden = defaultRegistry.lookup("Uden", 2022);
    expect(uden).toMatchObject({ ok: false, reason: "not-in-year", message: "Uden is per 1-1-2022 opgegaan in Maashorst; gebruik Maashorst voor peiljaar 2022." });
    expect(name(defaultRegistry.lookup("Uden", 2020))).toBe("Uden");
    const cuijk = defaultRegistry.lookup("Land van Cuijk", 2020);
    expect(cuijk).toMatchObject({ ok: false, reason: "not-in-year" });
    if (!cuijk.ok) {
      expect(cuijk.message).toContain("bestaat pas sinds 1-1-2022");
      expect(cuijk.suggestions).toEqual(expect.arrayContaining(["Boxmeer", "Cuijk", "Grave"]));
    }
    const haaren = defaultRegistry.lookup("Haaren", 2021);
    expect(haaren).toMatchObject({ ok: false, reason: "not-in-year" });
    if (!haaren.ok) expect(haaren.message).toBe("Haaren is per 1-1-2021 opgeheven en verdeeld over Boxtel, Oisterwijk, Tilburg en Vught; gebruik die gemeenten voor peiljaar 2021.");
    // Weesp merged on 24-3-2022, so it still counts on 1-1-2022
    expect(name(defaultRegistry.lookup("Weesp", 2022))).toBe("Weesp");
    expect(defaultRegistry.lookup("Weesp", 2023)).toMatchObject({ ok: false, message: expect.stringContaining("per 24-3-2022 opgegaan in Amsterdam") });
  });

  test("all(year) follows the municipal reorganisations", () => {
    expect(defaultRegistry.all(2020)).toHaveLength(355);
    expect(defaultRegistry.all(2021)).toHaveLength(352);
    expect(defaultRegistry.all(2022)).toHaveLength(345);
    expect(defaultRegistry.all(2024)).toHaveLength(342);
    expect(defaultRegistry.all()).toHaveLength(360);
  });
});

describe("municipality registry: inhabitants", () => {
  test("embedded CBS figures per 1 January, sums as documented in SOURCES.md", () => {
    const sum = (year: number) => defaultRegistry.all(year).reduce((s, m) => s + (m.population[year] ?? 0), 0);
    expect(sum(2024)).toBe(17_942_942);
    expect(sum(2020)).toBe(17_407_585);
    // national totals as SOURCES.md checks them against CBS and vzinfo.nl
    expect(sum(2023)).toBe(17_811_291);
    expect(sum(2025)).toBe(18_045_532);
    expect(sum(2026)).toBe(18_130_208);
    for (const year of [2023, 2025, 2026]) expect(defaultRegistry.all(year).filter((m) => m.population[year] === undefined)).toEqual([]);
    expect(defaultRegistry.yearsWithFigures()).toEqual([2020, 2022, 2023, 2024, 2025, 2026]);
    expect(defaultRegistry.latestYear()).toBe(2026);
  });

  test("population by name and year, with source", () => {
    expect(defaultRegistry.population("Bernheze", 2024)).toMatchObject({ value: 32_527, year: 2024, source: expect.stringContaining("85984NED") });
    expect(defaultRegistry.population("Amsterdam", 2024).value).toBe(931_298);
    // the default year is the latest with figures: 1-1-2026 (CBS 86247NED)
    expect(defaultRegistry.population("Amsterdam")).toMatchObject({ value: 941_927, year: 2026, source: expect.stringContaining("86247NED") });
    expect(defaultRegistry.population("Oss", 2026).value).toBe(95_549);
    expect(defaultRegistry.population("Maashorst", 2026).value).toBe(60_059);
    expect(defaultRegistry.population("Oss", 2023).value).toBe(94_437);
    expect(defaultRegistry.population("Oss", 2025).value).toBe(95_233);
    expect(defaultRegistry.population("Neder-Betuwe", 2020).value).toBe(24_339);
  });

  test("a year without figures is refused, never filled from another year", () => {
    expect(() => defaultRegistry.population("Bernheze", 2021)).toThrow(EngineError);
    expect(() => defaultRegistry.population("Bernheze", 2021)).toThrow(
      "Geen inwonertal van Bernheze per 1 januari 2021: er zijn geen cijfers per 1 januari 2021; de dichtstbijzijnde jaren met cijfers zijn 2020 en 2022 (alle jaren met cijfers: 2020, 2022, 2023, 2024, 2025, 2026).",
    );
    expect(() => defaultRegistry.population("Oss", 2027)).toThrow(/per 1 januari 2027; het dichtstbijzijnde jaar met cijfers is 2026 /);
    expect(() => defaultRegistry.population("Oss", 2019)).toThrow(/per 1 januari 2019; het dichtstbijzijnde jaar met cijfers is 2020 /);
    // the 2022 source lacks Amsterdam (only merged with Weesp)
    expect(() => defaultRegistry.population("Amsterdam", 2022)).toThrow(/de bron voor 2022 heeft dit getal niet/);
    expect(() => defaultRegistry.population("Uden", 2024)).toThrow(/opgegaan in Maashorst/);
    try {
      defaultRegistry.population("Bemheze", 2024);
      throw new Error("no error");
    } catch (error) {
      expect(error).toBeInstanceOf(EngineError);
      expect((error as EngineError).kind).toBe("not-available");
    }
  });
});

describe("CBS StatLine import", () => {
  const statlineDownload = [
    '"Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio"',
    '"Geslacht";"Leeftijd";"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"',
    '"Totaal mannen en vrouwen";"Totaal";"Nederland";"2023";"17811291"',
    '"Totaal mannen en vrouwen";"Totaal";"Bernheze";"2023";"32130"',
    '"Totaal mannen en vrouwen";"Totaal";"Bergen (L.)";"2023";"13110"',
    '"Mannen";"Totaal";"Bernheze";"2023";"16100"',
    '"Totaal mannen en vrouwen";"Totaal";"Limburg (PV)";"2023";"1128367"',
    '"Totaal mannen en vrouwen";"Totaal";"Bernheze";"2027";"33000"',
    '"Bron: CBS"',
  ].join("\r\n");

  test("StatLine download with labels: totals only, names resolved, one import per year", () => {
    const imports = parseCbsPopulationCsv(statlineDownload);
    expect(imports.map((i) => i.year)).toEqual([2023, 2027]);
    expect(imports[0].figures).toEqual([
      { code: "GM1721", name: "Bernheze", value: 32130 },
      { code: "GM0893", name: "Bergen (L.)", value: 13110 },
    ]);
    expect(imports[0].source).toBe("CBS StatLine 03759ned, inwoners per 1-1-2023");
  });

  test("open-data CSV with codes and 2023JJ00 periods", () => {
    const text = [
      '"ID";"Geslacht";"Leeftijd";"BurgerlijkeStaat";"RegioS";"Perioden";"BevolkingOp1Januari_1"',
      '0;"T001038";"10000";"T001019";"GM1721    ";"2023JJ00";32130',
      '1;"3000";"10000";"T001019";"GM1721    ";"2023JJ00";16100',
      '2;"T001038";"10000";"T001019";"GM9001";"2023JJ00";1234',
    ].join("\n");
    const [imp] = parseCbsPopulationCsv(text);
    expect(imp.year).toBe(2023);
    expect(imp.figures).toEqual([
      { code: "GM1721", name: "Bernheze", value: 32130 },
      { code: "GM9001", name: "GM9001", value: 1234 },
    ]);
  });

  test("Kerncijfers wijken en buurten: year from the table id, only Gemeente rows", () => {
    const text = [
      "Kerncijfers wijken en buurten 2024 (85984NED)",
      "WijkenEnBuurten;Gemeentenaam_1;SoortRegio_2;Codering_3;AantalInwoners_5",
      "GM1721;Bernheze;Gemeente;GM1721;32527",
      "WK172100;Heesch;Wijk;WK172100;14000",
    ].join("\n");
    const [imp] = parseCbsPopulationCsv(text);
    expect(imp).toMatchObject({ year: 2024, figures: [{ code: "GM1721", name: "Bernheze", value: 32527 }] });
    expect(imp.source).toContain("85984NED");
  });

  test("refuses what it cannot read", () => {
    expect(() => parseCbsPopulationCsv("a;b\n1;2")).toThrow(/geen CBS-export/);
    expect(() => parseCbsPopulationCsv('"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"\n"Bemheze";"2023";"32130"')).toThrow(/Bernheze/);
    expect(() => parseCbsPopulationCsv('"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"\n"Bernheze";"2023";"1,5"')).toThrow(/geen aantal inwoners/);
  });

  test("withImports: workbook figures win and say so; years beyond the embedded data work", () => {
    const registry = defaultRegistry.withImports(parseCbsPopulationCsv(statlineDownload));
    expect(registry.yearsWithFigures()).toEqual([2020, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(registry.latestYear()).toBe(2027);
    expect(registry.population("Bernheze", 2027)).toMatchObject({ value: 33000, source: expect.stringContaining("geïmporteerd") });
    expect(registry.population("Bernheze", 2023)).toMatchObject({ value: 32130, source: expect.stringContaining("geïmporteerd") });
    expect(registry.population("Bernheze", 2024).source).toContain("ingebouwd");
    const override = registry.withImports([{ year: 2024, source: "CBS StatLine 03759ned", figures: [{ code: "GM1721", name: "Bernheze", value: 32528 }] }]);
    expect(override.population("Bernheze", 2024)).toMatchObject({ value: 32528, source: "CBS StatLine 03759ned (geïmporteerd in deze werkmap)" });
    expect(() => registry.population("Boekel", 2027)).toThrow(/Geen inwonertal van Boekel per 1 januari 2027: de bron voor 2027 heeft dit getal niet/);
    // the default registry itself is unchanged
    expect(defaultRegistry.population("Bernheze", 2023).value).not.toBe(32130);
    expect(() => defaultRegistry.population("Bernheze", 2027)).toThrow(EngineError);
    expect(registry).toBeInstanceOf(MunicipalityRegistry);
  });
});
