/** Bad input for the Verdelen functions: SD.VERDEEL, SD.AANDEEL, SD.INWONERS, SD.GEMEENTECODE. */
import { allocate, municipalityCode, population, shares } from "../../../src/functions/verdelen";
import { column, row, type BadInputCase } from "../catalogue";

/** Excel passes whatever is in the cell; the declared parameter types do not hold at run time. */
const range = (v: unknown) => v as unknown[][];
const cell = (v: unknown) => v as number;
const big = (n: number) => Array.from({ length: n }, (_, i) => [(i % 5) + 1]);

export const VERDELEN_CASES: BadInputCase[] = [
  { capability: "verdelen", input: "negative weight", call: () => allocate(1000, column(10, -5, 3)), outcome: { error: "#VALUE!", says: ["sleutel (rij 2)", "-5", "negatief"] } },
  { capability: "verdelen", input: "text in a weight cell", call: () => allocate(1000, column(10, "veel", 3)), outcome: { error: "#VALUE!", says: ["sleutel (rij 2)", '"veel"', "geen getal"] } },
  { capability: "verdelen", input: "weights as Dutch number text", call: () => allocate(1000, column("1.000", "2.000", 1000)), outcome: { value: [[250], [500], [250]] } },
  { capability: "verdelen", input: "error value in the key", call: () => allocate(1000, column(10, "#N/A", 3)), outcome: { error: "#VALUE!", says: ["sleutel (rij 2)", "#N/A", "herstel"] } },
  { capability: "verdelen", input: "empty cell in the key", call: () => allocate(1000, column(10, "", 3)), outcome: { error: "#VALUE!", says: ["sleutel (rij 2)", "leeg"] } },
  { capability: "verdelen", input: "error value in a row key (position is a column)", call: () => allocate(1000, row(1, 2, "#REF!")), outcome: { error: "#VALUE!", says: ["sleutel (kolom 3)", "#REF!"] } },
  { capability: "verdelen", input: "all weights zero", call: () => allocate(1000, column(0, 0, 0)), outcome: { error: "#DIV/0!", says: ["gewichten zijn 0", "groter dan 0"] } },
  { capability: "verdelen", input: "nobody participates", call: () => allocate(1000, column(1, 2, 3), column(0, "nee", false)), outcome: { error: "#DIV/0!", says: ["deelnemende gewichten"] } },
  { capability: "verdelen", input: "participation shorter than the key", call: () => allocate(1000, column(1, 2, 3), column(1, 1)), outcome: { error: "#VALUE!", says: ["deelname heeft 2 cellen", "sleutel 3", "dezelfde vorm"] } },
  { capability: "verdelen", input: "participation a row, key a column", call: () => allocate(1000, column(1, 2, 3), row(1, 1, 1)), outcome: { error: "#VALUE!", says: ["deelname", "(rij)", "(kolom)"] } },
  { capability: "verdelen", input: "key of two columns", call: () => allocate(1000, range([[1, 2], [3, 4]])), outcome: { error: "#VALUE!", says: ["sleutel", "2 rijen bij 2 kolommen"] } },
  { capability: "verdelen", input: "unknown participation word", call: () => allocate(1000, column(1, 2, 3), column("ja", "misschien", 1)), outcome: { error: "#VALUE!", says: ["deelname (rij 2)", '"misschien"', "WAAR/ONWAAR"] } },
  { capability: "verdelen", input: "total as a word", call: () => allocate(cell("duizend"), column(1, 2)), outcome: { error: "#VALUE!", says: ["totaal", '"duizend"'] } },
  { capability: "verdelen", input: "total as Dutch euro text", call: () => allocate(cell("€ 1.000,50"), column(1, 1), undefined, 2), outcome: { value: [[500.25], [500.25]] } },
  { capability: "verdelen", input: "decimals beyond 6", call: () => allocate(1000, column(1, 2), undefined, 7), outcome: { error: "#NUM!", says: ["decimalen", "7", "0 tot en met 6"] } },
  { capability: "verdelen", input: "negative total (refund) keeps its sign and adds up", call: () => allocate(-1000, column(1, 2, 3)), outcome: { value: [[-167], [-333], [-500]] } },
  {
    capability: "verdelen",
    input: "100,000-row key",
    call: () => allocate(1_000_000, big(100_000)),
    outcome: {
      check: (result) => {
        const parts = (result as number[][]).map((r) => r[0]);
        if (parts.length !== 100_000 || parts.reduce((s, p) => s + p, 0) !== 1_000_000) throw new Error("100.000 posities tellen niet op tot 1.000.000");
      },
    },
  },
  { capability: "verdelen", input: "tiny weights (1e-300) split like equal weights", call: () => allocate(1000, column(1e-300, 1e-300)), outcome: { value: [[500], [500]] } },
  { capability: "verdelen", input: "tiny unequal weights keep their ratio", call: () => allocate(1000, column(1e-300, 3e-300)), outcome: { value: [[250], [750]] } },
  { capability: "verdelen", input: "huge weights (1e308) give shares of one half", call: () => shares(column(1e308, 1e308)), outcome: { value: [[0.5], [0.5]] } },
  {
    capability: "verdelen",
    input: "200,000 fractional weights",
    call: () => allocate(1_000_000, Array.from({ length: 200_000 }, (_, i) => [((i % 7) + 1) / 10])),
    outcome: {
      check: (result) => {
        const parts = (result as number[][]).map((r) => r[0]);
        if (parts.length !== 200_000 || parts.reduce((s, p) => s + p, 0) !== 1_000_000) throw new Error("200.000 breuken tellen niet op tot 1.000.000");
      },
    },
  },
  {
    capability: "verdelen",
    input: "1 MB text as total is quoted cut to 40 characters",
    call: () => allocate(cell("x".repeat(1_000_000)), column(1, 2)),
    outcome: { error: "#VALUE!", says: ["totaal", `"${"x".repeat(40)}…"`, /^.{0,160}$/s] },
  },
  {
    capability: "verdelen",
    input: "1 MB municipality name is quoted cut to 40 characters",
    call: () => population("Oss".repeat(350_000), 2024),
    outcome: { error: "#N/A", says: [/"(Oss){13}O…"/, /^.{0,200}$/s] },
  },
  { capability: "verdelen", input: "zero-width space in a word is shown visibly", call: () => allocate(cell("12\u200bx"), column(1, 2)), outcome: { error: "#VALUE!", says: ['"12⟨U+200B⟩x"'] } },
  { capability: "verdelen", input: "municipality named constructor", call: () => population("constructor", 2024), outcome: { error: "#N/A", says: ['"constructor"', "geen bekende gemeente"] } },
  { capability: "verdelen", input: "municipality named __proto__", call: () => population("__proto__", 2024), outcome: { error: "#N/A", says: ['"__proto__"', "geen bekende gemeente"] } },
  { capability: "verdelen", input: "shares of an all-zero key", call: () => shares(column(0, 0)), outcome: { error: "#DIV/0!", says: ["aandeel", "gewichten zijn 0"] } },
  { capability: "verdelen", input: "misspelled municipality (Bemheze)", call: () => population("Bemheze", 2024), outcome: { error: "#N/A", says: ['"Bemheze"', "geen bekende gemeente", '"Bernheze"'] } },
  { capability: "verdelen", input: "ambiguous municipality (Bergen)", call: () => population("Bergen", 2024), outcome: { error: "#N/A", says: ['"Bergen"', "niet eenduidig", '"Bergen (NH.)"', '"Bergen (L.)"'] } },
  { capability: "verdelen", input: "municipality merged before the year", call: () => population("Uden", 2023), outcome: { error: "#N/A", says: ["Uden", "1-1-2022", "Maashorst"] } },
  { capability: "verdelen", input: "year without figures", call: () => population("Venlo", 2021), outcome: { error: "#N/A", says: ["Venlo", "1 januari 2021", "een ander jaar wordt niet gebruikt"] } },
  { capability: "verdelen", input: "empty municipality cell", call: () => population(""), outcome: { error: "#VALUE!", says: ["gemeente", "leeg"] } },
  { capability: "verdelen", input: "CBS code typed as a number", call: () => municipalityCode(1982), outcome: { value: "GM1982" } },
  { capability: "verdelen", input: "name with spaces and lower case", call: () => municipalityCode("  venlo  "), outcome: { value: "GM0983" } },
  { capability: "verdelen", input: "unknown CBS code", call: () => municipalityCode("GM9999"), outcome: { error: "#N/A", says: ["GM9999", "bestaat niet"] } },
  { capability: "verdelen", input: "reference year as text", call: () => municipalityCode("Venlo", cell("vorig jaar")), outcome: { error: "#VALUE!", says: ["peiljaar", '"vorig jaar"'] } },
];
