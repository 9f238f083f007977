import {
  EngineError,
  isEmptyCell,
  positionLabel,
  runEngine,
  toBoolean,
  toChoice,
  toDayNumber,
  toInteger,
  toMatrix,
  toNumber,
  toOptionalInteger,
  toOptionalNumber,
  toShape,
  toText,
  toVector,
} from "../../../src/functions/shared/coerce";
import { dayNumber } from "../../../src/engine/shared/dates";
import { SdFunctionError } from "../../../src/functions/shared/errors";

/** Runs `body` and returns the Excel error it throws as { code, message }. */
function excelError(body: () => unknown): { code: string; message: string } {
  try {
    body();
  } catch (error) {
    const e = error as { code: string; message: string };
    return { code: e.code, message: e.message };
  }
  throw new Error("expected an Excel error, got a result");
}

describe("toNumber", () => {
  test.each([
    [1234.56, 1234.56],
    ["1.234,56", 1234.56],
    ["1,234.56", 1234.56],
    ["€ 5.000", 5000],
    ["21%", 0.21],
    [" 31.715 ", 31715],
    [-0.5, -0.5],
  ])("%j → %d", (value, expected) => {
    expect(toNumber(value, "bedrag")).toBeCloseTo(expected, 10);
  });

  test("what is not a number says what, where and what to do", () => {
    expect(excelError(() => toNumber("Bemheze", "inwoners", "rij 2"))).toEqual({
      code: "#VALUE!",
      message: 'inwoners (rij 2): "Bemheze" is geen getal. Typ een getal, bijvoorbeeld 1.234,56.',
    });
    expect(excelError(() => toNumber("", "totaal"))).toEqual({ code: "#VALUE!", message: "totaal is leeg; vul een getal in." });
    expect(excelError(() => toNumber(null, "totaal"))).toEqual({ code: "#VALUE!", message: "totaal ontbreekt; vul een getal in." });
    expect(excelError(() => toNumber(true, "totaal"))).toEqual({ code: "#VALUE!", message: "totaal: WAAR is geen getal." });
    expect(excelError(() => toNumber(" #N/A ", "sleutel", "rij 4"))).toEqual({
      code: "#VALUE!",
      message: "sleutel (rij 4) bevat de foutwaarde #N/A; herstel eerst die cel.",
    });
    expect(excelError(() => toNumber(Number.POSITIVE_INFINITY, "totaal"))).toEqual({ code: "#NUM!", message: "totaal: Infinity is geen eindig getal." });
    expect(excelError(() => toNumber({}, "totaal")).code).toBe("#VALUE!");
  });

  test("optional numbers: empty or omitted gives the fallback, anything else must be a number", () => {
    expect(toOptionalNumber(undefined, "btw", 0.21)).toBe(0.21);
    expect(toOptionalNumber(null, "btw", 0.21)).toBe(0.21);
    expect(toOptionalNumber("  ", "btw", 0.21)).toBe(0.21);
    expect(toOptionalNumber("", "btw")).toBeUndefined();
    expect(toOptionalNumber("9%", "btw", 0.21)).toBeCloseTo(0.09, 12);
    expect(excelError(() => toOptionalNumber("hoog", "btw", 0.21)).code).toBe("#VALUE!");
  });

  test("whole numbers within a range", () => {
    expect(toInteger("2.024", "jaar", 2000, 2100)).toBe(2024);
    expect(toInteger(2025, "jaar", 2000, 2100)).toBe(2025);
    expect(excelError(() => toInteger(2024.5, "jaar", 2000, 2100))).toEqual({ code: "#NUM!", message: "jaar: 2024.5 is geen geheel getal." });
    expect(excelError(() => toInteger(1999, "jaar", 2000, 2100))).toEqual({
      code: "#NUM!",
      message: "jaar: 1999 ligt buiten het toegestane bereik 2000 tot en met 2100.",
    });
    expect(toOptionalInteger("", "decimalen", 0, 6, 2)).toBe(2);
    expect(toOptionalInteger(0, "decimalen", 0, 6, 2)).toBe(0);
  });
});

describe("toBoolean", () => {
  test.each([
    [true, true],
    [false, false],
    ["WAAR", true],
    ["onwaar", false],
    ["TRUE", true],
    ["False", false],
    [" ja ", true],
    ["nee", false],
    ["x", true],
    [1, true],
    [0, false],
    ["1", true],
    ["0", false],
  ])("%j → %s", (value, expected) => {
    expect(toBoolean(value, "deelname")).toBe(expected);
  });

  test("empty cells take the given default", () => {
    expect([toBoolean(null, "deelname"), toBoolean(undefined, "deelname"), toBoolean("", "deelname")]).toEqual([false, false, false]);
    expect([toBoolean(null, "deelname", "", true), toBoolean(" ", "deelname", "", true)]).toEqual([true, true]);
  });

  test("anything else is refused with the accepted words", () => {
    expect(excelError(() => toBoolean("misschien", "deelname", "rij 3"))).toEqual({
      code: "#VALUE!",
      message: 'deelname (rij 3): "misschien" is geen ja/nee-waarde. Gebruik WAAR/ONWAAR, ja/nee, x of 1/0.',
    });
    expect(excelError(() => toBoolean(2, "deelname")).code).toBe("#VALUE!");
  });
});

describe("text and choices", () => {
  test("text is trimmed; numbers become text; empty or a truth value is refused", () => {
    expect(toText("  Land van Cuijk ", "gemeente")).toBe("Land van Cuijk");
    expect(toText(1982, "gemeente")).toBe("1982");
    expect(excelError(() => toText(" ", "gemeente"))).toEqual({ code: "#VALUE!", message: "gemeente is leeg; vul een tekst in." });
    expect(excelError(() => toText(true, "gemeente"))).toEqual({ code: "#VALUE!", message: "gemeente: WAAR is geen tekst; vul een tekst in." });
  });

  test("a choice is matched without case; empty gives the fallback; unknown lists the options", () => {
    const methods = ["relatief", "absoluut"] as const;
    expect(toChoice("Absoluut", "methode", methods, "relatief")).toBe("absoluut");
    expect(toChoice("", "methode", methods, "relatief")).toBe("relatief");
    expect(excelError(() => toChoice("gemiddeld", "methode", methods, "relatief"))).toEqual({
      code: "#VALUE!",
      message: 'methode: "gemiddeld" is onbekend. Toegestaan: "relatief", "absoluut".',
    });
  });
});

describe("toDayNumber", () => {
  test.each([
    [45382, dayNumber(2024, 3, 31)],
    [61, dayNumber(1900, 3, 1)],
    ["31-03-2024", dayNumber(2024, 3, 31)],
    ["2024-03-31", dayNumber(2024, 3, 31)],
    ["31/3/2024", dayNumber(2024, 3, 31)],
  ])("%j", (value, expected) => {
    expect(toDayNumber(value, "begindatum")).toBe(expected);
  });

  test("empty, garbage and Excel's non-existent 29-02-1900 are refused with the formats to use", () => {
    expect(excelError(() => toDayNumber("", "begindatum", "rij 7"))).toEqual({
      code: "#VALUE!",
      message: "begindatum (rij 7) is leeg; vul een datum in (dd-mm-jjjj).",
    });
    expect(excelError(() => toDayNumber("31-02-2024", "einddatum"))).toEqual({
      code: "#VALUE!",
      message: 'einddatum: "31-02-2024" is geen datum. Gebruik dd-mm-jjjj, jjjj-mm-dd of een Excel-datum.',
    });
    expect(excelError(() => toDayNumber(60, "einddatum")).code).toBe("#VALUE!");
    expect(excelError(() => toDayNumber("gisteren", "einddatum")).code).toBe("#VALUE!");
  });
});

describe("ranges", () => {
  test("empty cells", () => {
    expect([null, undefined, "", "  "].map(isEmptyCell)).toEqual([true, true, true, true]);
    expect([0, false, "0", "x"].map(isEmptyCell)).toEqual([false, false, false, false]);
  });

  test("a single value becomes a 1×1 matrix; a range stays as it is; empty or ragged input is refused", () => {
    expect(toMatrix(5, "bedragen")).toEqual([[5]]);
    expect(toMatrix([[1, 2], [3, 4]], "bedragen")).toEqual([[1, 2], [3, 4]]);
    expect(excelError(() => toMatrix([], "bedragen"))).toEqual({ code: "#VALUE!", message: "bedragen is leeg." });
    expect(excelError(() => toMatrix([[]], "bedragen"))).toEqual({ code: "#VALUE!", message: "bedragen is leeg." });
    expect(excelError(() => toMatrix([1, 2], "bedragen"))).toEqual({ code: "#VALUE!", message: "bedragen is geen bereik van cellen." });
  });

  test("vectors keep their orientation so results come back in the same shape", () => {
    const column = toVector([[31715], [11030], [90707]], "inwoners");
    expect(column).toEqual({ values: [31715, 11030, 90707], shape: { orientation: "column", length: 3 } });
    expect(toShape([1, 2, 3], column.shape)).toEqual([[1], [2], [3]]);
    expect(positionLabel(column.shape, 2)).toBe("rij 3");

    const row = toVector([[31715, 11030, 90707]], "inwoners");
    expect(row.shape).toEqual({ orientation: "row", length: 3 });
    expect(toShape([1, 2, 3], row.shape)).toEqual([[1, 2, 3]]);
    expect(positionLabel(row.shape, 0)).toBe("kolom 1");

    expect(toVector(7, "inwoners")).toEqual({ values: [7], shape: { orientation: "column", length: 1 } });
    expect(excelError(() => toVector([[1, 2], [3, 4]], "inwoners"))).toEqual({
      code: "#VALUE!",
      message: "inwoners moet één kolom of één rij zijn, maar is 2 rijen bij 2 kolommen.",
    });
  });
});

describe("runEngine", () => {
  test.each([
    ["invalid-input", "#VALUE!"],
    ["not-available", "#N/A"],
    ["division-by-zero", "#DIV/0!"],
    ["out-of-range", "#NUM!"],
  ] as const)("EngineError %s becomes %s with its Dutch message", (kind, code) => {
    expect(excelError(() => runEngine(() => { throw new EngineError(kind, "Het totaal van de sleutel is 0 (rij 2 t/m 6)."); }))).toEqual({
      code,
      message: "Het totaal van de sleutel is 0 (rij 2 t/m 6).",
    });
  });

  test("a coercion error passes through unchanged; anything else becomes #VALUE! with its message", () => {
    const coercion = new SdFunctionError("#NUM!", "jaar: 1999 ligt buiten het toegestane bereik.");
    expect(() => runEngine(() => { throw coercion; })).toThrow(coercion);
    expect(excelError(() => runEngine(() => { throw new RangeError("Ongeldige lengte"); }))).toEqual({ code: "#VALUE!", message: "Ongeldige lengte" });
    expect(excelError(() => runEngine(() => { throw "kapot"; }))).toEqual({ code: "#VALUE!", message: "kapot" });
    expect(runEngine(() => 42)).toBe(42);
  });
});
