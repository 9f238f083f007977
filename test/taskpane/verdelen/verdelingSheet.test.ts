import { defaultRegistry } from "../../../src/engine/municipalities";
import { computeModel, nonParticipants, parseVatRate, type VerdelenInput } from "../../../src/taskpane/panes/verdelen/model";
import { buildVerdelingSheet } from "../../../src/taskpane/panes/verdelen/verdelingSheet";
import { translate } from "../../../src/taskpane/i18n/catalogue";
import { FORMATS } from "../../../src/excel/formats";
import { displayValue } from "../../../src/preview/displayFormat";

const t = (key: string, params?: Record<string, string | number>) => translate("nl", key, params);
const labels = { rowError: (text: string) => t("verdelen.line.invalidAmount", { text }) };

function input(patch: Partial<VerdelenInput> = {}): VerdelenInput {
  return {
    rows: ["Bernheze", "Boekel", "Land van Cuijk", "Maashorst", "Oss"].map((name, i) => ({ id: i + 1, name, weight: "" })),
    lines: [
      { id: 11, name: "Inkoop & contractering", amount: "797.000" },
      { id: 12, name: "WMO Toezicht", amount: "348.100" },
      { id: 13, name: "Beleidscoördinatie", amount: "126.000" },
    ],
    keySource: "cbs",
    year: 2022,
    sheetRange: "",
    vat: "21",
    decimals: 0,
    budgetYear: "2024",
    excluded: {},
    ...patch,
  };
}

describe("Verdelen pane model", () => {
  test("CBS key for 1-1-2022 from the registry, with its source", () => {
    const model = computeModel(input(), defaultRegistry, labels);
    expect(model.blocker).toBeUndefined();
    expect(model.table!.rows.map((r) => r.weight)).toEqual([31_715, 11_030, 90_707, 58_362, 93_307]);
    expect(model.table!.total.lines).toEqual([797_000, 348_100, 126_000]);
    expect(model.key).toEqual({ kind: "cbs", year: 2022, sources: [expect.stringContaining("1-1-2022")] });
  });

  test("names are checked against the registry: typo blocks with a suggestion, a merged municipality names its successor", () => {
    const typo = computeModel(input({ rows: [{ id: 1, name: "Bemheze", weight: "" }, { id: 2, name: "Uden", weight: "" }] }), defaultRegistry, labels);
    expect(typo.blocker).toEqual({ key: "verdelen.preview.fixNames" });
    expect(typo.checks[0]).toMatchObject({ ok: false, suggestions: expect.arrayContaining(["Bernheze"]) });
    expect(typo.checks[1]).toMatchObject({ ok: false, message: expect.stringContaining("opgegaan in Maashorst") });
    const twice = computeModel(input({ rows: [{ id: 1, name: "Oss", weight: "" }, { id: 2, name: "oss", weight: "" }] }), defaultRegistry, labels);
    expect(twice.checks[1]).toMatchObject({ ok: false, message: expect.stringContaining("staat al in rij 1") });
  });

  test("a year without figures is refused per municipality, not filled in", () => {
    const model = computeModel(input({ year: 2021 }), defaultRegistry, labels);
    expect(model.table).toBeUndefined();
    expect(model.checks[0]).toMatchObject({ ok: false, message: expect.stringContaining("1 januari 2021") });
  });

  test("bad amounts, BTW and budget year are reported", () => {
    const model = computeModel(input({ lines: [{ id: 1, name: "x", amount: "veel" }], vat: "121" }), defaultRegistry, labels);
    expect(model.lineErrors[0]).toContain('"veel" is geen bedrag');
    expect(model.vatError).toBe("verdelen.vat.invalid");
    expect(parseVatRate("21")).toBe(0.21);
    expect(parseVatRate("21%")).toBe(0.21);
    expect(parseVatRate("9,5")).toBe(0.095);
    expect(parseVatRate("")).toBeUndefined();
    expect(computeModel(input({ budgetYear: "24" }), defaultRegistry, labels).budgetYearError).toBe("verdelen.budgetYear.invalid");
  });

  test("custom weights reproduce seed 002 Begroting 2024 exactly in its totals", () => {
    const weights = ["31.715", "11.030", "90.707", "58.362", "91.915"];
    const model = computeModel(input({ keySource: "custom", rows: input().rows.map((r, i) => ({ ...r, weight: weights[i] })) }), defaultRegistry, labels);
    expect(model.table!.total).toMatchObject({ excl: 1_271_100, vat: 266_931, incl: 1_538_031 });
    expect(model.key).toEqual({ kind: "custom" });
  });
});

describe("the written sheet 'Verdeling <jaar>'", () => {
  const excluded = { "13:2": true };
  const model = computeModel(input({ excluded }), defaultRegistry, labels);
  const spec = buildVerdelingSheet(
    {
      table: model.table!,
      lineNames: model.usedLines.map((l) => l.name),
      nonParticipants: nonParticipants(input({ excluded }), model),
      key: model.key!,
      budgetYear: 2024,
      now: new Date(2026, 10, 22),
    },
    t,
  );

  test("columns, formats, formulas and a Totaal row that match the values", () => {
    expect(spec.sheetName).toBe("Verdeling 2024");
    expect(spec.title).toBe("Kosten per gemeente – begroting 2024");
    expect(spec.columns.map((c) => c.header)).toEqual([
      "Gemeente", "Inwoneraantal", "Aandeel", "Inkoop & contractering", "WMO Toezicht", "Beleidscoördinatie", "Bedrag excl. BTW", "BTW 21%", "Totaal incl. BTW",
    ]);
    expect(spec.columns[3].numberFormat).toBe(FORMATS.euro);
    expect(spec.columns[2].numberFormat).toBe(FORMATS.percent2);
    expect(spec.formulas![0][6]).toBe("=SUM(D4:F4)");
    expect(spec.formulas![4][8]).toBe("=G8+H8");
    expect(spec.totalRow!.formulas![3]).toBe("=SUM(D4:D8)");
    expect(spec.totalRow!.values[0]).toBe("Totaal");
    for (let c = 3; c < 9; c++) {
      expect(spec.rows.reduce((s, r) => s + (r[c] as number), 0)).toBe(spec.totalRow!.values[c]);
    }
    spec.rows.forEach((r) => expect(r[6]).toBe((r[3] as number) + (r[4] as number) + (r[5] as number)));
    // Boekel does not join Beleidscoördinatie
    expect(spec.rows[1][5]).toBe(0);
  });

  test("provenance: source, peildatum, rounding, tie rule, BTW, participation, re-split, version, date", () => {
    const notes = spec.notes!.map((line) => line.map((c) => (typeof c === "object" ? displayValue(c.value, c.numberFormat) : String(c))).join(" | "));
    expect(notes[0]).toBe("Verantwoording");
    // sources by title and date, never by a path in the add-in's repository
    expect(notes.join("\n")).not.toMatch(/SOURCES\.md|src\/|@[0-9a-f]{7}/);
    expect(notes).toContain("Verdeelsleutel | Inwoners per 1 januari 2022 (peildatum 1-1-2022)");
    expect(notes.some((n) => n.startsWith("Bron | CBS, inwoners per 1-1-2022"))).toBe(true);
    expect(notes.some((n) => n.startsWith("Afronding | Grootste overschotten (Hamilton) op hele euro's"))).toBe(true);
    expect(notes).toContain("Gelijke overschotten | Eerst naar de gemeente met het grootste gewicht, daarna naar de bovenste rij.");
    expect(notes.some((n) => n.startsWith("BTW | 21% van het bedrag excl. BTW"))).toBe(true);
    expect(notes).toContain("Deelname | Beleidscoördinatie: niet Boekel");
    expect(notes).toContain("Herverdeeleffect t.o.v. volledige deelname | Beleidscoördinatie | Totaal");
    const boekel = spec.notes!.find((line) => line[0] === "Boekel")!;
    // Boekel pays nothing instead of its full-participation share; the others pay exactly that much more
    // a number with a signed € format (the pane shows € -4.874), never text
    expect(boekel[1]).toEqual({ value: -fullShare(1), numberFormat: '"€" +#,##0;"€" -#,##0;"€" 0' });
    expect(notes).toContain(`Boekel | € -${displayValue(fullShare(1), "#,##0")} | € -${displayValue(fullShare(1), "#,##0")}`);
    expect(model.table!.resplit!.perMunicipality.reduce((s, v) => s + v, 0)).toBe(0);
    expect(notes.some((n) => /^Gemaakt met \| Sociaal Domein Rekenhulp \S+$/.test(n))).toBe(true);
    expect(notes).toContain("Datum | 22-11-2026");
  });

  function fullShare(index: number): number {
    const full = computeModel(input(), defaultRegistry, labels);
    return full.table!.rows[index].lines[2];
  }
});
