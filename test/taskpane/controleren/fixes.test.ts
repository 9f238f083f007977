/** Safe fixes and the report spec, without a browser. */
import { safeFix } from "../../../src/taskpane/panes/controleren/fixes";
import { withSheet } from "../../../src/taskpane/panes/controleren/model";
import { reportSpec } from "../../../src/taskpane/panes/controleren/report";
import { validateSheet } from "../../../src/engine/validation";
import type { SheetSnapshot } from "../../../src/excel/WorkbookPort";

const snapshot: SheetSnapshot = {
  sheetName: "Blad1",
  address: "B2:D6",
  topLeft: "B2",
  origin: { row: 1, col: 1 },
  values: [["Gemeente", "2024", "2025"], ["Bemheze", "4.000", 1], ["Boekel", 20, 2], ["Oss", 30, 3], ["Totaal", 50, 6]],
  // Excel's SUM skips the text "4.000": the stored value of C6 is 50
  formulas: [["Gemeente", "2024", "2025"], ["Bemheze", "4.000", 1], ["Boekel", 20, 2], ["Oss", 30, 3], ["Totaal", "=SUM(C3:C5)", 6]],
  numberFormat: Array.from({ length: 5 }, () => ["General", "General", "General"]),
};

const findings = withSheet("Blad1", validateSheet({ values: snapshot.values, formulas: snapshot.formulas, numberFormat: snapshot.numberFormat, address: snapshot.topLeft, year: 2024 }));

test("numeric text becomes the number; a typed total becomes a SUM; a misspelled name becomes the suggestion", () => {
  const byRule = (rule: string) => findings.find((f) => f.rule === rule)!;
  expect(safeFix(byRule("number-as-text"), snapshot)?.update).toEqual({ address: "C3", expected: "4.000", content: 4000 });
  expect(safeFix(byRule("hardcoded-total"), snapshot)?.update).toEqual({ address: "D6", expected: 6, content: "=SUM(D3:D5)" });
  expect(safeFix(byRule("unknown-municipality"), snapshot)?.update).toEqual({ address: "B3", expected: "Bemheze", content: "Bernheze" });
});

test("other findings have no fix", () => {
  const others = findings.filter((f) => !["number-as-text", "hardcoded-total", "unknown-municipality"].includes(f.rule));
  for (const f of others) expect(safeFix(f, snapshot)).toBeUndefined();
});

test("the report lists every finding with its status and a provenance block", () => {
  const ignored = new Set([findings[0].key]);
  const spec = reportSpec(findings, ignored, new Set(), "Blad1!B2:D6", new Date(2026, 10, 22));
  expect(spec.sheetName).toBe("Controle 22-11-2026");
  expect(spec.rows).toHaveLength(findings.length);
  expect(spec.rows[0][5]).toBe("genegeerd");
  expect(spec.notes!.flat().join(" ")).toContain("Sociaal Domein Rekenhulp");
});
