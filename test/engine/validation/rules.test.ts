/** Each rule on sheets built to contain exactly one kind of fault, and the clean versions that must pass. */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { validateSheet, RULES, type Finding } from "../../../src/engine/validation";
import { parseNumberText } from "../../../src/engine/shared/numbers";
import { cleanBudget, sheet } from "./sheets";

const only = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);
const serious = (findings: Finding[]) => findings.filter((f) => f.severity !== "info");

describe("rule catalogue", () => {
  test("has the sixteen rule ids of the issue, double-counted-subtotal, sum-range-edge and the summary, each once", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(19);
    expect(ids).toEqual(expect.arrayContaining(["total-mismatch", "rounding-difference", "formula-omits-cells", "inconsistent-formula", "hardcoded-total", "share-not-100", "vat-mismatch", "variance-mismatch", "average-mismatch", "number-as-text", "error-value", "missing-label", "duplicate-label", "unknown-municipality", "population-mismatch", "period-sequence", "double-counted-subtotal", "sum-range-edge", "more-findings"]));
  });
});

describe("clean sheets give no errors or warnings", () => {
  test("generated budgets with formula totals", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 12 }), (amounts) => {
        const findings = validateSheet(cleanBudget(amounts));
        expect(serious(findings)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  test("an allocation table with exact shares, 21% BTW and incl. BTW", () => {
    const inhabitants = [31715, 11030, 90707];
    const total = inhabitants.reduce((a, b) => a + b, 0);
    const rows = inhabitants.map((n, r) => {
      const amount = Math.round((100000 * n) / total);
      return [["Bernheze", "Boekel", "Land van Cuijk"][r], n, n / total, amount, Math.round(amount * 0.21), amount + Math.round(amount * 0.21)];
    });
    const sumCol = (c: number) => rows.reduce((a, r) => a + (r[c] as number), 0);
    const values = [["Gemeente", "Inwoneraantal", "Aandeel", "Bedrag excl BTW", "BTW 21%", "Totaal incl BTW"], ...rows, ["Totaal", sumCol(1), 1, sumCol(3), sumCol(4), sumCol(5)]];
    const findings = validateSheet({ values, numberFormat: values.map((row) => row.map((_, c) => (c === 2 ? "0.00%" : "General"))), year: 2022 });
    expect(serious(findings)).toEqual([]);
  });
});

describe("totals", () => {
  const base = [
    ["Post", "Begroting 2024"],
    ["Personeel", 100],
    ["Huisvesting", 50],
    ["ICT", 25],
  ];

  test("a total far off its parts is a total-mismatch with expected and actual", () => {
    const f = validateSheet(sheet([...base, ["Totaal", 185]]));
    expect(only(f, "total-mismatch")).toEqual([expect.objectContaining({ cell: "B5", severity: "error", expected: 175, actual: 185, related: ["B2", "B3", "B4"] })]);
  });

  test("one unit off with three parts is a rounding difference, not an error", () => {
    const f = validateSheet(sheet([...base, ["Totaal", 176]]));
    expect(f.map((x) => [x.rule, x.cell, x.severity])).toEqual([["rounding-difference", "B5", "warning"]]);
  });

  test("the unit comes from the number format: 0,01 in a € 0,00 column makes 1 euro off a mismatch", () => {
    const rows = [["Post", "Bedrag"], ["a", 10.5], ["b", 20.25], ["Totaal", 31.75]];
    const f = validateSheet({ values: rows, numberFormat: rows.map(() => ["General", "#,##0.00"]) });
    expect(only(f, "total-mismatch").map((x) => x.cell)).toEqual(["B4"]);
  });

  test("a dash and an empty cell count as zero; a total known only in total is not checked", () => {
    const f = validateSheet(sheet([["Post", "2024", "2025"], ["a", "-", ""], ["b", 5, ""], ["Totaal", 5, 900]]));
    expect(f).toEqual([]);
  });

  test("hierarchical totals and the saldo of seed 000 (Overzicht module 1) are understood", () => {
    const text = fs.readFileSync(path.join(__dirname, "data", "overzicht-module-1.tsv"), "utf8");
    const values = text.split("\n").filter((l) => l.trim()).map((l) => {
      const cells = l.split("\t");
      while (cells.length < 7) cells.push("");
      return cells.map((c, i) => (i === 0 || c.trim() === "-" ? c : parseNumberText(c) ?? c));
    });
    const f = validateSheet({ values });
    // the published table only has one-euro drifts: nothing is a mismatch
    expect(f.filter((x) => x.severity === "error")).toEqual([]);
    // Totaal lasten (row 18) = Totaal personeelskosten + Totaal bedrijfsvoeringskosten + Onvoorzien
    expect(f.find((x) => x.cell === "B18")).toMatchObject({ rule: "rounding-difference", expected: 672970, related: ["B8", "B16", "B17"] });
    // Totaal saldo (row 25) = Totaal baten − Totaal lasten
    expect(f.find((x) => x.cell === "F25")).toMatchObject({ rule: "rounding-difference", expected: 145740, actual: 145739 });
    expect(f.some((x) => x.cell === "C25" || x.cell === "B25")).toBe(false);
    // "Vershil" names a variance column; the Baten section flips the sign, stated once as info
    expect(f.filter((x) => x.rule === "variance-mismatch").map((x) => [x.cell, x.severity])).toEqual([["D20", "info"], ["G20", "info"]]);
    expect(f.find((x) => x.cell === "D13")).toMatchObject({ rule: "rounding-difference", expected: -4938, actual: -4937 });
  });

  test("a row that sums the rows above is a total even without a label (and misses its label)", () => {
    const f = validateSheet(sheet([["Post", "2024", "2025", "2026"], ["a", 10, 20, 30], ["b", 30, 40, 50], ["", 40, 60, 81]]));
    expect(f.map((x) => [x.rule, x.cell])).toEqual([["missing-label", "A4"], ["rounding-difference", "D4"]]);
  });
});

describe("formulas", () => {
  const rows = (last: [string, number]) => [
    ["Post", "Bedrag"],
    ["a", 10],
    ["b", 25],
    ["c", 30],
    ["d", 40],
    ["Totaal", last],
  ];

  test("a SUM that stops one row short is formula-omits-cells with the fix", () => {
    const f = validateSheet(sheet(rows(["=SUM(B2:B4)", 65])));
    expect(only(f, "formula-omits-cells")).toEqual([expect.objectContaining({ cell: "B6", severity: "error", expected: 105, actual: 65, related: ["B5"], suggestion: "=SUM(B2:B5)" })]);
    expect(only(f, "total-mismatch")).toEqual([]);
  });

  test("a typed total where the other totals are formulas is hardcoded-total with a SUM suggestion", () => {
    const s = sheet([
      ["Post", "2024", "2025"],
      ["a", 10, 1],
      ["b", 20, 2],
      ["Totaal", ["=SUM(B2:B3)", 30], 3],
    ]);
    const f = validateSheet(s);
    // it still adds up: fragile, not wrong, so a note (a typed total that no longer adds up is a total-mismatch)
    expect(f).toEqual([expect.objectContaining({ rule: "hardcoded-total", cell: "C4", suggestion: "=SUM(C2:C3)", severity: "info" })]);
  });

  test("a formula whose shape differs from its row neighbours is inconsistent-formula", () => {
    const s = sheet([
      ["Post", "Basis", "Jan", "Feb", "Mrt"],
      ["a", 100, ["=$B2*0.1", 10], ["=$B2*0.1", 10], ["=$B2*0.1", 10]],
      ["b", 200, ["=$B3*0.1", 20], ["=$B2*0.1", 10], ["=$B3*0.1", 20]],
      ["c", 300, ["=$B4*0.1", 30], ["=$B4*0.1", 30], ["=$B4*0.1", 30]],
    ]);
    const f = only(validateSheet(s), "inconsistent-formula");
    expect(f.map((x) => x.cell)).toEqual(["D3"]);
    expect(f[0].related).toEqual(["C3", "E3"]);
  });

  test("copied formulas of equal shape and a closing total row raise nothing", () => {
    const s = sheet([
      ["Post", "Basis", "Opslag"],
      ["a", 100, ["=B2*0.1", 10]],
      ["b", 200, ["=B3*0.1", 20]],
      ["c", 350, ["=B4*0.1", 35]],
      ["Totaal", ["=SUM(B2:B4)", 650], ["=SUM(C2:C4)", 65]],
    ]);
    expect(validateSheet(s)).toEqual([]);
  });
});

describe("special columns", () => {
  test("BTW slip: 9% typed where 21% applies is a vat-mismatch", () => {
    const f = validateSheet(sheet([
      ["Gemeente", "Bedrag excl BTW", "BTW", "Totaal incl BTW"],
      ["Boekel", 1000, 210, 1210],
      ["Oss", 2000, 180, 2180],
      ["Uden", 3000, 630, 3630],
    ]));
    expect(only(f, "vat-mismatch")).toEqual([expect.objectContaining({ cell: "C3", expected: 420, actual: 180 })]);
  });

  test("BTW within ½ unit + rate × ½ unit is fine", () => {
    const f = validateSheet(sheet([["Post", "excl. BTW", "BTW 21%"], ["a", 117864, 24751], ["b", 10, 2]]));
    expect(f).toEqual([]);
  });

  test("shares adding to 101% beyond rounding are an error, 100% after rounding a warning", () => {
    const beyond = validateSheet(sheet([["Gemeente", "Aandeel"], ["a", 0.5], ["b", 0.35], ["c", 0.2]]));
    expect(only(beyond, "share-not-100")).toEqual([expect.objectContaining({ cell: "B4", severity: "error" })]);
    const rounded = validateSheet({ values: [["Gemeente", "Aandeel"], ["a", 0.34], ["b", 0.33], ["c", 0.32], ["Totaal", 1]], numberFormat: [["General", "General"], ["General", "0%"], ["General", "0%"], ["General", "0%"], ["General", "0%"]] });
    expect(only(rounded, "share-not-100")).toEqual([expect.objectContaining({ cell: "B5", severity: "warning" })]);
  });

  test("a Verschil with the wrong sign is a warning; a wrong amount an error; a column found from values", () => {
    const f = validateSheet(sheet([
      ["Post", "Begroting", "Realisatie", "Afw"],
      ["a", 100, 80, 20],
      ["b", 50, 60, -10],
      ["c", 70, 40, -30],
      ["d", 90, 10, 50],
      ["e", 10, 5, 5],
    ]));
    expect(only(f, "variance-mismatch").map((x) => [x.cell, x.severity])).toEqual([["D4", "warning"], ["D5", "error"]]);
  });

  test("Gemiddeld over only the filled months is a warning naming the convention", () => {
    const f = validateSheet(sheet([
      ["Gemeente", "2022-01", "2022-02", "2022-03", "2022-04", "Gemiddeld"],
      ["Venlo", 2, 4, 6, 8, 5],
      ["Bergen", "", "", 3, 3, 3],
      ["Weert", 1, 1, 1, 1, 4],
    ]));
    expect(only(f, "average-mismatch").map((x) => [x.cell, x.severity, x.expected])).toEqual([["F3", "warning", 1.5], ["F4", "error", 1]]);
    expect(only(f, "average-mismatch")[0].message).toContain("gevulde perioden");
    expect(only(f, "average-mismatch")[0].message).toContain("is het 1,50");
  });

  test("one filled month reads in the singular: 'alleen de 1 gevulde periode'", () => {
    const f = validateSheet(sheet([
      ["Gemeente", "2022-01", "2022-02", "2022-03", "2022-04", "Gemiddeld"],
      ["Venlo", 2, 4, 6, 8, 5],
      ["Bergen", "", "", "", 6, 6],
      ["Weert", 1, 1, 1, 1, 1],
    ]));
    const message = only(f, "average-mismatch").find((x) => x.cell === "F3")?.message ?? "";
    expect(message).toContain("alleen de 1 gevulde periode van B3:E3");
    expect(message).not.toContain("1 gevulde perioden");
  });

  test("month headers stored as dates: a gap is found and the Gemiddeld uses all months", () => {
    const serial = (y: number, m: number) => Math.round(Date.UTC(y, m - 1, 1) / 86_400_000) + 25569;
    const header = ["Gemeente", serial(2022, 1), serial(2022, 2), serial(2022, 4), "Gemiddeld"];
    const values = [header, ["Venlo", 3, 6, 9, 6], ["Weert", 1, 2, 3, 2]];
    const numberFormat = values.map((row, r) => row.map((_, c) => (r === 0 && c >= 1 && c <= 3 ? "mmm-yy" : "General")));
    const f = validateSheet({ values, numberFormat });
    expect(f.map((x) => [x.rule, x.cell, x.suggestion])).toEqual([["period-sequence", "D1", "2022-03"]]);
  });

  test("period headers: malformed and a gap", () => {
    const f = only(validateSheet(sheet([["Gemeente", "022-01", "2022-02", "2022-04", "2022-05"], ["a", 1, 2, 3, 4]])), "period-sequence");
    expect(f.map((x) => [x.cell, x.suggestion])).toEqual([["B1", "2022-01"], ["D1", "2022-03"]]);
  });
});

describe("cells and labels", () => {
  test("numeric text, error values, missing and duplicate labels", () => {
    const f = validateSheet(sheet([
      ["Post", "Bedrag", "Toelichting"],
      ["a", "4.000", "tekst"],
      ["b", "€ 5.000", ""],
      ["a", "#REF!", ""],
      ["", 20.35, ""],
    ]));
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ["number-as-text", "B2"],
      ["number-as-text", "B3"],
      ["duplicate-label", "A4"],
      ["error-value", "B4"],
      ["missing-label", "A5"],
    ]);
    expect(f[0].expected).toBe(4000);
    expect(f[1].expected).toBe(5000);
  });
});

describe("municipalities", () => {
  test("a typo gets a suggestion within max(2, 30%) edits; a name far off gets none", () => {
    const f = validateSheet(sheet([["Gemeente", "Bedrag"], ["Bemheze", 1], ["Boekel", 2], ["Oss", 3], ["Xyzzyplaats", 4]]), { rules: ["unknown-municipality"] });
    expect(f.map((x) => [x.cell, x.suggestion])).toEqual([["A2", "Bernheze"], ["A5", undefined]]);
  });

  test("the reference year is read from 'per 1 januari 2022' on the sheet", () => {
    const values = [["Inwoneraantallen per 1 januari 2022"], [""], ["Gemeente", "Inwoners"], ["Bernheze", 31715], ["Boekel", 11030], ["Oss", 91915]];
    const f = validateSheet({ values });
    expect(only(f, "population-mismatch").map((x) => [x.cell, x.expected])).toEqual([["B6", 93307]]);
    const in2024 = validateSheet({ values, year: 2024 });
    expect(only(in2024, "population-mismatch").map((x) => x.cell)).toEqual(["B4", "B5", "B6"]);
    expect(only(in2024, "population-mismatch")[0].message).toContain("1 januari 2022");
  });

  test("a merged-away municipality is not in the registry for a later year", () => {
    const f = validateSheet(sheet([["Gemeente", "Bedrag"], ["Boxmeer", 1], ["Boekel", 2], ["Oss", 3]], { year: 2024 }), { rules: ["unknown-municipality"] });
    expect(f.map((x) => x.cell)).toEqual(["A2"]);
  });
});

describe("averages are not totals (seed 003, JeugdzorgPlus 2020)", () => {
  // "Gemiddeld afgenomen dagen per jeugdige": 115/131/167 days for 29/29/5 youngsters, Totaal NML 138
  const values = [
    [2020, "Limburg-Noord", "MLO", "MLW", "Totaal NML"],
    ["Aantal jeugdigen", 29, 29, 5, 63],
    ["Gemiddeld afgenomen dagen per jeugdige", 115, 131, 167, 138],
    ["Omzet", 1492689, 1672655, 382823, 3548167],
  ];
  const f = validateSheet({ values, numberFormat: values.map((row, r) => row.map(() => (r === 2 ? '0 "dagen"' : r === 3 ? "€ #,##0" : "General"))) });

  test("the Gemiddeld row is read as an average: no total-mismatch and no fix on its Totaal cell", () => {
    expect(f.filter((x) => x.cell === "E3" && x.rule !== "average-mismatch")).toEqual([]);
    expect(f.some((x) => x.suggestion !== undefined && x.cell === "E3")).toBe(false);
    expect(f.filter((x) => x.rule === "total-mismatch")).toEqual([]);
  });

  test("the mean of means is reported with the weighted average", () => {
    const avg = f.filter((x) => x.rule === "average-mismatch");
    expect(avg).toEqual([expect.objectContaining({ cell: "E3", severity: "warning", actual: 138 })]);
    expect(avg[0].expected).toBeCloseTo((29 * 115 + 29 * 131 + 5 * 167) / 63, 6);
    expect(avg[0].message).toContain("126,5");
  });
});

describe("double-counted-subtotal and ranges unlike their neighbours", () => {
  test("a total over a subtotal and its parts counts them twice", () => {
    const f = validateSheet(sheet([
      ["Post", "Bedrag"],
      ["a", 1],
      ["b", 2],
      ["Subtotaal", ["=SUM(B2:B3)", 3]],
      ["c", 4],
      ["Totaal", ["=SUM(B2:B5)", 10]],
    ]));
    expect(only(f, "double-counted-subtotal")).toEqual([expect.objectContaining({ cell: "B6", severity: "error", related: ["B4", "B2:B3"] })]);
  });

  test("a SUM that starts a row later than its neighbours omits a figure", () => {
    const f = validateSheet(sheet([
      ["Post", "2022", "2023", "2024"],
      ["a", 1, 2, 3],
      ["b", 4, 5, 6],
      ["Totaal", ["=SUM(B2:B3)", 5], ["=SUM(C3:C3)", 5], ["=SUM(D2:D3)", 9]],
    ]));
    expect(only(f, "formula-omits-cells")).toEqual([expect.objectContaining({ cell: "C4", severity: "error", suggestion: "=SUM(C2:C3)" })]);
  });
});

describe("sum ranges against the table", () => {
  test("a total whose SUM starts on a caption and runs over the block's category captions is a sum-range-edge warning", () => {
    const f = validateSheet(sheet([
      ["Post", "2023", "2024"],
      ["Personeel", "", ""],
      ["Salarissen", 100, 110],
      ["Sociale lasten", 20, 22],
      ["Materieel", "", ""],
      ["Huur", 50, 55],
      ["Totaal", ["=SUM(B2:B6)", 170], ["=SUM(C3:C6)", 187]],
    ]));
    expect(only(f, "sum-range-edge").map((x) => [x.cell, x.severity])).toEqual([["B7", "warning"]]);
    expect(only(f, "sum-range-edge")[0].message).toMatch(/tussenkoppen/);
  });

  test("a SUM that starts right below the previous total is a warning", () => {
    const f = validateSheet(sheet([
      ["Post", "2023"],
      ["Salarissen", 100],
      ["Sociale lasten", 20],
      ["Subtotaal personeel", ["=SUM(B2:B3)", 120]],
      ["Materieel", ""],
      ["Huur", 50],
      ["Energie", 10],
      ["Subtotaal materieel", ["=SUM(B5:B7)", 60]],
    ]));
    expect(only(f, "sum-range-edge").map((x) => [x.cell, x.severity])).toEqual([["B8", "warning"]]);
    expect(only(f, "sum-range-edge")[0].message).toMatch(/direct onder het vorige totaal/);
  });

  test("a SUM that only starts on the table's first heading line, or ends on a blank spacer row, is a note", () => {
    const f = validateSheet(sheet([
      ["Post", "2023", "2024"],
      ["Personeel", "", ""],
      ["Salarissen", 100, 110],
      ["Sociale lasten", 20, 22],
      ["", "", ""],
      ["Totaal", ["=SUM(B2:B4)", 120], ["=SUM(C3:C5)", 132]],
    ]));
    expect(only(f, "sum-range-edge").map((x) => [x.cell, x.severity])).toEqual([["B6", "info"], ["C6", "info"]]);
  });

  test("at most 200 findings per rule per sheet, then one summary finding", () => {
    const rows: (string | number)[][] = [["Post", "Bedrag"]];
    for (let r = 0; r < 450; r++) rows.push([`Post ${r}`, "1.000"]);
    const f = validateSheet(sheet(rows));
    expect(only(f, "number-as-text")).toHaveLength(200);
    expect(only(f, "more-findings")).toEqual([expect.objectContaining({ severity: "info", cell: "B201" })]);
    expect(only(f, "more-findings")[0].message).toContain("en nog 250 van deze soort");
  });
});

describe("what is not a sum, and what is no slip (tuned on the ExceLint corpus)", () => {
  test("a total under a column of quotients, or equal to the mean of its parts, is no total-mismatch", () => {
    const f = validateSheet(sheet([
      ["School", "Capaciteit", "Aanmeldingen", "Aantrekking"],
      ["A", 9, 10, ["=C2/B2", 10 / 9]],
      ["B", 10, 6, ["=C3/B3", 0.6]],
      ["Totaal", ["=SUM(B2:B3)", 19], ["=SUM(C2:C3)", 16], (10 / 9 + 0.6) / 2],
    ]));
    expect(serious(f)).toEqual([]);
    const mean = validateSheet(sheet([
      ["Regio", "2023", "2024"],
      ["Noord", 100, 120],
      ["Zuid", 300, 280],
      ["Totaal", ["=SUM(B2:B3)", 400], 200],
    ]));
    expect(only(mean, "total-mismatch").filter((x) => x.cell === "C4")).toEqual([]);
  });

  test("a total over a nested subtotal does not omit the subtotal's parts", () => {
    const f = validateSheet(sheet([
      ["Post", "2023"],
      ["Rijksmiddelen", 100],
      ["Overige middelen", ["=SUM(B4:B5)", 30]],
      ["Eigen bijdragen", 10],
      ["Subsidies", 20],
      ["", ""],
      ["Totaal", ["=SUM(B2:B3)", 130]],
    ]));
    expect(only(f, "formula-omits-cells")).toEqual([]);
    expect(serious(only(f, "total-mismatch"))).toEqual([]);
  });

  test("an error value pasted as a value, and #GETAL! from IRR, are notes; #VERW! in a formula stays an error", () => {
    const f = validateSheet({
      values: [["Post", "Bedrag", "Rendement"], ["a", "#VALUE!", "#NUM!"], ["b", 5, "#REF!"], ["c", 6, 1]],
      formulas: [["Post", "Bedrag", "Rendement"], ["a", "#VALUE!", "=IRR(B3:B4)"], ["b", 5, "=B3+#REF!"], ["c", 6, 1]],
    });
    expect(only(f, "error-value").map((x) => [x.cell, x.severity])).toEqual([["B2", "info"], ["C2", "info"], ["C3", "error"]]);
    expect(only(f, "error-value")[0].message).toMatch(/#WAARDE! staat hier als waarde/);
    // the IRR formula is sound: the note says the figures have no solution, not to repair the formula
    expect(only(f, "error-value")[1].message).toMatch(/"=IRR\(B3:B4\)" vindt voor deze reeks bedragen geen uitkomst/);
    expect(only(f, "error-value")[1].message).not.toMatch(/Herstel de formule/);
    expect(only(f, "error-value")[2].message).toMatch(/Herstel de formule/);
  });

  test("the same sum written another way, an alternating pattern and formulas copied across are no inconsistent-formula", () => {
    const sameSum = validateSheet(sheet([
      ["Post", "2022", "2023", "2024"],
      ["a", 1, 2, 3],
      ["b", 4, 5, 6],
      ["Samen", ["=B2+B3", 5], ["=SUM(C2,C3)", 7], ["=+D3+D2", 9]],
    ]));
    expect(only(sameSum, "inconsistent-formula")).toEqual([]);
    const alternating = validateSheet(sheet([
      ["Regel", "Jan", "Feb", "Totaal"],
      ["Omzet", 10, 20, ["=SUM(B2:C2)", 30]],
      ["Marge", 0.1, 0.3, ["=AVERAGE(B3:C3)", 0.2]],
      ["Kosten", 5, 6, ["=SUM(B4:C4)", 11]],
      ["Marge", 0.2, 0.4, ["=AVERAGE(B5:C5)", 0.3]],
      ["Overig", 1, 2, ["=SUM(B6:C6)", 3]],
    ]));
    expect(serious(only(alternating, "inconsistent-formula"))).toEqual([]);
    const broken = validateSheet(sheet([
      ["Regel", "Jan", "Feb", "Totaal"],
      ["a", 10, 20, ["=SUM(B2:C2)", 30]],
      ["b", 1, 2, ["=SUM(B3:C3)", 3]],
      ["c", 5, 6, ["=SUM(B4:B4)", 5]],
      ["d", 2, 4, ["=SUM(B5:C5)", 6]],
      ["e", 1, 2, ["=SUM(B6:C6)", 3]],
    ]));
    expect(only(broken, "inconsistent-formula").map((x) => [x.cell, x.severity])).toEqual([["D4", "warning"]]);
  });
});
