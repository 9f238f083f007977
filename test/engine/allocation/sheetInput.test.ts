import { readCostLines, readMunicipalityRange, REGION_PRESETS } from "../../../src/engine/allocation";
import { parseCell } from "../../../src/engine/shared/a1";
import { defaultRegistry, resolvePopulationKey } from "../../../src/engine/municipalities";
import { EngineError } from "../../../src/engine/shared/errors";
import table2024 from "../../fixtures/002-kosten-per-gemeente-2024.json";

const printed = (table2024 as { cells: (string | number)[][] }).cells;

describe("reading input from a selection", () => {
  test("municipalities with their weights from the printed 002 table (header and Totaal row dropped)", () => {
    const read = readMunicipalityRange(printed.map((r) => r.slice(0, 2)), parseCell("A1"));
    expect(read.names).toEqual(["Bemheze", "Boekel", "Land van Cuijk", "Maashorst", "Oss"]);
    expect(read.weights).toEqual([31715, 11030, 90707, 58362, 91915]);
  });

  test("names only, Dutch number text as weights, and a bad weight named by cell", () => {
    expect(readMunicipalityRange([["Venlo"], ["Venray"]], parseCell("C5"))).toEqual({ names: ["Venlo", "Venray"] });
    expect(readMunicipalityRange([["Venlo", "1.234"], ["Venray", "45.678"]], parseCell("A1")).weights).toEqual([1234, 45678]);
    expect(() => readMunicipalityRange([["Gemeente", "Inwoners"], ["Venlo", 1], ["Venray", "veel"]], parseCell("C5"))).toThrow(/^D7: "veel"/);
  });

  test("cost lines: name and amount, header skipped, bad amount named by cell", () => {
    const lines = readCostLines(
      [
        ["Kostenpost", "Bedrag"],
        ["Inkoop & contractering", 797000],
        ["", ""],
        ["Bijdrage Wijchen", "-10.230"],
      ],
      parseCell("B2"),
    );
    expect(lines).toEqual([
      { name: "Inkoop & contractering", total: 797000 },
      { name: "Bijdrage Wijchen", total: -10230 },
    ]);
    expect(() => readCostLines([["Post", "€ 5.000"], ["Post 2", "n.v.t."]], parseCell("B2"))).toThrow(/C3: "n.v.t." is geen bedrag/);
    expect(() => readCostLines([["alleen namen"]], parseCell("A1"))).toThrow(EngineError);
  });
});

describe("region presets", () => {
  test.each(REGION_PRESETS.map((p) => [p.name, p.municipalities] as const))("%s: every name resolves with inhabitants on 1-1-2024", (_, names) => {
    const resolved = resolvePopulationKey(defaultRegistry, names, 2024);
    expect(resolved.filter((r) => !r.ok)).toEqual([]);
  });

  test("sizes as named in the seeds, and Bergen is the Limburg one", () => {
    expect(REGION_PRESETS.map((p) => p.municipalities.length)).toEqual([7, 14, 5, 7]);
    const [first] = resolvePopulationKey(defaultRegistry, ["Bergen (L.)"], 2024);
    expect(first.ok && first.municipality.code).toBe("GM0893");
  });

  test("a key with a municipality twice or without a figure is refused per row", () => {
    const resolved = resolvePopulationKey(defaultRegistry, ["Nijmegen", "nijmegen", "Amsterdam", "Bergen"], 2022);
    expect(resolved[0].ok).toBe(true);
    expect(resolved[1]).toMatchObject({ ok: false, message: expect.stringContaining("staat al in rij 1") });
    expect(resolved[2]).toMatchObject({ ok: false, message: expect.stringContaining("Geen inwonertal van Amsterdam per 1 januari 2022") });
    expect(resolved[3]).toMatchObject({ ok: false, suggestions: ["Bergen (NH.)", "Bergen (L.)"] });
  });
});
