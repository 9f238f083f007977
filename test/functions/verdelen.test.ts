import { allocate, municipalityCode, population, shares } from "../../src/functions/functions";

function excelError(body: () => unknown): { code: string; message: string } {
  try {
    body();
  } catch (error) {
    const e = error as { code?: string; message: string };
    if (e.code) return { code: e.code, message: e.message };
    throw error;
  }
  throw new Error("expected an Excel error");
}

const column = (values: unknown[]) => values.map((v) => [v]);
// 002 Begroting 2024: inhabitants as printed, WMO Toezicht 348.100
const inhabitants = column([31715, 11030, 90707, 58362, 91915]);

describe("SD.VERDEEL", () => {
  test("splits exactly in the key's shape (column and row)", () => {
    expect(allocate(348_100, inhabitants)).toEqual(column([38_910, 13_533, 111_286, 71_603, 112_768]));
    expect(allocate(348_100, [[31715, 11030, 90707, 58362, 91915]])).toEqual([[38_910, 13_533, 111_286, 71_603, 112_768]]);
  });

  test("optional arguments accept null and undefined; Dutch number text is read", () => {
    expect(allocate("1.000", [[1], [1], [2]], null as unknown as undefined, null as unknown as undefined)).toEqual(column([250, 250, 500]));
    expect(allocate(100, [[1], [1], [1]], undefined, 2)).toEqual(column([33.34, 33.33, 33.33]));
    expect(allocate(-10, [[1], [1], [1]])).toEqual(column([-4, -3, -3]));
  });

  test("participation: WAAR/ja/x/1 joins, empty/ONWAAR/0/nee does not", () => {
    expect(allocate(1000, column([1, 1, 1, 1, 1, 1, 1]), column([true, "ja", "x", 1, "", false, "nee"]))).toEqual(
      column([250, 250, 250, 250, 0, 0, 0]),
    );
    expect(allocate(1000, column([1, 1]), column([null, "WAAR"]))).toEqual(column([0, 1000]));
  });

  test("errors: negative or text weight names the position, all-zero is #DIV/0!, shapes must match", () => {
    const negative = excelError(() => allocate(100, column([1, -2, 3])));
    expect(negative.code).toBe("#VALUE!");
    expect(negative.message).toContain("rij 2");
    const text = excelError(() => allocate(100, [[1, "abc", 3]]));
    expect(text.code).toBe("#VALUE!");
    expect(text.message).toContain("kolom 2");
    expect(excelError(() => allocate(100, column([0, 0]))).code).toBe("#DIV/0!");
    expect(excelError(() => allocate(100, column([1, 2]), column([false, 0]))).code).toBe("#DIV/0!");
    expect(excelError(() => allocate(100, column([1, 2]), column([true, true, true]))).code).toBe("#VALUE!");
    expect(excelError(() => allocate(100, column([1, 2]), [[true, true]])).code).toBe("#VALUE!");
    expect(excelError(() => allocate(100, [[1, 2], [3, 4]])).code).toBe("#VALUE!");
    expect(excelError(() => allocate(100, column([1, 2]), column(["misschien", 1]))).code).toBe("#VALUE!");
    expect(excelError(() => allocate(100, column([1, 2]), undefined, 9)).code).toBe("#NUM!");
  });

  test("a participation of another size says how many cells each has, in the right number (issue 14)", () => {
    expect(excelError(() => allocate(100, column([1, 2, 3]), [[true]])).message).toBe("deelname heeft 1 cel (kolom) en sleutel 3 (kolom); geef ze dezelfde vorm.");
    expect(excelError(() => allocate(100, column([1, 2, 3]), column([true, true]))).message).toBe("deelname heeft 2 cellen (kolom) en sleutel 3 (kolom); geef ze dezelfde vorm.");
  });
});

describe("SD.AANDEEL", () => {
  test("fractions of 1; with decimals 2 the printed 11/4/32/21/32 % of seed 002, adding up to 1", () => {
    const rounded = shares(inhabitants, undefined, 2);
    expect(rounded).toEqual(column([0.11, 0.04, 0.32, 0.21, 0.32]));
    const exact = shares(inhabitants, null as unknown as undefined, null as unknown as undefined);
    expect(exact[0][0]).toBeCloseTo(31715 / 283729, 15);
    expect(shares([[1, 3]], [[1, 0]])).toEqual([[1, 0]]);
    expect(excelError(() => shares(column([0, 0]))).code).toBe("#DIV/0!");
  });
});

describe("SD.INWONERS and SD.GEMEENTECODE", () => {
  test("inhabitants per 1 January by name or code, default the latest year", () => {
    expect(population("Bernheze", 2022)).toBe(31_715);
    expect(population(" bernheze ")).toBe(32_947);
    expect(population("GM1721", null as unknown as undefined)).toBe(32_947);
    expect(population("Bernheze", 2024)).toBe(32_527);
    // issue 12: 1 January 2026 and 2023, CBS via src/data/population-sources.csv
    expect(population("Oss", 2026)).toBe(95_549);
    expect(population("Maashorst", 2026)).toBe(60_059);
    expect(population("Oss", 2023)).toBe(94_437);
    expect(population(1721, 2020)).toBe(31_240);
  });

  test("#N/A with the Dutch messages of the registry", () => {
    const typo = excelError(() => population("Bemheze", 2022));
    expect(typo).toMatchObject({ code: "#N/A", message: expect.stringContaining("Bernheze") });
    const merged = excelError(() => population("Uden", 2022));
    expect(merged).toMatchObject({ code: "#N/A", message: "Uden is per 1-1-2022 opgegaan in Maashorst; gebruik Maashorst voor peiljaar 2022." });
    expect(excelError(() => population("Bergen", 2024))).toMatchObject({ code: "#N/A", message: expect.stringContaining("Bergen (L.)") });
    for (const [year, nearest] of [[2019, "het dichtstbijzijnde jaar met cijfers is 2020"], [2021, "de dichtstbijzijnde jaren met cijfers zijn 2020 en 2022"], [2027, "het dichtstbijzijnde jaar met cijfers is 2026"]] as const) {
      expect(excelError(() => population("Bernheze", year))).toMatchObject({ code: "#N/A", message: expect.stringContaining(`per 1 januari ${year}; ${nearest}`) });
    }
    expect(excelError(() => population("", 2023)).code).toBe("#VALUE!");
    expect(excelError(() => population("Oss", 1800)).code).toBe("#NUM!");
  });

  test("codes", () => {
    expect(municipalityCode("Land van Cuijk")).toBe("GM1982");
    expect(municipalityCode("Bergen (L.)", 2024)).toBe("GM0893");
    expect(municipalityCode("Uden")).toBe("GM0856");
    expect(excelError(() => municipalityCode("Uden", 2023))).toMatchObject({ code: "#N/A", message: expect.stringContaining("Maashorst") });
    expect(excelError(() => municipalityCode("Land van Cuijk", 2021))).toMatchObject({ code: "#N/A", message: expect.stringContaining("bestaat pas sinds 1-1-2022") });
  });
});
